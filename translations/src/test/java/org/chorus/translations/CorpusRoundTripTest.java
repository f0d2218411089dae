package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The project's corpus (src/test/resources/corpus, where its README says what each file holds and
 * where it comes from) end to end: each file is extracted, its own source merged back (an identity
 * merge) and pseudo-translated, and each result read again. The identity merge must give the same
 * segments, the pseudo-translation as many, with the same placeholders; every XLIFF that Chorus
 * writes must be well-formed, read again by Chorus, and valid by the XLIFF 2 core and module
 * schemas and rules, or by the XLIFF 1.2 schema where the input was valid by it. No exception is
 * allowed.
 */
class CorpusRoundTripTest {

  private static final AtomicInteger FILES = new AtomicInteger();
  private static final AtomicInteger SEGMENTS = new AtomicInteger();
  private static final AtomicInteger PASSES = new AtomicInteger();
  private static final Schema XLIFF12 = xliff12Schema();

  private final DocumentEngine engine = new DocumentEngine();

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> files = new ArrayList<>();
    try (Stream<Path> paths = Files.list(folder("valid"))) {
      for (Path p : paths.sorted().toList()) {
        files.add(Arguments.of(p.getFileName().toString(), Files.readAllBytes(p)));
      }
    }
    files.add(Arguments.of("repeated-sentences.en.docx", Fixtures.docx(REPEATS)));
    files.add(Arguments.of("repeated-sentences.en.odt", Fixtures.odt(REPEATS)));
    return files.stream();
  }

  /** Word and OpenDocument files are zip packages: the corpus makes them from these blocks. */
  private static final List<Fixtures.Block> REPEATS =
      Stream.concat(
              Fixtures.APPEAL.stream(),
              Stream.of(
                  Fixtures.para("Please write now."),
                  Fixtures.heading("TAKE ACTION:"),
                  Fixtures.para("Please write now. Please write now."),
                  Fixtures.para("Yours sincerely,")))
          .toList();

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyFileComesBackIntact(String name, byte[] content) {
    DocumentFormat format = DocumentFormat.detect(name, content);
    Locale source = sourceLanguage(name);
    ExtractedDocument doc = engine.extract(content, format, source);
    assertTrue(!doc.segments().isEmpty(), name);

    Map<String, String> identity = new HashMap<>();
    doc.segments().forEach(s -> identity.put(s.key(), s.text()));
    byte[] merged = engine.merge(content, format, source, Locale.FRANCE, identity);
    wellFormedAndValid(name, format, content, merged);
    assertEquals(doc.segments(), engine.extract(merged, format, source).segments(), name);
    if (format == DocumentFormat.MARKDOWN || format == DocumentFormat.TEXT) {
      assertArrayEquals(content, merged, "untouched text comes back byte for byte: " + name);
    }

    byte[] pseudo = engine.pseudoTranslate(content, format, source, Locale.FRANCE);
    wellFormedAndValid(name, format, content, pseudo);
    List<SourceSegment> again = engine.extract(pseudo, format, source).segments();
    assertEquals(doc.segments().size(), again.size(), "same sentences after pseudo: " + name);
    for (int i = 0; i < again.size(); i++) {
      assertEquals(
          InlineCodes.placeholders(doc.segments().get(i).text()),
          InlineCodes.placeholders(again.get(i).text()),
          name + ": " + again.get(i).text());
    }
    if (format != DocumentFormat.XLIFF && format != DocumentFormat.XLIFF2) {
      assertNotEquals(doc.segments(), again, "the pseudo-translation is in the text: " + name);
    }
    FILES.incrementAndGet();
    SEGMENTS.addAndGet(doc.segments().size());
    PASSES.addAndGet(2);
  }

  /** What a CAT tool wrote beside the text goes through a merge and a pseudo-translation. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("toolData")
  void toolDataIsKept(String name, List<String> kept) throws IOException {
    byte[] content = Files.readAllBytes(folder("valid").resolve(name));
    DocumentFormat format = DocumentFormat.detect(name, content);
    Map<String, String> identity = new HashMap<>();
    engine
        .extract(content, format, Locale.ENGLISH)
        .segments()
        .forEach(s -> identity.put(s.key(), s.text()));
    for (byte[] out :
        List.of(
            engine.merge(content, format, Locale.ENGLISH, Locale.FRANCE, identity),
            engine.pseudoTranslate(content, format, Locale.ENGLISH, Locale.FRANCE))) {
      String written = new String(out, java.nio.charset.StandardCharsets.UTF_8);
      for (String k : kept) {
        assertTrue(written.contains(k), name + " keeps " + k);
      }
    }
  }

  static Stream<Arguments> toolData() {
    return Stream.of(
        Arguments.of(
            "trados-appeal.en.sdlxliff",
            List.of(
                "<sdl:seg-defs>",
                "<sdl:seg id=\"8\" locked=\"true\"",
                "<sdl:ref-files>",
                "<cmt-def id=\"5c1f0e2a-7d3b-4a8e-9f61-2b0c8d4e6a11\">",
                "<!-- Studio keeps the document structure",
                "<mrk mid=\"3\" mtype=\"seg\">",
                "<g id=\"pt1\"><mrk mid=\"7\" mtype=\"seg\">")),
        Arguments.of(
            "memoq-appeal.en.mqxliff",
            List.of(
                "mq:status=\"ManuallyConfirmed\"",
                "mq:segmentguid=\"9c4a1e57-2b68-4fa3-9e45-6a7b8c9d0e1f\"",
                "<mq:comment id=\"1c4e6a80-3b5d-4f71-8e92-0a1b2c3d4e5f\"",
                "<mq:insertedmatch",
                "<!-- memoQ writes one trans-unit per segment")),
        Arguments.of(
            "modules-v21.en.xlf",
            List.of(
                "<ctr:changeTrack>",
                "<mtc:matches>",
                "<gls:glossary>",
                "<res:resourceData>",
                "<slr:profiles",
                "<val:validation>",
                "<acme:workflow",
                "<acme:priority",
                "<cp hex=\"0007\"/>")));
  }

  @AfterAll
  static void figures() {
    System.out.println(
        "CorpusRoundTripTest: "
            + FILES.get()
            + " files, "
            + SEGMENTS.get()
            + " segments, "
            + PASSES.get()
            + " round trips (identity merge and pseudo-translation, each read again) passed");
  }

  private static void wellFormedAndValid(
      String name, DocumentFormat format, byte[] input, byte[] output) {
    String written = new String(output, java.nio.charset.StandardCharsets.UTF_8);
    if (!new String(input, java.nio.charset.StandardCharsets.UTF_8).contains("{1}")) {
      assertTrue(
          !written.matches("(?s).*\\{/?-?p?\\d+/?}.*"),
          "no placeholder is left as text in the output: " + name);
    }
    if (format == DocumentFormat.XLIFF2) {
      Xliff2Validation.check(output);
      Xliff.read(output);
    } else if (format == DocumentFormat.XLIFF) {
      wellFormed(name, output);
      Xliff.read(output);
      if (valid12(input)) {
        assertTrue(valid12(output), "valid XLIFF 1.2 stays valid: " + name);
      }
    } else if (format == DocumentFormat.HTML && name.endsWith(".xhtml")) {
      wellFormed(name, output);
    }
  }

  private static void wellFormed(String name, byte[] xml) {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler());
    } catch (SAXException | IOException | javax.xml.parsers.ParserConfigurationException e) {
      throw new AssertionError(name + " is not well-formed: " + e.getMessage(), e);
    }
  }

  private static boolean valid12(byte[] xml) {
    try {
      XLIFF12.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
      return true;
    } catch (SAXException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The language a corpus file is written in, from its name: appeal.hi.html is Hindi. */
  static Locale sourceLanguage(String name) {
    String[] parts = name.split("\\.");
    return Locale.forLanguageTag(parts.length > 2 ? parts[parts.length - 2] : "en");
  }

  static Path folder(String name) {
    try {
      URL url = CorpusRoundTripTest.class.getResource("/corpus/" + name);
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** OASIS's XLIFF 1.2 transitional schema, its xml: import from Okapi's copy. */
  private static Schema xliff12Schema() {
    try (InputStream xsd =
        CorpusRoundTripTest.class.getResourceAsStream(
            "/corpus/schemas/xliff-core-1.2-transitional.xsd")) {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      URL xml =
          CorpusRoundTripTest.class.getResource(
              "/net/sf/okapi/lib/xliff2/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd");
      String text = new String(xsd.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      text = text.replace("http://www.w3.org/2001/xml.xsd", xml.toExternalForm());
      return f.newSchema(new StreamSource(new java.io.StringReader(text)));
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("the XLIFF 1.2 schema does not load", e);
    }
  }
}
