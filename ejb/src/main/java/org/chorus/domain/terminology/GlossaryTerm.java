package org.chorus.domain.terminology;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.chorus.translations.terminology.Term;
import org.chorus.translations.terminology.TermStatus;

/** A term of a stored concept: its language, text, status and note. */
@Embeddable
public class GlossaryTerm {
  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TermStatus status;

  @Column private String note;

  protected GlossaryTerm() {}

  GlossaryTerm(String language, Term term) {
    this.language = language;
    this.text = term.text();
    this.status = term.status();
    this.note = term.note().isEmpty() ? null : term.note();
  }

  public String getLanguage() {
    return language;
  }

  public String getText() {
    return text;
  }

  public TermStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note == null ? "" : note;
  }

  Term toTerm() {
    return new Term(text, status, note);
  }
}
