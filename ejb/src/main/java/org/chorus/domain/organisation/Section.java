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

  public boolean worksIn(String languageTag) {
    return locales.contains(languageTag);
  }
}
