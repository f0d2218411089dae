package org.chorus.domain.localization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.chorus.domain.Refusal;
import org.chorus.domain.TenantOwned;
import org.chorus.domain.appeal.SourceDocument;
import org.chorus.domain.organisation.Section;

/** A document in one target language for one section: the unit of work and of publication. */
@Entity
public class Localization extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private SourceDocument document;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "section_id")
  private Section section;

  @Column(name = "target_locale", nullable = false)
  private String targetLocale;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Localization() {}

  public Localization(
      SourceDocument document, Section section, Locale targetLocale, LocalDate dueDate) {
    this.document = document;
    this.section = section;
    this.targetLocale = targetLocale.toLanguageTag();
    this.dueDate = dueDate;
    this.createdAt = Instant.now();
  }

  public SourceDocument getDocument() {
    return document;
  }

  public Section getSection() {
    return section;
  }

  public Locale getTargetLocale() {
    return Locale.forLanguageTag(targetLocale);
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  /** Sets when this localization is due; it cannot be after the appeal's act-until date. */
  public void dueOn(LocalDate date) {
    LocalDate actUntil = document.getAppeal().getActUntil();
    if (date != null && actUntil != null && date.isAfter(actUntil)) {
      throw new org.chorus.domain.InvalidInputException(
          Refusal.of("localization.dueAfterActUntil", actUntil.toString()));
    }
    this.dueDate = date;
  }
}
