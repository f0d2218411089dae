package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The merge that asks each sentence's text as it goes sees the sentences extraction sees. */
class SentenceTranslatorTest {

  private final DocumentEngine engine = new DocumentEngine();

  @Test
  void positionsKeysAndTextsAreExtractionsAndTheOutputIsTheMapMerges() {
    byte[][] documents = {
      Fixtures.resource("ua-58-27.html"),
      Fixtures.resource("ua-58-27.md"),
      Fixtures.resource("ua-58-27.txt"),
      Fixtures.docx(Fixtures.APPEAL),
      Fixtures.odt(Fixtures.APPEAL)
    };
    DocumentFormat[] formats = {
      DocumentFormat.HTML,
      DocumentFormat.MARKDOWN,
      DocumentFormat.TEXT,
      DocumentFormat.DOCX,
      DocumentFormat.ODT
    };
    Set<String> names = Set.of("Mariam Tadesse");
    for (int i = 0; i < documents.length; i++) {
      List<SourceSegment> extracted =
          engine.extract(documents[i], formats[i], Locale.ENGLISH, names).segments();
      List<String> seen = new ArrayList<>();
      Map<String, String> french = new HashMap<>();
      byte[] asked =
          engine.merge(
              documents[i],
              formats[i],
              Locale.ENGLISH,
              Locale.FRANCE,
              names,
              Set.of(),
              (position, key, text) -> {
                seen.add(position + " " + key + " " + text);
                french.put(key, "[fr] " + text);
                return "[fr] " + text;
              });
      assertEquals(
          extracted.stream().map(s -> s.position() + " " + s.key() + " " + s.text()).toList(),
          seen,
          formats[i].name());
      byte[] mapped =
          engine.merge(documents[i], formats[i], Locale.ENGLISH, Locale.FRANCE, french, names);
      assertEquals(texts(mapped, formats[i]), texts(asked, formats[i]), formats[i].name());
      if (formats[i] != DocumentFormat.DOCX && formats[i] != DocumentFormat.ODT) {
        assertArrayEquals(mapped, asked, formats[i].name()); // zips differ in their timestamps
      }
    }
  }

  private List<String> texts(byte[] document, DocumentFormat format) {
    return engine.extract(document, format, Locale.FRANCE).segments().stream()
        .map(SourceSegment::text)
        .toList();
  }
}
