package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentEngineTest {

  private static final String HTML =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="UTF-8"><title>UA 9.27</title></head><body>
      <h1>URGENT ACTION</h1>
      <p>Rosa Quispe was detained on 2 May. Her family does not know where she is held.</p>
      <ul><li>Write to the <strong>Minister</strong> today.</li><li>Release Rosa Quispe.</li></ul>
      <p>Email: <a href="mailto:office@gov.example">office@gov.example</a></p>
      <p>Rosa Quispe was detained on 2 May.</p>
      </body></html>
      """;

  private final DocumentEngine engine = new DocumentEngine();

  @Test
  void splitsIntoSentencesWithContextAndPlaceholders() {
    List<SourceSegment> segments = extract(HTML).segments();
    List<String> texts = segments.stream().map(SourceSegment::text).toList();
    assertEquals(
        List.of(
            "UA 9.27",
            "URGENT ACTION",
            "Rosa Quispe was detained on 2 May.",
            "Her family does not know where she is held.",
            "Write to the {1}Minister{/1} today.",
            "Release Rosa Quispe.",
            "Email: {1}{p1/}{/1}",
            "Rosa Quispe was detained on 2 May."),
        texts);
    assertEquals(SegmentContext.TITLE, segments.get(0).context());
    assertEquals(SegmentContext.HEADING, segments.get(1).context());
    assertEquals(SegmentContext.PARAGRAPH, segments.get(2).context());
    assertEquals(SegmentContext.LIST_ITEM, segments.get(4).context());
    assertEquals(7, segments.get(2).words());
  }

  @Test
  void keysDependOnTextNotPositionAndRepeatsDiffer() {
    List<SourceSegment> segments = extract(HTML).segments();
    SourceSegment first = segments.get(2);
    SourceSegment repeat = segments.get(7);
    assertEquals(first.key() + "-2", repeat.key());
    for (SourceSegment s : segments) {
      assertTrue(s.key().matches("[0-9a-f]{16}(-[0-9]+)?"), "a key is an XML NMTOKEN: " + s.key());
    }
    String edited =
        HTML.replace("<h1>URGENT ACTION</h1>", "<h1>URGENT ACTION</h1><p>New first line.</p>");
    List<SourceSegment> again = extract(edited).segments();
    assertEquals(first.key(), again.get(3).key(), "a sentence moved down keeps its key");
    assertNotEquals(first.key(), segments.get(3).key());
  }

  @Test
  void mergesTranslationsBackInPlace() {
    ExtractedDocument doc = extract(HTML);
    Map<String, String> fr = new HashMap<>();
    for (SourceSegment s : doc.segments()) {
      fr.put(
          s.key(),
          s.text()
              .replace(
                  "Write to the {1}Minister{/1} today.", "Écrivez au {1}ministre{/1} aujourd'hui.")
              .replace("URGENT ACTION", "ACTION URGENTE"));
    }
    String out =
        new String(
            engine.merge(bytes(HTML), DocumentFormat.HTML, Locale.ENGLISH, Locale.FRANCE, fr),
            StandardCharsets.UTF_8);
    assertTrue(out.contains("<h1>ACTION URGENTE</h1>"), out);
    assertTrue(out.contains("Écrivez au <strong>ministre</strong> aujourd"), out);
    assertTrue(out.contains("href=\"mailto:office@gov.example\""), out);
    List<String> reExtracted =
        engine
            .extract(out.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML, Locale.FRANCE)
            .segments()
            .stream()
            .map(SourceSegment::text)
            .toList();
    assertEquals(doc.segments().size(), reExtracted.size());
  }

  @Test
  void mergeRefusesATranslationThatBreaksItsCodes() {
    ExtractedDocument doc = extract(HTML);
    SourceSegment bold = doc.segments().get(4);
    var e =
        assertThrows(
            PlaceholderMismatchException.class,
            () ->
                engine.merge(
                    bytes(HTML),
                    DocumentFormat.HTML,
                    Locale.ENGLISH,
                    Locale.FRANCE,
                    Map.of(bold.key(), "Écrivez au ministre.")));
    assertTrue(e.getMessage().contains("{1}"));
  }

  @Test
  void markdownRoundTripKeepsMarkup() {
    String md =
        "# URGENT ACTION\n\nWrite to **the Minister** today. Ask for [a visit](https://example.org).\n\n- Release her;\n- Let her see a lawyer.\n";
    ExtractedDocument doc = engine.extract(bytes(md), DocumentFormat.MARKDOWN, Locale.ENGLISH);
    Map<String, String> same = new HashMap<>();
    doc.segments().forEach(s -> same.put(s.key(), s.text()));
    String out =
        new String(
            engine.merge(bytes(md), DocumentFormat.MARKDOWN, Locale.ENGLISH, Locale.FRANCE, same),
            StandardCharsets.UTF_8);
    assertEquals(md, out);
  }

  @Test
  void refusesEmptyBinaryAndUnknownFiles() {
    assertThrows(
        UnreadableDocumentException.class,
        () -> engine.extract(new byte[0], DocumentFormat.HTML, Locale.ENGLISH));
    assertThrows(
        UnreadableDocumentException.class,
        () ->
            engine.extract(new byte[] {'P', 'K', 3, 4, 0, 0}, DocumentFormat.HTML, Locale.ENGLISH));
    assertThrows(
        UnreadableDocumentException.class,
        () ->
            engine.extract(
                new byte[] {(byte) 0xC3, (byte) 0x28}, DocumentFormat.MARKDOWN, Locale.ENGLISH));
    assertThrows(
        UnreadableDocumentException.class,
        () ->
            engine.extract(
                bytes("<html><body><img src=x></body></html>"),
                DocumentFormat.HTML,
                Locale.ENGLISH));
    assertThrows(
        UnsupportedFormatException.class, () -> DocumentFormat.requireOfFileName("appeal.pdf"));
    assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.requireOfFileName("UA.MD"));
  }

  @Test
  void malformedHtmlStillExtracts() {
    ExtractedDocument doc = extract("<p>Release her now.<p>Tell us <b>what you did.</p></div>");
    assertEquals(
        List.of("Release her now.", "Tell us {1}what you did."),
        doc.segments().stream().map(SourceSegment::text).toList());
  }

  private ExtractedDocument extract(String html) {
    return engine.extract(bytes(html), DocumentFormat.HTML, Locale.ENGLISH);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
