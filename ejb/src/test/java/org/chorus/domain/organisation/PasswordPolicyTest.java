package org.chorus.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.chorus.domain.organisation.WeakPasswordException.Rule;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static Rule refusal(String username, String password) {
    return assertThrows(
            WeakPasswordException.class, () -> PasswordPolicy.check(username, password), password)
        .rule();
  }

  @Test
  void lengthCountsCharactersAsPeopleSeeThem() {
    assertEquals(Rule.TOO_SHORT, refusal("amelie", null));
    assertEquals(Rule.TOO_SHORT, refusal("amelie", "nine-char"));
    // nine emoji are eighteen UTF-16 units, and still nine characters
    assertEquals(Rule.TOO_SHORT, refusal("amelie", "🌍🕊️🌍🕊🌍🕊🌍🕊🌍".replace("️", "")));
    assertDoesNotThrow(() -> PasswordPolicy.check("fatima", "حرية التعبير حق"));
    assertDoesNotThrow(() -> PasswordPolicy.check("yuki", "表現の自由を守る行動"));
    assertEquals(Rule.TOO_LONG, refusal("amelie", "x1y2z3".repeat(200)));
  }

  @Test
  void oneCharacterOrAShortPatternRepeatedIsRefused() {
    assertEquals(Rule.REPEATED, refusal("amelie", "          "));
    assertEquals(Rule.REPEATED, refusal("amelie", "aaaaaaaaaaaa"));
    assertEquals(Rule.REPEATED, refusal("amelie", "ababababab"));
    assertEquals(Rule.REPEATED, refusal("amelie", "abcabcabcab"));
    assertEquals(Rule.REPEATED, refusal("amelie", "AsdfASDFasdf"));
  }

  @Test
  void simpleSequencesAreRefusedBothWays() {
    for (String p :
        new String[] {
          "1234567890",
          "0987654321",
          "abcdefghij",
          "JIHGFEDCBA",
          "qwertyuiop",
          "poiuytrewq",
          "azertyuiop",
          "3456789012",
          "1q2w3e4r5t6y",
          "!@#$%^&*()"
        }) {
      assertEquals(Rule.SEQUENCE, refusal("amelie", p));
    }
  }

  @Test
  void theUsernameMayNotBeInIt() {
    assertEquals(Rule.USERNAME, refusal("amelie", "Amelie-loves-Lyon"));
    assertEquals(Rule.USERNAME, refusal("jan.peeters", "my name is jan.peeters"));
    assertDoesNotThrow(
        () -> PasswordPolicy.check("li", "lighthouse keeper 7"),
        "a two-letter username is part of too many good passwords");
  }

  @Test
  void commonPasswordsAreRefusedAlsoDressedUp() {
    for (String p :
        new String[] {
          "password123",
          "iloveyou123",
          "motdepasse",
          "Sunshine2024!",
          "P@ssw0rd2026",
          "qwerty12345",
          "Football1987",
          "trustno1!!!!"
        }) {
      assertEquals(Rule.COMMON, refusal("amelie", p));
    }
  }

  @Test
  void goodPasswordsPass() {
    for (String p :
        new String[] {
          "correct horse battery staple", "Lyon-sous-la-pluie-7", "chorus-demo", "8c!Qv#2LmZ"
        }) {
      assertDoesNotThrow(() -> PasswordPolicy.check("amelie", p), p);
    }
  }
}
