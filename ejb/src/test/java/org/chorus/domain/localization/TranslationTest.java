package org.chorus.domain.localization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.StaleWriteException;
import org.chorus.domain.StateConflictException;
import org.junit.jupiter.api.Test;

class TranslationTest {

  private final Participant translator = new Participant("amelie", true, false, false);
  private final Participant reviewer = new Participant("bruno", false, true, false);
  private final Participant outsider = new Participant("fatima", false, false, false);

  @Test
  void travelsFromUntranslatedToApprovedAndRecordsEachStep() {
    Translation t = new Translation(null, "k1");
    assertEquals(TranslationState.UNTRANSLATED, t.getState());
    TranslationEvent saved = t.saveDraft("  Libérez-la.  ", translator, Origin.EDITOR);
    assertEquals("Libérez-la.", t.getText());
    assertEquals(TranslationState.DRAFT, saved.getState());
    assertEquals("amelie", saved.getActor());
    assertEquals(TranslationState.TRANSLATED, t.submit(translator).getState());
    TranslationEvent approved = t.approve(reviewer, false);
    assertEquals(TranslationState.APPROVED, approved.getState());
    assertEquals("bruno", t.getReviewedBy());
  }

  @Test
  void rejectionNeedsAReasonAndGoesBackToTheTranslator() {
    Translation t = submitted();
    assertThrows(InvalidInputException.class, () -> t.reject(reviewer, " "));
    assertEquals(TranslationState.TRANSLATED, t.getState(), "a refused action changes nothing");
    TranslationEvent rejected = t.reject(reviewer, "Use the formal address.");
    assertEquals(TranslationState.REJECTED, t.getState());
    assertEquals("Use the formal address.", rejected.getNote());
    t.saveDraft("Veuillez la libérer.", translator, Origin.EDITOR);
    assertEquals(null, t.getRejectionReason());
    assertEquals(TranslationState.TRANSLATED, t.submit(translator).getState());
  }

  @Test
  void refusesTransitionsTheStateOrRoleDoesNotAllow() {
    Translation t = new Translation(null, "k1");
    assertThrows(StateConflictException.class, () -> t.submit(translator), "nothing to submit");
    assertThrows(ForbiddenException.class, () -> t.saveDraft("x", outsider, Origin.EDITOR));
    t.saveDraft("Libérez-la.", translator, Origin.EDITOR);
    assertThrows(
        StateConflictException.class, () -> t.approve(reviewer, false), "drafts are not approved");
    assertThrows(ForbiddenException.class, () -> t.submit(reviewer));
    t.submit(translator);
    assertThrows(ForbiddenException.class, () -> t.approve(translator, false));
    t.approve(reviewer, false);
    assertThrows(
        StateConflictException.class, () -> t.saveDraft("autre", translator, Origin.EDITOR));
    assertThrows(
        InvalidInputException.class,
        () -> new Translation(null, "k2").saveDraft("", translator, Origin.EDITOR));
  }

  @Test
  void aMemoryMatchIsRecordedWithItsScore() {
    Translation t = new Translation(null, "k1");
    TranslationEvent used = t.saveFromMemory("Libérez-la.", translator, 87);
    assertEquals(Origin.MEMORY, used.getOrigin());
    assertEquals(87, used.getScore());
    assertEquals(TranslationState.DRAFT, t.getState());
    assertEquals(null, t.saveDraft("Libérez-la !", translator, Origin.EDITOR).getScore());
  }

  @Test
  void preTranslationFillsOnlyWhatNobodyWorkedOn() {
    Translation fresh = new Translation(null, "k1");
    TranslationEvent filled = fresh.fillFromMemory(" Libérez-la. ", "carla", 100, true);
    assertEquals(TranslationState.TRANSLATED, fresh.getState());
    assertEquals("Libérez-la.", fresh.getText());
    assertEquals(Origin.MEMORY, filled.getOrigin());
    assertEquals(100, filled.getScore());
    assertEquals(false, fresh.mayFillFromMemory(), "submitted: someone may be reviewing it");
    assertThrows(IllegalStateException.class, () -> fresh.fillFromMemory("x", "carla", 90, false));

    Translation outdated = submitted();
    outdated.approve(reviewer, false);
    outdated.outdate("k2", "Free her.", "carla");
    assertEquals(true, outdated.mayFillFromMemory());
    assertEquals(
        TranslationState.DRAFT,
        outdated.fillFromMemory("Libérez-les.", "carla", 91, false).getState());
    Translation retired = new Translation(null, "k3");
    retired.retire("carla");
    assertEquals(false, retired.mayFillFromMemory());
  }

  @Test
  void aReviewerMayNotApproveTheirOwnTranslationUnlessTheTenantAllows() {
    Participant both = new Participant("omar", true, true, false);
    Translation t = new Translation(null, "k1");
    t.saveDraft("أطلقوا سراحها.", both, Origin.EDITOR);
    t.submit(both);
    assertThrows(ForbiddenException.class, () -> t.approve(both, false));
    assertEquals(TranslationState.APPROVED, t.approve(both, true).getState());
  }

  @Test
  void aStaleVersionIsRefusedWithTheCurrentText() {
    Translation t = new Translation(null, "k1");
    t.saveDraft("Libérez-la.", translator, Origin.EDITOR);
    StaleWriteException e = assertThrows(StaleWriteException.class, () -> t.expectVersion(7));
    assertEquals("Libérez-la.", e.currentText());
    assertEquals("DRAFT", e.currentState());
  }

  private Translation submitted() {
    Translation t = new Translation(null, "k1");
    t.saveDraft("Libérez-la.", translator, Origin.EDITOR);
    t.submit(translator);
    return t;
  }

  @Test
  void aRevisionOutdatesAnApprovedTranslationAndKeepsTheSourceItWasMadeFor() {
    Translation t = submitted();
    t.approve(reviewer, false);
    TranslationEvent outdated = t.outdate("k2", "Free her.", "carla");
    assertEquals(TranslationState.OUTDATED, t.getState());
    assertEquals("k2", t.getSegmentKey(), "the translation follows the edited sentence");
    assertEquals("Free her.", t.getPreviousSource());
    assertEquals(Origin.REVISION, outdated.getOrigin());
    assertEquals("Libérez-la.", t.getText(), "the text stays for the translator to check");
    t.outdate("k3", "Free her now.", "carla");
    assertEquals("Free her.", t.getPreviousSource(), "the source it was made for, not the last");
    assertEquals(TranslationState.TRANSLATED, t.submit(translator).getState());
    t.approve(reviewer, false);
    assertEquals(null, t.getPreviousSource(), "approval clears the old source");
  }

  @Test
  void anUntranslatedSentenceThatChangesStaysUntranslated() {
    Translation t = new Translation(null, "k1");
    assertEquals(null, t.outdate("k2", "old", "carla"), "nothing to record");
    assertEquals(TranslationState.UNTRANSLATED, t.getState());
    assertEquals("k2", t.getSegmentKey());
  }

  @Test
  void aRetiredSentenceKeepsItsTextButTakesNoWrites() {
    Translation t = submitted();
    TranslationEvent retired = t.retire("carla");
    assertEquals(true, t.isRetired());
    assertEquals("RETIRE", retired.getAction());
    assertThrows(
        StateConflictException.class, () -> t.saveDraft("autre", translator, Origin.EDITOR));
    t.revive("carla");
    assertEquals(false, t.isRetired());
    assertEquals("Libérez-la.", t.getText());
  }

  @Test
  void anAdaptationIsMarkedAndAPlainSaveUnmarksIt() {
    Translation t = new Translation(null, "k1");
    TranslationEvent adapted = t.adapt("12 rue de la Paix, 75002 Paris", translator, true);
    assertEquals("ADAPT", adapted.getAction());
    assertEquals(true, t.isAdapted());
    t.saveDraft("9 Harbour Road", translator, Origin.EDITOR);
    assertEquals(false, t.isAdapted());
  }
}
