package org.chorus.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Refusals are said in the reader's language, and every language has every refusal. */
class RefusalTest {

  @Test
  void everyLanguageHasEveryKey() throws IOException {
    Set<Object> english = keys("");
    for (String language : new String[] {"_fr", "_ar", "_es"}) {
      assertEquals(english, keys(language), "refusals" + language + ".properties");
    }
  }

  @Test
  void aRefusalIsSaidInTheReadersLanguageAndInEnglishInLogs() {
    NotFoundException e = new NotFoundException("Publication of appeal", 12);
    assertEquals("notFound.publicationOfAppeal", e.refusal().key());
    assertEquals("Appeal 12 has no publication in your languages yet.", e.getMessage());
    assertEquals(
        "L'appel 12 n'a encore aucune publication dans vos langues.",
        e.refusal().message(Locale.FRANCE));
    assertTrue(e.refusal().message(new Locale("ar")).contains("12"));
    assertEquals(e.getMessage(), e.refusal().message(Locale.GERMAN), "English when none fits");
    StaleWriteException stale = new StaleWriteException(3, 5, "x", "DRAFT");
    assertTrue(stale.refusal().message(Locale.FRENCH).contains("version 3"));
  }

  @Test
  void aRefusalWithoutKeySaysItsText() {
    ForbiddenException e = new ForbiddenException("Only coordinators may do this.");
    assertEquals("text", e.refusal().key());
    assertEquals("Only coordinators may do this.", e.refusal().message(Locale.FRENCH));
  }

  private static Set<Object> keys(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        RefusalTest.class.getResourceAsStream(
            "/org/chorus/domain/refusals" + language + ".properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p.keySet();
  }
}
