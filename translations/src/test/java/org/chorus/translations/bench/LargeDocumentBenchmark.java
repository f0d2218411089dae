package org.chorus.translations.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.ExtractedDocument;
import org.chorus.translations.SourceSegment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Very large documents, written here from our own sentences: an 800 KB HTML page (paragraphs of one
 * to four hundred sentences, links and bold text, as a report pasted into a page) and a 730 KB Word
 * file (runs split by revision ids, proofing marks and bookmarks, as Word writes them). Extract and
 * merge should grow linearly with the document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class LargeDocumentBenchmark {

  @Param({"html-800k", "docx-730k"})
  public String document;

  private static final String[] WORDS =
      ("the teacher was detained near the market and has not been seen since her lawyer asks the"
              + " minister to reveal where she is held and to release her at once")
          .split(" ");

  private final DocumentEngine engine = new DocumentEngine();
  private byte[] content;
  private DocumentFormat format;
  private Map<String, String> identity;

  @Setup(Level.Trial)
  public void load() throws IOException {
    format = document.startsWith("html") ? DocumentFormat.HTML : DocumentFormat.DOCX;
    content = format == DocumentFormat.HTML ? html(800 * 1024) : docx(730 * 1024);
    ExtractedDocument doc = engine.extract(content, format, Locale.ENGLISH);
    identity = new HashMap<>();
    for (SourceSegment s : doc.segments()) {
      identity.put(s.key(), s.text());
    }
    System.out.println(
        "LargeDocumentBenchmark: "
            + document
            + " is "
            + content.length
            + " bytes, "
            + doc.segments().size()
            + " segments");
  }

  @Benchmark
  public ExtractedDocument extract() {
    return engine.extract(content, format, Locale.ENGLISH);
  }

  @Benchmark
  public byte[] merge() {
    return engine.merge(content, format, Locale.ENGLISH, Locale.FRANCE, identity);
  }

  /** Sentence i of the made-up report: eight to seventeen words, numbered so that none repeats. */
  private static String sentence(Random random, int i) {
    StringBuilder s = new StringBuilder("Report ").append(i).append(':');
    int length = 8 + random.nextInt(10);
    for (int k = 0; k < length; k++) {
      s.append(' ').append(WORDS[(i + k) % WORDS.length]);
    }
    return s.append(". ").toString();
  }

  static byte[] html(int size) {
    Random random = new Random(27);
    StringBuilder out =
        new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.append("<title>Report on the detentions</title></head><body>\n");
    int i = 0;
    while (out.length() < size) {
      out.append("<h2>Part ").append(i).append("</h2>\n<p>");
      // the second half is one paragraph: a report pasted into the page without its breaks
      int sentences = out.length() > size / 2 ? Integer.MAX_VALUE : 1 + random.nextInt(12);
      for (int k = 0; k < sentences && out.length() < size; k++) {
        String s = sentence(random, i++);
        if (k % 5 == 1) {
          s =
              s.replaceFirst(
                  " the minister ", " <a href=\"https://example.org/m\">the minister</a> ");
        } else if (k % 5 == 3) {
          s = s.replaceFirst(" detained ", " <b>detained</b> ");
        }
        out.append(s);
      }
      out.append("</p>\n");
    }
    return out.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] docx(int size) throws IOException {
    for (int paragraphs = 500; ; paragraphs = paragraphs * 21 / 20) {
      byte[] zip = docxOf(paragraphs);
      if (zip.length >= size) {
        return zip;
      }
    }
  }

  private static byte[] docxOf(int paragraphs) throws IOException {
    Random random = new Random(27);
    StringBuilder body = new StringBuilder();
    int i = 0;
    for (int p = 0; p < paragraphs; p++) {
      if (p == paragraphs / 2) {
        // Okapi takes at most 6127 codes in a paragraph, and each line break is one
        body.append(pasted(random, i, 3000));
        i += 3000;
      }
      body.append("<w:p w:rsidR=\"00")
          .append(Integer.toHexString(0x100000 + p))
          .append("\" w:rsidRDefault=\"00C1D2E3\"><w:pPr><w:spacing w:after=\"120\"/></w:pPr>");
      if (p % 7 == 0) {
        body.append("<w:bookmarkStart w:id=\"").append(p).append("\" w:name=\"_Ref").append(p);
        body.append("\"/>");
      }
      for (int s = 0; s < 3; s++) {
        for (String word : sentence(random, i++).split(" ")) {
          if (random.nextInt(15) == 0) {
            body.append("<w:proofErr w:type=\"spellStart\"/>");
          }
          body.append("<w:r w:rsidR=\"00")
              .append(Integer.toHexString(0x200000 + random.nextInt(50)))
              .append("\"><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>")
              .append(random.nextInt(9) == 0 ? "<w:b/>" : "")
              .append("<w:sz w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr>")
              .append("<w:t xml:space=\"preserve\">")
              .append(word)
              .append(" </w:t></w:r>");
        }
      }
      if (p % 7 == 0) {
        body.append("<w:bookmarkEnd w:id=\"").append(p).append("\"/>");
      }
      body.append("</w:p>");
    }
    return zip(body);
  }

  /** A pasted report: one paragraph, its sentences on lines of their own (Shift+Enter). */
  private static String pasted(Random random, int first, int sentences) {
    StringBuilder p = new StringBuilder("<w:p><w:r><w:rPr><w:sz w:val=\"22\"/></w:rPr>");
    for (int k = 0; k < sentences; k++) {
      p.append("<w:t xml:space=\"preserve\">")
          .append(sentence(random, first + k).strip())
          .append("</w:t><w:br/>");
    }
    return p.append("</w:r></w:p>").toString();
  }

  private static byte[] zip(CharSequence body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + "</Relationships>");
      entry(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
              + "<w:body>"
              + body
              + "</w:body></w:document>");
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
