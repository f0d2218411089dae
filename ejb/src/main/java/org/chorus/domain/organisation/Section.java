package org.chorus.domain.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chorus.domain.Refusal;
import org.chorus.domain.TenantOwned;

/** A national section (or the international office) and the locales it works in. */
@Entity
public class Section extends TenantOwned {
  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "section_locale", joinColumns = @JoinColumn(name = "section_id"))
  @Column(name = "locale")
  @OrderBy
  private Set<String> locales = new LinkedHashSet<>();

  /** The units its members approve are offered only in its own localizations. */
  @Column(name = "memory_private", nullable = false)
  private boolean memoryPrivate;

  @Version private long version;

  protected Section() {}

  public Section(String code, String name, List<Locale> locales) {
    this.code = code;
    this.name = name;
    locales.forEach(l -> this.locales.add(l.toLanguageTag()));
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public List<String> getLocales() {
    return List.copyOf(locales);
  }

  /** Renames the section and sets the locales it works in. */
  public void update(String newName, java.util.Collection<String> languageTags) {
    if (newName == null || newName.isBlank() || newName.strip().length() > 200) {
      throw new org.chorus.domain.InvalidInputException(Refusal.of("section.name"));
    }
    if (languageTags == null || languageTags.isEmpty()) {
      throw new org.chorus.domain.InvalidInputException(Refusal.of("section.noLanguage"));
    }
    for (String tag : languageTags) {
      if (Locale.forLanguageTag(tag).getLanguage().isEmpty()) {
        throw new org.chorus.domain.InvalidInputException(Refusal.of("section.badLocale", tag));
      }
    }
    this.name = newName.strip();
    this.locales.clear();
    languageTags.forEach(t -> this.locales.add(Locale.forLanguageTag(t).toLanguageTag()));
  }

  public boolean worksIn(String languageTag) {
    return locales.contains(languageTag);
  }

  public boolean isMemoryPrivate() {
    return memoryPrivate;
  }

  /**
   * Keeps the section's translation memory to itself, or shares it with the organisation (the
   * default); it applies at once to every unit the section ever approved.
   */
  public void keepMemoryPrivate(boolean keep) {
    this.memoryPrivate = keep;
  }
}
