package org.chorus.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.chorus.domain.BlockingIssuesException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StateConflictException;
import org.chorus.translations.checks.Check;
import org.junit.jupiter.api.Test;

/** The checks' messages are said in English, French and Arabic, inside refusals too. */
class CheckMessageTest {

  @Test
  void everyLanguageHasEveryMessageOfEveryCheck() throws IOException {
    Set<Object> english = keys("");
    for (Check c : Check.values()) {
      assertTrue(english.containsAll(c.keys()), c.code());
    }
    for (String language : new String[] {"_fr", "_ar", "_es"}) {
      assertEquals(english, keys(language), "checks" + language + ".properties");
    }
  }

  @Test
  void aMessageIsSaidInTheReadersLanguageWithItsArguments() {
    CheckMessage m = new CheckMessage("number-mismatch.missing", List.of("1,234"));
    assertEquals("The number 1,234 of the source is not in the translation.", m.in(Locale.ROOT));
    assertEquals("Le nombre 1,234 de la source n'est pas dans la traduction.", m.in(Locale.FRANCE));
    assertTrue(m.in(new Locale("ar")).startsWith("العدد 1,234"), m.in(new Locale("ar")));
    assertEquals(m.in(Locale.ROOT), m.in(Locale.GERMAN), "English when there is no bundle");
    assertEquals(m.in(Locale.ROOT), m.toString(), "programs get English");
  }

  @Test
  void aBlockedSubmitSaysTheChecksMessagesInTheReadersLanguage() {
    CheckMessage m = new CheckMessage("term-mismatch.forbidden", List.of("sans charge", "x"));
    StateConflictException e =
        new BlockingIssuesException(
            Refusal.of("checks.blocked", "7", new CheckMessage.Joined(List.of(m))), List.of());
    assertEquals(
        "Segment 7 cannot go further while a check that blocks fails: The glossary forbids sans"
            + " charge: write x.",
        e.getMessage());
    String french = e.refusal().message(Locale.FRENCH);
    assertTrue(french.startsWith("Le segment 7 ne peut pas avancer"), french);
    assertTrue(french.endsWith("Le glossaire proscrit sans charge : écrivez x."), french);
    assertTrue(e.refusal().message(new Locale("ar")).contains("يحظر المسرد"));
  }

  private static Set<Object> keys(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        CheckMessageTest.class.getResourceAsStream(
            "/org/chorus/translations/checks/checks" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.keySet();
  }
}
