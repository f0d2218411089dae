package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Documents beyond the engine's limits (nesting, sentences, sentence length, time) are refused with
 * the limit named, before a parser spends minutes on them; real documents near the limits are read.
 */
class LimitsTest {

  private final DocumentEngine engine = new DocumentEngine();

  @Test
  void deeplyNestedHtmlIsRefusedBeforeOkapiSeesIt() {
    String html = "<html><body>" + "<div>".repeat(20_000) + "Free her." + "</div>".repeat(20_000);
    refused(() -> extract(html, DocumentFormat.HTML), "levels deep");
  }

  @Test
  void nestingHiddenInCommentsScriptsAndCdataIsStillCounted() {
    // closing tags inside a comment or a script must not make the depth look smaller
    String html =
        "<html><body>"
            + "<div><!-- </div></div> --><script>'</div>'</script>".repeat(600)
            + "Free her.";
    refused(() -> extract(html, DocumentFormat.HTML), "levels deep");
    assertEquals(3, Nesting.xmlDepth("<a><b><![CDATA[</b></a>]]><c/><d></d></b></a>", 100));
    assertEquals(1, Nesting.xmlDepth("<a><!-- </a><x><y><z> --><b/></a>", 100));
  }

  @Test
  void sloppyButRealHtmlIsNotMistakenForDeepNesting() {
    // thousands of paragraphs and list items that never close: a browser nests none of them
    String html =
        "<html><body><ul>"
            + "<li>Write to the minister.<p>Ask for her release.".repeat(3_000)
            + "</ul><table>"
            + "<tr><td>Ministry<td>Street 1".repeat(500)
            + "</table><p>Sign the appeal.<br><img src=x.png><hr></body></html>";
    assertTrue(Nesting.htmlDepth(html, 10_000) < 10, "depth " + Nesting.htmlDepth(html, 10_000));
    assertTrue(extract(html, DocumentFormat.HTML).segments().size() >= 3);
  }

  @Test
  void deeplyNestedXmlInsideADocxPackageIsRefused() throws Exception {
    byte[] docx =
        docx(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>"
                + "<w:sdt><w:sdtContent>".repeat(2_000)
                + "<w:p><w:r><w:t>Free her.</w:t></w:r></w:p>"
                + "</w:sdtContent></w:sdt>".repeat(2_000)
                + "</w:body></w:document>");
    refused(
        () -> engine.extract(docx, DocumentFormat.DOCX, Locale.ENGLISH), "word/document.xml nests");
  }

  @Test
  void deeplyNestedXliffIsRefused() {
    String xliff =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">"
            + "<file id=\"f\"><unit id=\"u\"><segment><source>"
            + "<pc id=\"1\">".repeat(3_000)
            + "Free her."
            + "</pc>".repeat(3_000)
            + "</source></segment></unit></file></xliff>";
    refused(() -> extract(xliff, DocumentFormat.XLIFF2), "levels deep");
  }

  @Test
  void tooManySentencesAreRefused() {
    String text = "Write to the minister today.\n".repeat(Limits.MAX_SEGMENTS + 1);
    refused(() -> extract(text, DocumentFormat.TEXT), "more than " + Limits.MAX_SEGMENTS);
  }

  @Test
  void aSentenceLongerThanTheLimitIsRefused() {
    String text = "word ".repeat(Limits.MAX_SEGMENT_CHARACTERS / 4) + "end.\n";
    refused(() -> extract(text, DocumentFormat.TEXT), "characters");
  }

  @Test
  void aDeadlineThatHasPassedStopsTheWork() {
    Limits.Deadline deadline = new Limits.Deadline(Duration.ZERO);
    DocumentException e = assertThrows(DocumentException.class, deadline::check);
    assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    new Limits.Deadline(Duration.ofMinutes(1)).check();
  }

  private ExtractedDocument extract(String s, DocumentFormat format) {
    return engine.extract(s.getBytes(StandardCharsets.UTF_8), format, Locale.ENGLISH);
  }

  private static byte[] docx(String documentXml) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static void refused(Executable call, String messagePart) {
    // the guard only keeps a regression from hanging the build: speed is the benchmark's job
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          DocumentException e = assertThrows(DocumentException.class, call);
          assertTrue(
              e.getMessage().contains(messagePart), "message names the limit: " + e.getMessage());
        });
  }
}
