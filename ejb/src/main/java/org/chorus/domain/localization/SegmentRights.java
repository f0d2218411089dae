package org.chorus.domain.localization;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.chorus.domain.ChorusException;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StateConflictException;

/**
 * The one rule for what a person may do with a segment: from its state, the person's part in the
 * localization (translator, reviewer), who translated it and the organisation's self-review
 * setting. Pages and the API ask {@link #allowed()} which actions to offer; the state machine in
 * {@link Translation} asks {@link #require} before each transition, so what is offered and what is
 * accepted cannot drift apart.
 *
 * <pre>
 * EDIT     translators and reviewers; an approved segment only reviewers; never a retired one
 * SUBMIT   translators; not while submitted or approved
 * APPROVE  reviewers; submitted segments; not their own unless the organisation allows it
 * REJECT   reviewers; submitted or approved segments
 * ADAPT    translators; adaptable sentences, as EDIT
 * COMMENT  everyone taking part in the localization
 * </pre>
 *
 * @param state the translation's state
 * @param retired the sentence left the source
 * @param adaptable a coordinator marked the sentence adaptable
 * @param translatedBy who last wrote the translation (null: nobody)
 * @param who the person and their part in the localization
 * @param selfReviewAllowed the organisation lets reviewers approve their own translations
 */
public record SegmentRights(
    TranslationState state,
    boolean retired,
    boolean adaptable,
    String translatedBy,
    Participant who,
    boolean selfReviewAllowed) {

  private static final Set<TranslationState> SUBMITTED =
      EnumSet.of(TranslationState.TRANSLATED, TranslationState.APPROVED);

  /** The actions this person may take on this segment now. */
  public Set<SegmentAction> allowed() {
    Set<SegmentAction> allowed = EnumSet.noneOf(SegmentAction.class);
    for (SegmentAction a : SegmentAction.values()) {
      if (refusal(a).isEmpty()) {
        allowed.add(a);
      }
    }
    return allowed;
  }

  public boolean may(SegmentAction action) {
    return refusal(action).isEmpty();
  }

  /** Refuses an action this person may not take on this segment now. */
  public void require(SegmentAction action) {
    Optional<ChorusException> refused = refusal(action);
    if (refused.isPresent()) {
      throw refused.get();
    }
  }

  /** Why an action is not allowed, if it is not. */
  public Optional<ChorusException> refusal(SegmentAction action) {
    return Optional.ofNullable(
        switch (action) {
          case EDIT -> editRefusal();
          case ADAPT ->
              !adaptable
                  ? conflict("segment.notAdaptable")
                  : !who.translates() ? forbidden("segment.adaptTranslatorsOnly") : editRefusal();
          case SUBMIT ->
              !who.translates()
                  ? forbidden("segment.submitTranslatorsOnly")
                  : retired
                      ? conflict("segment.retired")
                      : SUBMITTED.contains(state) ? conflict("segment.notSubmittable") : null;
          case APPROVE ->
              !who.reviews()
                  ? forbidden("segment.approveReviewersOnly")
                  : state != TranslationState.TRANSLATED
                      ? conflict("segment.notApprovable")
                      : who.username().equals(translatedBy) && !selfReviewAllowed
                          ? forbidden("segment.ownTranslation")
                          : null;
          case REJECT ->
              !who.reviews()
                  ? forbidden("segment.rejectReviewersOnly")
                  : !SUBMITTED.contains(state) ? conflict("segment.notRejectable") : null;
          case COMMENT -> who.takesPart() ? null : forbidden("segment.notParticipant");
        });
  }

  private ChorusException editRefusal() {
    if (!who.translates() && !who.reviews()) {
      return forbidden("segment.writeParticipantsOnly");
    }
    if (retired) {
      return conflict("segment.retired");
    }
    if (state == TranslationState.APPROVED && !who.reviews()) {
      return conflict("segment.approvedLocked");
    }
    return null;
  }

  private static ChorusException forbidden(String key, Object... arguments) {
    return new ForbiddenException(Refusal.of(key, arguments));
  }

  private static ChorusException conflict(String key, Object... arguments) {
    return new StateConflictException(Refusal.of(key, arguments));
  }
}
