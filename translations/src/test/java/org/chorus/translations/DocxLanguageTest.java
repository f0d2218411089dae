package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** A translated Word document is marked with its language, as Word marks what it writes. */
class DocxLanguageTest {
  private final DocumentEngine engine = new DocumentEngine();

  @Test
  void existingLanguagesTakeTheTargetInTheAttributesThatMatter() {
    String styles =
        "<w:rPr><w:lang w:val=\"en-US\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr>";
    assertEquals(
        "<w:rPr><w:lang w:val=\"ar\" w:eastAsia=\"en-US\" w:bidi=\"ar\"/></w:rPr>",
        DocxLanguage.languages(styles, "ar", true, false));
    assertEquals(
        "<w:rPr><w:lang w:val=\"ja\" w:eastAsia=\"ja\" w:bidi=\"ar-SA\"/></w:rPr>",
        DocxLanguage.languages(styles, "ja", false, true));
    assertEquals(
        "<w:lang w:val=\"fr-FR\"/>", DocxLanguage.languages("<w:lang/>", "fr-FR", false, false));
  }

  @Test
  void stylesWithoutALanguageGetOneInTheirDefaults() {
    String lang = "<w:lang w:val=\"ar\" w:bidi=\"ar\"/>";
    assertEquals(
        "<w:styles x=\"1\"><w:docDefaults><w:rPrDefault><w:rPr>"
            + lang
            + "</w:rPr></w:rPrDefault></w:docDefaults><w:style/></w:styles>",
        DocxLanguage.defaults("<w:styles x=\"1\"><w:style/></w:styles>", lang));
    assertEquals(
        "<w:docDefaults><w:rPrDefault><w:rPr>"
            + lang
            + "<w:sz w:val=\"22\"/></w:rPr></w:rPrDefault></w:docDefaults>",
        DocxLanguage.defaults(
            "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/></w:rPr></w:rPrDefault></w:docDefaults>",
            lang));
  }

  /** The real appeal as Word wrote it (../shared/samples), translated into Arabic. */
  @Test
  void theSampleAppealTranslatedIntoArabicIsArabic() throws IOException {
    Path sample =
        Path.of(
            System.getProperty("chorus.samples.dir", "../../shared/samples/ua-26-23"),
            "ua-26-23.docx");
    if (!Files.exists(sample)) {
      // a clone without ../shared: the rewriting itself is tried by the tests above
      System.out.println("DocxLanguageTest: " + sample + " is absent; the sample is not tried.");
      return;
    }
    byte[] docx = Files.readAllBytes(sample);
    ExtractedDocument doc = engine.extract(docx, DocumentFormat.DOCX, Locale.ENGLISH, Set.of());
    Map<String, String> translations = new LinkedHashMap<>();
    doc.segments().forEach(s -> translations.put(s.key(), s.text()));
    byte[] arabic =
        engine.merge(
            docx, DocumentFormat.DOCX, Locale.ENGLISH, Locale.forLanguageTag("ar"), translations);
    String styles = part(arabic, "word/styles.xml");
    assertTrue(
        styles.contains("w:bidi=\"ar\""), styles.substring(0, Math.min(400, styles.length())));
    assertTrue(styles.contains("w:val=\"ar\""));
    assertEquals(
        doc.segments().size(),
        engine.extract(arabic, DocumentFormat.DOCX, Locale.ENGLISH, Set.of()).segments().size(),
        "the document is still whole");
  }

  private static String part(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " is missing");
  }
}
