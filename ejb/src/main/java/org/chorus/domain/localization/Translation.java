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
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
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
 * any state with text                      --outdate----> OUTDATED     (a new source revision changed
 *                                                                        the sentence; old source kept)
 * any                                      --retire-----> retired      (the sentence left the source;
 *                                                                        the row and its history stay)
 * UNTRANSLATED, OUTDATED                   --fillFromMemory--> DRAFT or TRANSLATED (pre-translation
 *                                                                        from a memory match)
 * </pre>
 *
 * <p>An adapted translation ({@link #adapt}) replaces an adaptable sentence with the section's own
 * text, such as its own embassy's address; checks against the source skip it.
 *
 * <p>Every change returns the history entry that records it.
 */
@Entity
public class Translation extends TenantOwned {

  private static final int MAX_TEXT = 20_000;

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

  /** The source sentence this translation was made for, while it is outdated. */
  @Column(name = "previous_source")
  private String previousSource;

  /** The sentence is no longer in the latest source revision. */
  @Column(nullable = false)
  private boolean retired;

  /** The text is the section's own version of an adaptable sentence, not a translation. */
  @Column(nullable = false)
  private boolean adapted;

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

  /** What a person may do with this translation now (see {@link SegmentRights}). */
  public SegmentRights rights(Participant who, boolean adaptable, boolean selfReviewAllowed) {
    return new SegmentRights(state, retired, adaptable, translatedBy, who, selfReviewAllowed);
  }

  public TranslationEvent saveDraft(String newText, Participant by, Origin origin) {
    rights(by, false, false).require(SegmentAction.EDIT);
    requireText(newText);
    this.text = newText.strip();
    this.adapted = false;
    return drafted(by, origin, "SAVE");
  }

  /**
   * Saves a draft taken from a memory match the translator chose, with the match's score (as the
   * server computed it) in the history.
   */
  public TranslationEvent saveFromMemory(String newText, Participant by, int score) {
    return saveDraft(newText, by, Origin.MEMORY).scored(score);
  }

  /**
   * Pre-translation: fills a sentence nobody has translated, or whose translation a new source
   * revision outdated, with a memory match: a draft, or a submitted translation where the
   * organisation wants exact matches in context submitted.
   */
  public TranslationEvent fillFromMemory(String newText, String by, int score, boolean submitted) {
    if (!mayFillFromMemory()) {
      throw new IllegalStateException("Pre-translation fills only untranslated or outdated text.");
    }
    this.text = newText.strip();
    this.adapted = false;
    this.state = submitted ? TranslationState.TRANSLATED : TranslationState.DRAFT;
    this.translatedBy = by;
    this.rejectionReason = null;
    return touched("PRETRANSLATE", new Participant(by, true, false, false), Origin.MEMORY, null)
        .scored(score);
  }

  /** Whether pre-translation may fill this sentence: nobody has worked on it since it changed. */
  public boolean mayFillFromMemory() {
    return !retired
        && (state == TranslationState.UNTRANSLATED || state == TranslationState.OUTDATED);
  }

  /** Saves the section's own text for an adaptable sentence in place of a translation. */
  public TranslationEvent adapt(String newText, Participant by, boolean adaptable) {
    rights(by, adaptable, false).require(SegmentAction.ADAPT);
    requireText(newText);
    this.text = newText.strip();
    this.adapted = true;
    return drafted(by, Origin.EDITOR, "ADAPT");
  }

  private TranslationEvent drafted(Participant by, Origin origin, String action) {
    this.state = TranslationState.DRAFT;
    this.translatedBy = by.username();
    this.rejectionReason = null;
    return touched(action, by, origin, null);
  }

  /**
   * The source sentence changed in a new revision: the translation follows the new sentence (its
   * key) and, if it had text, becomes outdated, keeping the source it was made for.
   */
  public TranslationEvent outdate(String newKey, String oldSource, String by) {
    this.segmentKey = newKey;
    this.retired = false;
    if (text == null) {
      return null;
    }
    if (previousSource == null) {
      this.previousSource = oldSource;
    }
    this.state = TranslationState.OUTDATED;
    return touched("OUTDATE", new Participant(by, false, false, true), Origin.REVISION, null);
  }

  /** The same sentence under a new key (its context or repeat number changed). */
  public void rekey(String newKey) {
    this.segmentKey = newKey;
    this.retired = false;
  }

  /** The sentence left the source; the row and its history are kept. */
  public TranslationEvent retire(String by) {
    this.retired = true;
    return touched("RETIRE", new Participant(by, false, false, true), Origin.REVISION, null);
  }

  /** A retired sentence came back in a later revision, word for word. */
  public TranslationEvent revive(String by) {
    this.retired = false;
    return touched("REVIVE", new Participant(by, false, false, true), Origin.REVISION, null);
  }

  private static void requireText(String newText) {
    if (newText == null || newText.isBlank()) {
      throw new InvalidInputException(Refusal.of("segment.empty"));
    }
    if (newText.length() > MAX_TEXT) {
      throw new InvalidInputException(Refusal.of("segment.tooLong", MAX_TEXT));
    }
  }

  public TranslationEvent submit(Participant by) {
    rights(by, false, false).require(SegmentAction.SUBMIT);
    if (state == TranslationState.UNTRANSLATED) {
      throw new StateConflictException(Refusal.of("segment.nothingToSubmit"));
    }
    this.state = TranslationState.TRANSLATED;
    return touched("SUBMIT", by, Origin.EDITOR, null);
  }

  public TranslationEvent approve(Participant by, boolean selfReviewAllowed) {
    rights(by, false, selfReviewAllowed).require(SegmentAction.APPROVE);
    this.state = TranslationState.APPROVED;
    this.reviewedBy = by.username();
    this.previousSource = null;
    return touched("APPROVE", by, Origin.EDITOR, null);
  }

  public TranslationEvent reject(Participant by, String reason) {
    rights(by, false, false).require(SegmentAction.REJECT);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(Refusal.of("segment.reasonRequired"));
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

  public String getPreviousSource() {
    return previousSource;
  }

  public boolean isRetired() {
    return retired;
  }

  public boolean isAdapted() {
    return adapted;
  }

  public long getVersion() {
    return version;
  }
}
