package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InlineCodesTest {

  private static final String SOURCE = "{1}Tell us{/1} what you did for {2}UA 101.26{/2}.{3/}";

  @Test
  void acceptsMovedPairsAndStandaloneCodes() {
    assertDoesNotThrow(
        () ->
            InlineCodes.check(
                SOURCE, "{3/}Pour {2}l'AU 101.26{/2}, {1}dites-nous{/1} ce que vous avez fait."));
  }

  @Test
  void refusesADroppedPlaceholderAndNamesIt() {
    var e =
        assertThrows(
            PlaceholderMismatchException.class,
            () -> InlineCodes.check(SOURCE, "{1}Dites-nous{/1} ce que vous avez fait.{3/}"));
    assertTrue(e.getMessage().contains("{2}"), e.getMessage());
  }

  @Test
  void refusesDuplicatesUnknownsAndCrossedPairs() {
    assertThrows(
        PlaceholderMismatchException.class,
        () -> InlineCodes.check(SOURCE, "{1}a{/1}{1}b{/1} {2}c{/2}{3/}"));
    assertThrows(
        PlaceholderMismatchException.class,
        () -> InlineCodes.check(SOURCE, "{1}a{/1} {2}c{/2}{3/}{4/}"));
    var crossed =
        assertThrows(
            PlaceholderMismatchException.class,
            () -> InlineCodes.check(SOURCE, "{1}a {2}b{/1} c{/2}{3/}"));
    assertTrue(crossed.getMessage().contains("cross"), crossed.getMessage());
    assertThrows(
        PlaceholderMismatchException.class,
        () -> InlineCodes.check(SOURCE, "{/1}a{1} {2}c{/2}{3/}"));
  }

  @Test
  void plainTextDropsPlaceholders() {
    assertEquals("Tell us what you did for UA 101.26.", InlineCodes.plainText(SOURCE));
  }

  @Test
  void anAdaptationMayDropPlaceholdersButNotInventOrSplitThem() {
    String source = "Write to {1}the embassy{/1} at {p1/}.";
    assertDoesNotThrow(() -> InlineCodes.checkAdapted(source, "Écrivez au consulat, 12 rue X."));
    assertDoesNotThrow(() -> InlineCodes.checkAdapted(source, "Écrivez à {1}l'ambassade{/1}."));
    assertThrows(
        PlaceholderMismatchException.class,
        () -> InlineCodes.checkAdapted(source, "Écrivez à {1}l'ambassade."));
    assertThrows(
        PlaceholderMismatchException.class, () -> InlineCodes.checkAdapted(source, "rue {p2/}"));
    assertThrows(
        PlaceholderMismatchException.class,
        () -> InlineCodes.checkAdapted(source, "{p1/} et {p1/}"));
  }

  @Test
  void whatTheSourceDoesTheTranslationMayDo() {
    String crossing = "Read the {1}{2}full report{/1}{/2} first.";
    assertDoesNotThrow(() -> InlineCodes.check(crossing, crossing));
    assertDoesNotThrow(
        () -> InlineCodes.check(crossing, "Lisez d'abord le {1}{2}rapport{/1}{/2}."));
    var other =
        assertThrows(
            PlaceholderMismatchException.class,
            () -> InlineCodes.check("{1}a{/1} {2}b{/2}", "{1}a {2}b{/1}{/2}"));
    assertTrue(other.getMessage().contains("cross"), "pairs the source keeps apart may not cross");
    String repeated = "Governor{1/}Central Prison{1/}PO Box 4410";
    assertDoesNotThrow(
        () -> InlineCodes.check(repeated, "Gouverneur{1/}Prison centrale{1/}BP 4410"));
    assertThrows(
        PlaceholderMismatchException.class,
        () -> InlineCodes.check(repeated, "Gouverneur{1/}{1/}Prison{1/}BP 4410"));
    var dropped =
        assertThrows(
            PlaceholderMismatchException.class,
            () -> InlineCodes.check(repeated, "Gouverneur{1/}Prison centrale BP 4410"));
    assertTrue(dropped.getMessage().contains("lacks {1/}"), dropped.getMessage());
    String twoPairs = "He needs {2}care{/2} and {2}his family{/2} must know.";
    assertDoesNotThrow(
        () ->
            InlineCodes.check(
                twoPairs, "Il a besoin de {2}soins{/2} et {2}sa famille{/2} doit savoir."));
    assertThrows(
        PlaceholderMismatchException.class,
        () ->
            InlineCodes.check(twoPairs, "Il a besoin de {2}soins{/2} et sa famille doit savoir."));
  }
}
