package org.chorus.translations.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordMergeTest {

  private static final String BASE = "Écrivez au ministre pour demander sa libération.";

  @Test
  void editsOfDifferentWordsAreBothKept() {
    assertEquals(
        Optional.of("Écrivez vite au ministre pour exiger sa libération."),
        WordMerge.merge(
            BASE,
            "Écrivez vite au ministre pour demander sa libération.",
            "Écrivez au ministre pour exiger sa libération."));
  }

  @Test
  void theSameEditOnBothSidesIsTakenOnce() {
    String both = "Écrivez au ministre pour exiger sa libération.";
    assertEquals(Optional.of(both), WordMerge.merge(BASE, both, both));
  }

  @Test
  void differentEditsOfTheSameWordsDoNotMerge() {
    assertEquals(
        Optional.empty(),
        WordMerge.merge(
            BASE,
            "Écrivez au ministre pour réclamer sa libération.",
            "Écrivez au ministre pour exiger sa libération."));
  }

  @Test
  void twoInsertionsAtTheSamePlaceDoNotMerge() {
    assertEquals(Optional.empty(), WordMerge.merge("a c", "a b c", "a x c"));
  }

  @Test
  void anEmptyBaseIsAConflictUnlessOneSideIsEmpty() {
    assertEquals(Optional.empty(), WordMerge.merge("", "mine", "theirs"));
    assertEquals(Optional.of("theirs"), WordMerge.merge("", "", "theirs"));
  }
}
