package org.chorus.domain.localization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.StateConflictException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole table of what a person may do with a segment: every state, every part in the
 * localization, an adaptable sentence, someone else's translation, self-review off. The rows below
 * are the rule as the README states it; each is checked against {@link SegmentRights#allowed} and
 * against the transitions of {@link Translation} that enforce it.
 */
class SegmentRightsTest {

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    // state,       part,                 actions
    "UNTRANSLATED, translator, EDIT SUBMIT ADAPT COMMENT",
    "DRAFT,        translator, EDIT SUBMIT ADAPT COMMENT",
    "TRANSLATED,   translator, EDIT ADAPT COMMENT",
    "APPROVED,     translator, COMMENT",
    "REJECTED,     translator, EDIT SUBMIT ADAPT COMMENT",
    "OUTDATED,     translator, EDIT SUBMIT ADAPT COMMENT",
    "UNTRANSLATED, reviewer,   EDIT COMMENT",
    "DRAFT,        reviewer,   EDIT COMMENT",
    "TRANSLATED,   reviewer,   EDIT APPROVE REJECT COMMENT",
    "APPROVED,     reviewer,   EDIT REJECT COMMENT",
    "REJECTED,     reviewer,   EDIT COMMENT",
    "OUTDATED,     reviewer,   EDIT COMMENT",
    "UNTRANSLATED, both,       EDIT SUBMIT ADAPT COMMENT",
    "TRANSLATED,   both,       EDIT APPROVE REJECT ADAPT COMMENT",
    "APPROVED,     both,       EDIT REJECT ADAPT COMMENT",
    "DRAFT,        admin,      COMMENT",
    "TRANSLATED,   admin,      COMMENT",
    "TRANSLATED,   outsider,   ''",
    "APPROVED,     outsider,   ''",
  })
  void theTable(TranslationState state, String part, String expected) {
    SegmentRights rights = new SegmentRights(state, false, true, "someone", who(part), false);
    assertEquals(actions(expected), rights.allowed());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UNTRANSLATED", "DRAFT", "TRANSLATED", "APPROVED", "REJECTED", "OUTDATED"})
  void aRetiredSentenceTakesOnlyReviewStepsAndComments(TranslationState state) {
    Set<SegmentAction> allowed =
        new SegmentRights(state, true, true, "someone", who("both"), false).allowed();
    assertTrue(
        !allowed.contains(SegmentAction.EDIT)
            && !allowed.contains(SegmentAction.ADAPT)
            && !allowed.contains(SegmentAction.SUBMIT),
        allowed.toString());
    assertTrue(allowed.contains(SegmentAction.COMMENT));
  }

  @ParameterizedTest(name = "self-review allowed: {0}")
  @CsvSource({"false", "true"})
  void aReviewerApprovesTheirOwnTranslationOnlyWhereTheOrganisationAllowsIt(boolean allowed) {
    SegmentRights own =
        new SegmentRights(TranslationState.TRANSLATED, false, false, "both", who("both"), allowed);
    assertEquals(allowed, own.may(SegmentAction.APPROVE));
    if (!allowed) {
      assertThrows(ForbiddenException.class, () -> own.require(SegmentAction.APPROVE));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UNTRANSLATED", "DRAFT", "TRANSLATED", "REJECTED"})
  void onlyAdaptableSentencesAreAdapted(TranslationState state) {
    SegmentRights fixed = new SegmentRights(state, false, false, "someone", who("both"), false);
    assertThrows(StateConflictException.class, () -> fixed.require(SegmentAction.ADAPT));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "DRAFT, translator",
    "DRAFT, reviewer",
    "TRANSLATED, reviewer",
    "TRANSLATED, translator",
    "APPROVED, translator",
    "APPROVED, reviewer",
    "DRAFT, admin"
  })
  void theStateMachineAcceptsExactlyWhatTheTableOffers(TranslationState state, String part) {
    Participant p = who(part);
    Set<SegmentAction> offered =
        new SegmentRights(state, false, false, "someone", p, false).allowed();
    assertEquals(
        offered.contains(SegmentAction.EDIT),
        succeeds(state, t -> t.saveDraft("x", p, Origin.EDITOR)));
    assertEquals(offered.contains(SegmentAction.SUBMIT), succeeds(state, t -> t.submit(p)));
    assertEquals(
        offered.contains(SegmentAction.APPROVE), succeeds(state, t -> t.approve(p, false)));
    assertEquals(
        offered.contains(SegmentAction.REJECT), succeeds(state, t -> t.reject(p, "reason")));
  }

  /** A translation brought to a state by "someone", then the action tried on it. */
  private static boolean succeeds(
      TranslationState state, java.util.function.Consumer<Translation> action) {
    Translation t = new Translation(null, "k");
    Participant someone = new Participant("someone", true, false, false);
    Participant other = new Participant("other-reviewer", false, true, false);
    if (state != TranslationState.UNTRANSLATED) {
      t.saveDraft("Libérez-la.", someone, Origin.EDITOR);
    }
    switch (state) {
      case TRANSLATED -> t.submit(someone);
      case APPROVED -> {
        t.submit(someone);
        t.approve(other, false);
      }
      case REJECTED -> {
        t.submit(someone);
        t.reject(other, "no");
      }
      default -> {}
    }
    assertEquals(state, t.getState());
    try {
      action.accept(t);
      return true;
    } catch (ForbiddenException | StateConflictException e) {
      return false;
    }
  }

  private static Participant who(String part) {
    return switch (part) {
      case "translator" -> new Participant("translator", true, false, false);
      case "reviewer" -> new Participant("reviewer", false, true, false);
      case "both" -> new Participant("both", true, true, false);
      case "admin" -> new Participant("admin", false, false, true);
      default -> new Participant("outsider", false, false, false);
    };
  }

  private static Set<SegmentAction> actions(String names) {
    if (names == null || names.isBlank()) {
      return EnumSet.noneOf(SegmentAction.class);
    }
    return Arrays.stream(names.trim().split("\\s+"))
        .map(SegmentAction::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SegmentAction.class)));
  }
}
