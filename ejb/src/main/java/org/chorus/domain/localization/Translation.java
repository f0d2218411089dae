package org.chorus.domain.localization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.StaleWriteException;
import org.chorus.domain.StateConflictException;
import org.chorus.domain.TenantOwned;

/**
 * The translation of one segment in one localization, and the review state machine:
 *
 * <pre>
 * UNTRANSLATED, DRAFT, REJECTED, OUTDATED --saveDraft--> DRAFT        (translator; reviewer too)
 * TRANSLATED                               --saveDraft--> DRAFT        (withdraws the submission)
 * DRAFT, REJECTED, OUTDATED                --submit-----> TRANSLATED   (translator)
 * TRANSLATED                               --approve----> APPROVED     (reviewer, not the translator
 *                                                                        unless the tenant allows it)
 * TRANSLATED, APPROVED                     --reject-----> REJECTED     (reviewer, reason required)
 * </pre>
 *
 * Every change returns the history entry that records it.
 */
@Entity
public class Translation extends TenantOwned {

  private static final int MAX_TEXT = 20_000;
  private static final Set<TranslationState> EDITABLE =
      EnumSet.of(
          TranslationState.UNTRANSLATED,
          TranslationState.DRAFT,
          TranslationState.REJECTED,
          TranslationState.OUTDATED,
          TranslationState.TRANSLATED);
  private static final Set<TranslationState> SUBMITTABLE =
      EnumSet.of(TranslationState.DRAFT, TranslationState.REJECTED, TranslationState.OUTDATED);

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "localization_id")
  private Localization localization;

  @Column(name = "segment_key", nullable = false)
  private String segmentKey;

  @Column(name = "target_text")
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TranslationState state;

  @Column(name = "translated_by")
  private String translatedBy;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Translation() {}

  public Translation(Localization localization, String segmentKey) {
    this.localization = localization;
    this.segmentKey = segmentKey;
    this.state = TranslationState.UNTRANSLATED;
  }

  /** Refuses a write that was based on another version than the current one. */
  public void expectVersion(long basedOn) {
    if (basedOn != version) {
      throw new StaleWriteException(basedOn, version, text, state.name());
    }
  }

  public TranslationEvent saveDraft(String newText, Participant by, Origin origin) {
    if (!by.translates() && !by.reviews()) {
      throw new ForbiddenException("Only translators and reviewers of this section may write.");
    }
    if (!EDITABLE.contains(state) && !by.reviews()) {
      throw new StateConflictException(
          "This translation is approved; a reviewer must reject it before it can change.");
    }
    if (newText == null || newText.isBlank()) {
      throw new InvalidInputException("A translation cannot be empty.");
    }
    if (newText.length() > MAX_TEXT) {
      throw new InvalidInputException(
          "A translation may have at most " + MAX_TEXT + " characters.");
    }
    this.text = newText.strip();
    this.state = TranslationState.DRAFT;
    this.translatedBy = by.username();
    this.rejectionReason = null;
    return touched("SAVE", by, origin, null);
  }

  public TranslationEvent submit(Participant by) {
    if (!by.translates()) {
      throw new ForbiddenException("Only translators of this section may submit translations.");
    }
    if (!SUBMITTABLE.contains(state)) {
      throw new StateConflictException(
          "A " + describe(state) + " segment cannot be submitted; save a translation first.");
    }
    this.state = TranslationState.TRANSLATED;
    return touched("SUBMIT", by, Origin.EDITOR, null);
  }

  public TranslationEvent approve(Participant by, boolean selfReviewAllowed) {
    if (!by.reviews()) {
      throw new ForbiddenException("Only reviewers of this section may approve translations.");
    }
    if (state != TranslationState.TRANSLATED) {
      throw new StateConflictException(
          "Only submitted translations can be approved; this one is " + describe(state) + ".");
    }
    if (by.username().equals(translatedBy) && !selfReviewAllowed) {
      throw new ForbiddenException(
          "You translated this segment yourself; another reviewer must approve it.");
    }
    this.state = TranslationState.APPROVED;
    this.reviewedBy = by.username();
    return touched("APPROVE", by, Origin.EDITOR, null);
  }

  public TranslationEvent reject(Participant by, String reason) {
    if (!by.reviews()) {
      throw new ForbiddenException("Only reviewers of this section may reject translations.");
    }
    if (state != TranslationState.TRANSLATED && state != TranslationState.APPROVED) {
      throw new StateConflictException(
          "Only submitted or approved translations can be rejected; this one is "
              + describe(state)
              + ".");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("A rejection needs a reason for the translator.");
    }
    this.state = TranslationState.REJECTED;
    this.reviewedBy = by.username();
    this.rejectionReason = reason.strip();
    return touched("REJECT", by, Origin.EDITOR, rejectionReason);
  }

  private TranslationEvent touched(String action, Participant by, Origin origin, String note) {
    this.updatedAt = Instant.now();
    return new TranslationEvent(this, action, state, text, note, origin, by.username(), updatedAt);
  }

  private static String describe(TranslationState s) {
    return s.name().toLowerCase(java.util.Locale.ROOT);
  }

  public Localization getLocalization() {
    return localization;
  }

  public String getSegmentKey() {
    return segmentKey;
  }

  public String getText() {
    return text;
  }

  public TranslationState getState() {
    return state;
  }

  public String getTranslatedBy() {
    return translatedBy;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public long getVersion() {
    return version;
  }
}
