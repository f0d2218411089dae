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
import org.chorus.domain.Refusal;
import org.chorus.domain.TenantOwned;

/** An urgent appeal: the case that sections localise. */
@Entity
public class Appeal extends TenantOwned {
  private static final int MAX_REFERENCE = 64;
  private static final int MAX_TITLE = 500;

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
    this.reference =
        required(
            reference,
            MAX_REFERENCE,
            Refusal.of("appeal.noReference"),
            Refusal.of("appeal.referenceTooLong", String.valueOf(MAX_REFERENCE)));
    this.title =
        required(
            title,
            MAX_TITLE,
            Refusal.of("appeal.noTitle"),
            Refusal.of("appeal.titleTooLong", String.valueOf(MAX_TITLE)));
    if (sourceLocale == null || sourceLocale.getLanguage().isEmpty()) {
      throw new InvalidInputException(Refusal.of("appeal.noSourceLocale"));
    }
    this.sourceLocale = sourceLocale.toLanguageTag();
    this.actUntil = actUntil;
    this.status = AppealStatus.OPEN;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  /**
   * @param missing the refusal when there is no value
   * @param tooLong the refusal when the value is longer than {@code max}
   */
  private static String required(String value, int max, Refusal missing, Refusal tooLong) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(missing);
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new InvalidInputException(tooLong);
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
      throw new InvalidInputException(Refusal.of("appeal.tooManyNames"));
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
