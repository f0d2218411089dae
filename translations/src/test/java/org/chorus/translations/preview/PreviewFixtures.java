package org.chorus.translations.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.SourceSegment;
import org.chorus.translations.Token;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The invented appeal UA 61.27 (src/test/resources/preview, see the README there), small office
 * packages written here for what LibreOffice's export does not hold, and readers of a preview's
 * HTML.
 */
final class PreviewFixtures {

  static final Set<String> NAMES = Set.of("Tomás Arce", "Elena Vidal");

  static final String SAMPLES = "chorus.samples.dir";

  private PreviewFixtures() {}

  static byte[] resource(String name) {
    try (InputStream in = PreviewFixtures.class.getResourceAsStream("/preview/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceDocument appeal(String extension) {
    return document("ua-61-27." + extension, Locale.ENGLISH);
  }

  static SourceDocument document(String name, Locale locale) {
    byte[] content = resource(name);
    return new SourceDocument(content, DocumentFormat.detect(name, content), locale, NAMES);
  }

  /** The sample appeal in a format, or null (saying so) when ../shared is absent. */
  static SourceDocument sample(String extension) throws IOException {
    Path p =
        Path.of(
            System.getProperty(SAMPLES, "../../shared/samples/ua-26-23"), "ua-26-23." + extension);
    if (!Files.exists(p)) {
      System.out.println("Preview: " + p + " is absent; the UA 61.27 fixture stands in for it.");
      return null;
    }
    byte[] content = Files.readAllBytes(p);
    return new SourceDocument(
        content,
        DocumentFormat.detect(p.getFileName().toString(), content),
        Locale.ENGLISH,
        Set.of("Zhanargul Zhumatai"));
  }

  static List<SourceSegment> segments(SourceDocument d) {
    return new DocumentEngine()
        .extract(d.content(), d.format(), d.locale(), d.doNotTranslate())
        .segments();
  }

  static Element root(String html) {
    Element root = Jsoup.parseBodyFragment(html).body().child(0);
    assertEquals("doc-preview", root.className());
    return root;
  }

  /** The text of each segment in view, its spans joined, by key in order of first appearance. */
  static Map<String, String> textByKey(Element root) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Element span : root.select("span.seg")) {
      texts.merge(span.attr("data-key"), span.text(), (a, b) -> a + " " + b);
    }
    return texts;
  }

  /** What a reader sees of a segment text: protected content as written, codes left out. */
  static String readable(String text, List<Token> tokens) {
    String s = text;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.PROTECTED) {
        s = s.replace(t.placeholder(), t.display());
      }
    }
    return InlineCodes.plainText(s);
  }

  static String withoutSpaces(String s) {
    return s.replaceAll("[\\s\\u00A0]+", "");
  }

  /**
   * Every segment is either in view, with its text in its spans, or listed as not in view; those in
   * the body come in the document's order.
   */
  static void assertSegmentsInView(
      List<SourceSegment> segments, Preview preview, List<String> expectedNotInView) {
    Element root = root(preview.html());
    Map<String, String> texts = textByKey(root);
    Set<String> all = new HashSet<>();
    List<String> notInView = new ArrayList<>();
    for (SourceSegment s : segments) {
      all.add(s.key());
      if (!texts.containsKey(s.key())) {
        notInView.add(readable(s.text(), s.tokens()));
        continue;
      }
      assertEquals(
          withoutSpaces(readable(s.text(), s.tokens())),
          withoutSpaces(texts.get(s.key())),
          "the text in the spans of " + s.key());
    }
    assertEquals(expectedNotInView, notInView, "segments not in view, by text");
    assertEquals(all.size() - expectedNotInView.size(), texts.size(), "keys in view");
    assertTrue(all.containsAll(texts.keySet()), "every key in view is a segment's key");
    Element body = root.selectFirst("div.doc-body");
    List<String> inBody = new ArrayList<>(textByKey(body == null ? root : body).keySet());
    List<String> expectedOrder =
        segments.stream().map(SourceSegment::key).filter(inBody::contains).toList();
    assertEquals(expectedOrder, inBody, "document order");
  }

  /** A DOCX package of its parts; content types and the package relationship are added. */
  static byte[] docx(Map<String, String> parts) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + override(parts, "word/styles.xml", "styles")
            + override(parts, "word/numbering.xml", "numbering")
            + override(parts, "word/footnotes.xml", "footnotes")
            + override(parts, "word/header1.xml", "header")
            + "</Types>");
    all.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>");
    all.putAll(parts);
    return zip(false, all);
  }

  private static String override(Map<String, String> parts, String name, String type) {
    if (!parts.containsKey(name)) {
      return "";
    }
    return "<Override PartName=\"/"
        + name
        + "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
        + type
        + "+xml\"/>";
  }

  /** The namespaces a WordprocessingML part of these fixtures uses. */
  static final String WORD_NAMESPACES =
      " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
          + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
          + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
          + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
          + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
          + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

  static String wordPart(String root, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:"
        + root
        + WORD_NAMESPACES
        + ">"
        + body
        + "</w:"
        + root
        + ">";
  }

  static String relationships(String... relationships) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + String.join("", relationships)
        + "</Relationships>";
  }

  /** An ODT package of content.xml, styles.xml and meta.xml bodies (office:document-* roots). */
  static byte[] odt(String contentBody, String stylesBody, String metaBody) {
    String ns =
        " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " office:version=\"1.3\"";
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("mimetype", "application/vnd.oasis.opendocument.text");
    parts.put(
        "META-INF/manifest.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
            + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>");
    parts.put(
        "content.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
            + ns
            + ">"
            + contentBody
            + "</office:document-content>");
    parts.put(
        "styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles"
            + ns
            + ">"
            + stylesBody
            + "</office:document-styles>");
    parts.put(
        "meta.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
            + ns
            + "><office:meta>"
            + metaBody
            + "</office:meta></office:document-meta>");
    return zip(true, parts);
  }

  /** A zip of named parts; the first stored uncompressed when {@code storeFirst} (ODF mimetype). */
  static byte[] zip(boolean storeFirst, Map<String, String> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      boolean first = true;
      for (Map.Entry<String, String> part : parts.entrySet()) {
        byte[] data = part.getValue().getBytes(StandardCharsets.UTF_8);
        ZipEntry e = new ZipEntry(part.getKey());
        if (first && storeFirst) {
          CRC32 crc = new CRC32();
          crc.update(data);
          e.setMethod(ZipEntry.STORED);
          e.setSize(data.length);
          e.setCrc(crc.getValue());
        }
        first = false;
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
