package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every format, on the invented appeal UA 58.27: the sentences come out one by one with their
 * contacts locked; merging the source text back gives the same segments (and, for the text formats,
 * the same bytes); a pseudo-translation gives a file that reads again and keeps every protected
 * item.
 */
class FidelityTest {

  private static final Locale EN = Locale.ENGLISH;
  private final DocumentEngine engine = new DocumentEngine();

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("ua-58-27.html", Fixtures.resource("ua-58-27.html")),
        Arguments.of("ua-58-27.md", Fixtures.resource("ua-58-27.md")),
        Arguments.of("ua-58-27.txt", Fixtures.resource("ua-58-27.txt")),
        Arguments.of("ua-58-27.docx", Fixtures.docx(Fixtures.APPEAL)),
        Arguments.of("ua-58-27.odt", Fixtures.odt(Fixtures.APPEAL)),
        Arguments.of("ua-58-27.xlf", Fixtures.resource("ua-58-27.xlf")),
        Arguments.of("ua-58-27-v2.xlf", Fixtures.resource("ua-58-27-v2.xlf")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void extractsSentencesWithProtectedContacts(String name, byte[] content) {
    DocumentFormat format = DocumentFormat.detect(name, content);
    ExtractedDocument doc = engine.extract(content, format, EN, Set.of("Mariam Tadesse"));
    List<String> texts = doc.segments().stream().map(SourceSegment::text).toList();
    assertTrue(texts.contains("URGENT ACTION"), texts.toString());
    assertTrue(texts.contains("Her colleagues fear that she is held in secret."), texts.toString());
    List<String> locked =
        doc.segments().stream()
            .flatMap(s -> s.tokens().stream())
            .filter(t -> t.kind() == Token.Kind.PROTECTED)
            .map(Token::display)
            .toList();
    assertTrue(locked.contains("press.office@embassy.example"), locked.toString());
    assertTrue(locked.contains("+44 20 7946 0321"), locked.toString());
    assertTrue(locked.contains("Mariam Tadesse"), locked.toString());
    assertTrue(
        texts.stream().noneMatch(t -> t.contains("press.office@embassy.example")),
        "protected content never shows as translatable text: " + texts);
  }

  @org.junit.jupiter.api.Test
  void documentMarksAndContextsAreKept() {
    ExtractedDocument html =
        engine.extract(Fixtures.resource("ua-58-27.html"), DocumentFormat.HTML, EN);
    List<String> locked =
        html.segments().stream()
            .flatMap(s -> s.tokens().stream())
            .filter(t -> t.kind() == Token.Kind.PROTECTED)
            .map(Token::display)
            .toList();
    assertTrue(locked.contains("ማርያም ታደሰ"), "class=notranslate: " + locked);
    assertTrue(
        html.segments().stream().noneMatch(s -> s.text().contains("31 July 2027")),
        "translate=no is never offered for translation");
    String pseudo =
        new String(
            engine.pseudoTranslate(
                Fixtures.resource("ua-58-27.html"), DocumentFormat.HTML, EN, Locale.FRANCE),
            StandardCharsets.UTF_8);
    assertTrue(
        pseudo.contains("<span translate=\"no\">31 July 2027</span>"), "and comes back as it was");
    for (var named :
        List.of(
            Map.entry("ua-58-27.md", Fixtures.resource("ua-58-27.md")),
            Map.entry("ua-58-27.odt", Fixtures.odt(Fixtures.APPEAL)),
            Map.entry("ua-58-27.html", Fixtures.resource("ua-58-27.html")))) {
      ExtractedDocument doc =
          engine.extract(
              named.getValue(), DocumentFormat.detect(named.getKey(), named.getValue()), EN);
      assertEquals(SegmentContext.HEADING, context(doc, "URGENT ACTION"), named.getKey());
      assertEquals(
          SegmentContext.PARAGRAPH,
          context(doc, "Her colleagues fear that she is held in secret."),
          named.getKey());
    }
    ExtractedDocument md =
        engine.extract(Fixtures.resource("ua-58-27.md"), DocumentFormat.MARKDOWN, EN);
    assertEquals(SegmentContext.LIST_ITEM, context(md, "Reveal her whereabouts at once;"));
  }

  private static SegmentContext context(ExtractedDocument doc, String text) {
    return doc.segments().stream()
        .filter(s -> s.text().equals(text))
        .findFirst()
        .orElseThrow()
        .context();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void mergingTheSourceBackGivesTheSameSegments(String name, byte[] content) {
    DocumentFormat format = DocumentFormat.detect(name, content);
    ExtractedDocument doc = engine.extract(content, format, EN);
    Map<String, String> same = new HashMap<>();
    doc.segments().forEach(s -> same.put(s.key(), s.text()));
    byte[] merged = engine.merge(content, format, EN, Locale.FRANCE, same);
    ExtractedDocument again = engine.extract(merged, format, EN);
    assertEquals(doc.segments(), again.segments());
    if (format == DocumentFormat.MARKDOWN || format == DocumentFormat.TEXT) {
      assertArrayEquals(content, merged, "untouched text comes back byte for byte");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void pseudoTranslationReadsAgainAndKeepsProtectedContent(String name, byte[] content) {
    DocumentFormat format = DocumentFormat.detect(name, content);
    ExtractedDocument doc = engine.extract(content, format, EN);
    boolean xliffSource = format == DocumentFormat.XLIFF || format == DocumentFormat.XLIFF2;
    // an XLIFF file names its own target language (fr-FR in the fixtures)
    List<Locale> targets =
        xliffSource ? List.of(Locale.FRANCE) : List.of(Locale.FRANCE, Locale.forLanguageTag("ar"));
    for (Locale target : targets) {
      byte[] pseudo = engine.pseudoTranslate(content, format, EN, target);
      ExtractedDocument again = engine.extract(pseudo, format, EN);
      assertEquals(doc.segments().size(), again.segments().size(), "same sentences after pseudo");
      String pseudoTitle = PseudoTranslation.of("URGENT ACTION", EN, target);
      if (format == DocumentFormat.XLIFF2) {
        Xliff.read(pseudo); // the pseudo-translated XLIFF 2 still validates against the schema
      }
      if (xliffSource) {
        assertTrue(
            new String(pseudo, StandardCharsets.UTF_8).contains("ÛRGÉÑT ÅÇTÎÖÑ ~~~~"),
            "XLIFF: the translation goes into the targets");
      } else {
        assertTrue(
            again.segments().stream().anyMatch(seg -> seg.text().equals(pseudoTitle)),
            "every sentence is translated");
      }
      List<String> locked =
          again.segments().stream().flatMap(s -> s.tokens().stream()).map(Token::display).toList();
      assertTrue(locked.contains("press.office@embassy.example"), locked.toString());
      if (format == DocumentFormat.HTML || format == DocumentFormat.MARKDOWN) {
        String out = new String(pseudo, StandardCharsets.UTF_8);
        assertTrue(out.contains("press.office@embassy.example"));
        assertTrue(out.contains("https://example.org/ua-58-27"), "link targets survive");
      }
    }
  }
}
