package org.chorus.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.chorus.application.Views.TokenView;
import org.chorus.domain.InvalidInputException;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.PlaceholderMismatchException;
import org.junit.jupiter.api.Test;

/** A translation without its codes is refused naming each code by what it stands for. */
class PlaceholderRefusalsTest {
  private static final List<TokenView> TOKENS =
      List.of(
          new TokenView("{p1/}", "PROTECTED", "Mariam Okoro"),
          new TokenView("{1}", "MARKUP", "<b>"),
          new TokenView("{/1}", "MARKUP", "</b>"));
  private static final String SOURCE = "Free {p1/} {1}now{/1}.";

  private static InvalidInputException refused(String translation) {
    PlaceholderMismatchException e =
        assertThrows(
            PlaceholderMismatchException.class, () -> InlineCodes.check(SOURCE, translation));
    return PlaceholderRefusals.refusal(e, TOKENS);
  }

  @Test
  void aMissingNameIsNamedInTheReadersLanguage() {
    InvalidInputException e = refused("Libérez {1}maintenant{/1}.");
    assertEquals("placeholders.missing", e.refusal().key());
    String arabic = e.refusal().message(Locale.forLanguageTag("ar"));
    assertTrue(arabic.contains("\u2068{p1/}\u2069 «\u2068Mariam Okoro\u2069»"), arabic);
    assertTrue(arabic.startsWith("ينقص"), arabic);
    assertTrue(e.refusal().message(Locale.FRENCH).startsWith("Il manque"));
  }

  @Test
  void eachKindOfMistakeHasItsOwnKey() {
    assertEquals("placeholders.extra", refused("Free {p1/} {p2/} {1}now{/1}.").refusal().key());
    assertEquals("placeholders.twice", refused("Free {p1/} {p1/} {1}now{/1}.").refusal().key());
    InvalidInputException closed = refused("Free {p1/} {/1}now{1}.");
    assertEquals("placeholders.closed_first", closed.refusal().key());
    assertTrue(closed.refusal().message(Locale.ENGLISH).contains("«\u2068</b>\u2069»"));
  }

  @Test
  void aCodeWithoutTokensIsNamedAsItIs() {
    PlaceholderMismatchException e =
        assertThrows(PlaceholderMismatchException.class, () -> InlineCodes.check("a {2/}", "a"));
    String text = PlaceholderRefusals.refusal(e, List.of()).refusal().message(Locale.ENGLISH);
    assertTrue(text.contains("\u2068{2/}\u2069 from the source"), text);
  }
}
