package org.chorus.translations.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.SourceSegment;
import org.chorus.translations.Token;
import org.junit.jupiter.api.Test;

/** Do-not-translate terms reach the document engine as names and come out as protected tokens. */
class DoNotTranslateTest {

  private static final String APPEAL =
      "# Write for Tomorrow\n\n"
          + "Lumen Rights International asks you to write to the minister before 31 July.\n";

  @Test
  void glossaryNamesBecomeProtectedTokensAndComeBackUntouched() {
    Set<String> names = new HashSet<>(Glossaries.lumen().doNotTranslate());
    names.add("Mariam Tadesse"); // the appeal's own names go in the same list
    byte[] md = APPEAL.getBytes(StandardCharsets.UTF_8);
    DocumentEngine engine = new DocumentEngine();
    var segments = engine.extract(md, DocumentFormat.MARKDOWN, Locale.ENGLISH, names).segments();
    SourceSegment sentence = segments.get(0);
    assertEquals(
        "{p1/} asks you to write to the minister before 31 July.", sentence.text(), "locked");
    Token token = sentence.tokens().get(0);
    assertEquals(Token.Kind.PROTECTED, token.kind());
    assertEquals("Lumen Rights International", token.display());
    assertFalse(segments.stream().anyMatch(s -> s.text().contains("Write for Tomorrow")));

    byte[] french =
        engine.merge(
            md,
            DocumentFormat.MARKDOWN,
            Locale.ENGLISH,
            Locale.FRANCE,
            Map.of(sentence.key(), "{p1/} vous demande d’écrire au ministre avant le 31 juillet."),
            names);
    String out = new String(french, StandardCharsets.UTF_8);
    assertTrue(out.contains("# Write for Tomorrow"), out);
    assertTrue(out.contains("Lumen Rights International vous demande"), out);
  }
}
