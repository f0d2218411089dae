package org.chorus.domain.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.TenantOwned;

/** An urgent appeal: the case that sections localise. */
@Entity
public class Appeal extends TenantOwned {
  @Column(nullable = false)
  private String reference;

  @Column(nullable = false)
  private String title;

  @Column(name = "source_locale", nullable = false)
  private String sourceLocale;

  @Column(name = "act_until")
  private LocalDate actUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppealStatus status;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  /** Names and terms that stay as they are in every language, one per line. */
  @Column(name = "do_not_translate")
  private String doNotTranslate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Its localizations are pre-translated from the translation memory (the default). */
  @Column(name = "pre_translate", nullable = false)
  private boolean preTranslate = true;

  @Version private long version;

  protected Appeal() {}

  public Appeal(
      String reference, String title, Locale sourceLocale, LocalDate actUntil, String createdBy) {
    this.reference = required(reference, "reference", 64);
    this.title = required(title, "title", 500);
    if (sourceLocale == null || sourceLocale.getLanguage().isEmpty()) {
      throw new InvalidInputException("An appeal needs a source language.");
    }
    this.sourceLocale = sourceLocale.toLanguageTag();
    this.actUntil = actUntil;
    this.status = AppealStatus.OPEN;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  private static String required(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("An appeal needs a " + field + ".");
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new InvalidInputException("The " + field + " is longer than " + max + " characters.");
    }
    return v;
  }

  public String getReference() {
    return reference;
  }

  public String getTitle() {
    return title;
  }

  public Locale getSourceLocale() {
    return Locale.forLanguageTag(sourceLocale);
  }

  public LocalDate getActUntil() {
    return actUntil;
  }

  public AppealStatus getStatus() {
    return status;
  }

  /** Names and terms never to translate (people's names, organisations). */
  public java.util.Set<String> getDoNotTranslate() {
    if (doNotTranslate == null || doNotTranslate.isBlank()) {
      return java.util.Set.of();
    }
    return doNotTranslate
        .lines()
        .map(String::strip)
        .filter(n -> !n.isEmpty())
        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  public void protectNames(java.util.Collection<String> names) {
    String joined =
        names == null
            ? ""
            : names.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(String::strip)
                .distinct()
                .collect(java.util.stream.Collectors.joining("\n"));
    if (joined.length() > 4000) {
      throw new InvalidInputException("The list of names not to translate is too long.");
    }
    this.doNotTranslate = joined.isEmpty() ? null : joined;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean preTranslates() {
    return preTranslate;
  }

  /** Its localizations, and those of its later revisions, start without memory pre-translation. */
  public void translateWithoutMemory() {
    this.preTranslate = false;
  }
}
