package org.chorus.domain.localization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.chorus.domain.TenantOwned;

/** One change of a translation, kept for ever: who, when, what text, which state, from where. */
@Entity
@Table(name = "translation_event")
public class TranslationEvent extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "translation_id")
  private Translation translation;

  @Column(nullable = false)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TranslationState state;

  @Column(name = "target_text")
  private String text;

  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Origin origin;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private Instant at;

  /** The memory match's score, where the text came from the memory. */
  private Integer score;

  protected TranslationEvent() {}

  TranslationEvent(
      Translation translation,
      String action,
      TranslationState state,
      String text,
      String note,
      Origin origin,
      String actor,
      Instant at) {
    this.translation = translation;
    this.action = action;
    this.state = state;
    this.text = text;
    this.note = note;
    this.origin = origin;
    this.actor = actor;
    this.at = at;
  }

  public String getAction() {
    return action;
  }

  public TranslationState getState() {
    return state;
  }

  public String getText() {
    return text;
  }

  public String getNote() {
    return note;
  }

  public Origin getOrigin() {
    return origin;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }

  public Integer getScore() {
    return score;
  }

  /** Records the score of the memory match the text came from. */
  TranslationEvent scored(int matchScore) {
    this.score = matchScore;
    return this;
  }
}
