package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each kind of hostile or broken input is refused with the engine's own error, or read correctly;
 * none hangs (a guard of a few seconds fails the test rather than the build).
 */
class HostileInputTest {

  private final DocumentEngine engine = new DocumentEngine();

  @Test
  void malformedHtmlStillExtracts() {
    ExtractedDocument doc =
        extract(
            "<p>Release her now.<p>Tell us <b>what you did.</p></div></td>", DocumentFormat.HTML);
    assertEquals(2, doc.segments().size());
  }

  @Test
  void corruptedDocxIsRefused() {
    byte[] docx = Fixtures.docx(Fixtures.APPEAL);
    byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
    refused(() -> engine.extract(truncated, DocumentFormat.DOCX, Locale.ENGLISH), "damaged");
    byte[] garbage = docx.clone();
    for (int i = 40; i < garbage.length - 40; i += 7) {
      garbage[i] ^= 0x5A;
    }
    refused(() -> engine.extract(garbage, DocumentFormat.DOCX, Locale.ENGLISH), "");
  }

  @Test
  void zipBombIsRefusedBeforeItUnpacks() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 300; i++) {
        zip.write(zeros); // 300 MiB of zeros pack into a few hundred KiB
      }
    }
    byte[] bomb = bytes.toByteArray();
    assertTrue(bomb.length < 2 * 1024 * 1024, "the bomb is small: " + bomb.length);
    refused(() -> engine.extract(bomb, DocumentFormat.DOCX, Locale.ENGLISH), "zip bomb");
  }

  @Test
  void externalEntitiesAndEntityExpansionAreRefused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
            + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\""
            + " source-language=\"en\" datatype=\"plaintext\"><body><trans-unit id=\"1\"><source>&secret;"
            + "</source></trans-unit></body></file></xliff>";
    refused(() -> engine.extract(bytes(xxe), DocumentFormat.XLIFF, Locale.ENGLISH), "entities");
    StringBuilder laughs =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs
          .append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    laughs.append(
        "]><xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>&lol9;</source></trans-unit></body></file></xliff>");
    refused(
        () -> engine.extract(bytes(laughs.toString()), DocumentFormat.XLIFF, Locale.ENGLISH),
        "entities");
    byte[] docxWithDtd =
        Fixtures.zip(
            false,
            new String[] {"[Content_Types].xml", "<Types/>"},
            new String[] {
              "word/document.xml",
              "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/hosts\">]><d>&x;</d>"
            });
    refused(() -> engine.extract(docxWithDtd, DocumentFormat.DOCX, Locale.ENGLISH), "entities");
  }

  @Test
  void aDoctypeShownInACommentIsNoDeclarationButARealOneIsRefused() {
    byte[] commented = CorpusFiles.valid("doctype-in-comment.en.xlf");
    assertEquals(
        2, engine.extract(commented, DocumentFormat.XLIFF, Locale.ENGLISH).segments().size());
    String real =
        new String(commented, StandardCharsets.UTF_8)
            .replace(
                "-->\n<xliff", "-->\n<!DOCTYPE xliff SYSTEM \"http://example.org/x.dtd\">\n<xliff");
    refused(
        () -> engine.extract(bytes(real), DocumentFormat.XLIFF, Locale.ENGLISH), "external DTD");
  }

  @Test
  void xliffNestedTooDeeplyIsRefusedBeforeItIsParsed() {
    String deep =
        "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\""
            + " source-language=\"en\" datatype=\"plaintext\"><body><trans-unit id=\"1\"><source>"
            + "<g id=\"1\">".repeat(5000)
            + "deep"
            + "</g>".repeat(5000)
            + "</source></trans-unit></body></file></xliff>";
    refused(() -> engine.extract(bytes(deep), DocumentFormat.XLIFF, Locale.ENGLISH), "deep");
    refused(() -> Xliff.read(bytes(deep)), "deep");
  }

  @Test
  void xliffIsRecognisedByItsContentWhateverItsName() {
    assertEquals(
        DocumentFormat.XLIFF,
        DocumentFormat.detect("ua.sdlxliff", CorpusFiles.valid("trados-appeal.en.sdlxliff")));
    assertEquals(
        DocumentFormat.XLIFF,
        DocumentFormat.detect("ua.mqxliff", CorpusFiles.valid("memoq-appeal.en.mqxliff")));
    assertEquals(
        DocumentFormat.XLIFF2,
        DocumentFormat.detect("export.xml", CorpusFiles.valid("prefixed-root-v2.en.xlf")));
    assertEquals(
        DocumentFormat.XLIFF,
        DocumentFormat.detect("ua.xlf", CorpusFiles.valid("prefixed-root.en.xlf")));
    byte[] markdown = bytes("# XLIFF\n\n```\n<xliff version=\"2.0\">\n```\n");
    assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.detect("about-xliff.md", markdown));
  }

  @Test
  void fileOverTheLimitIsRefused() {
    byte[] big = new byte[DocumentEngine.MAX_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    refused(() -> engine.extract(big, DocumentFormat.TEXT, Locale.ENGLISH), "limit");
  }

  @Test
  void wrongExtensionIsRefusedAndSaysWhatTheFileIs() {
    byte[] html = Fixtures.resource("ua-58-27.html");
    refused(() -> engine.extract(html, DocumentFormat.DOCX, Locale.ENGLISH), "zip package");
    byte[] odt = Fixtures.odt(Fixtures.APPEAL);
    refused(() -> engine.extract(odt, DocumentFormat.DOCX, Locale.ENGLISH), "OpenDocument");
    byte[] docx = Fixtures.docx(Fixtures.APPEAL);
    refused(() -> engine.extract(docx, DocumentFormat.ODT, Locale.ENGLISH), "Word");
    refused(() -> engine.extract(docx, DocumentFormat.HTML, Locale.ENGLISH), "binary");
    byte[] xliff2 = Fixtures.resource("ua-58-27-v2.xlf");
    refused(() -> engine.extract(xliff2, DocumentFormat.XLIFF, Locale.ENGLISH), "XLIFF 2.1");
    assertEquals(DocumentFormat.XLIFF2, DocumentFormat.detect("ua.xlf", xliff2));
    assertThrows(UnsupportedFormatException.class, () -> DocumentFormat.detect("ua.pdf", html));
  }

  @Test
  void badUtf8IsRefused() {
    byte[] bad = "Libérez-la.".getBytes(Charset.forName("ISO-8859-1"));
    refused(() -> engine.extract(bad, DocumentFormat.MARKDOWN, Locale.FRENCH), "UTF-8");
    refused(() -> engine.extract(bad, DocumentFormat.TEXT, Locale.FRENCH), "UTF-8");
    String declaredUtf8 =
        "<html><head><meta charset=\"utf-8\"></head><body><p>Libérez-la.</p></body></html>";
    refused(
        () ->
            engine.extract(
                declaredUtf8.getBytes(Charset.forName("ISO-8859-1")),
                DocumentFormat.HTML,
                Locale.FRENCH),
        "declares UTF-8");
  }

  @Test
  void declaredCharsetIsDecodedCorrectly() {
    String latin =
        "<html><head><meta charset=\"windows-1252\"></head><body><p>Libérez-la. Où est-elle ?</p></body></html>";
    ExtractedDocument doc =
        engine.extract(
            latin.getBytes(Charset.forName("windows-1252")), DocumentFormat.HTML, Locale.FRENCH);
    assertEquals("Libérez-la.", doc.segments().get(0).text());
    byte[] utf16 = "\uFEFFLibérez-la.\n".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(
        "Libérez-la.",
        engine.extract(utf16, DocumentFormat.TEXT, Locale.FRENCH).segments().get(0).text());
  }

  private ExtractedDocument extract(String s, DocumentFormat format) {
    return engine.extract(bytes(s), format, Locale.ENGLISH);
  }

  private static void refused(Executable call, String messagePart) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          DocumentException e = assertThrows(DocumentException.class, call);
          assertTrue(
              e.getMessage().contains(messagePart), "message names the problem: " + e.getMessage());
        });
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
