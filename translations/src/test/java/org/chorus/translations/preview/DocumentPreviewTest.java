package org.chorus.translations.preview;

import static org.chorus.translations.preview.PreviewFixtures.appeal;
import static org.chorus.translations.preview.PreviewFixtures.assertSegmentsInView;
import static org.chorus.translations.preview.PreviewFixtures.root;
import static org.chorus.translations.preview.PreviewFixtures.segments;
import static org.chorus.translations.preview.PreviewFixtures.textByKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.SourceSegment;
import org.chorus.translations.UnreadableDocumentException;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The source preview of every format: each sentence in view under the key extraction gives it. */
class DocumentPreviewTest {

  private final DocumentPreview preview = new DocumentPreview();

  @Test
  void htmlAsRenderedWithEverySentenceUnderItsKey() {
    SourceDocument html = appeal("html");
    Preview p = preview.source(html);
    // the picture is kept (inline PNG), so its description stays an attribute
    assertSegmentsInView(segments(html), p, List.of("Tomás Arce at a union meeting"));
    Element root = root(p.html());
    assertEquals("Urgent Action 61.27", root.selectFirst("div.doc-title").text());
    assertEquals(
        "UNION LEADER HELD WITHOUT CHARGE IN PORT AURELIA", root.selectFirst("h2 span.seg").text());
    assertEquals(3, root.select("ol > li").size());
    assertEquals(2, root.select("ol > li > ul > li").size());
    assertEquals(2, root.select("table th").size());
    assertTrue(root.selectFirst("img").attr("src").startsWith("data:image/png;base64,"));
    assertEquals("Tomás Arce at a union meeting", root.selectFirst("img").attr("alt"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "txt", "odt"})
  void everyOtherFormatShowsEverySentence(String extension) {
    SourceDocument d = appeal(extension);
    assertSegmentsInView(segments(d), preview.source(d), List.of());
  }

  @Test
  void docxShowsEverySentenceButThePictureNames() {
    SourceDocument docx = appeal("docx");
    Preview p = preview.source(docx);
    // LibreOffice names the picture "Image1" twice (drawing and picture); Okapi extracts both
    assertSegmentsInView(segments(docx), p, List.of("Image1", "Image1"));
    Element root = root(p.html());
    assertEquals("Urgent Action 61.27", root.selectFirst("div.doc-title").text());
    assertEquals("URGENT ACTION", root.selectFirst("h1").text());
    assertEquals(3, root.select("ol > li").size());
    assertEquals(2, root.select("ol > li > ul > li").size());
    assertNotNull(root.selectFirst("span.doc-image"));
  }

  @Test
  void repeatedSentencesEachHaveTheirOwnKey() {
    for (String extension : List.of("html", "md", "txt", "docx", "odt")) {
      SourceDocument d = appeal(extension);
      List<SourceSegment> repeated =
          segments(d).stream().filter(s -> s.text().equals("Time is short.")).toList();
      assertEquals(2, repeated.size(), extension);
      Map<String, String> texts = textByKey(root(preview.source(d).html()));
      assertEquals(repeated.get(0).key() + "-2", repeated.get(1).key(), extension);
      assertEquals("Time is short.", texts.get(repeated.get(0).key()), extension);
      assertEquals("Time is short.", texts.get(repeated.get(1).key()), extension);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "md", "docx", "odt"})
  void inlineCodesStayInsideTheirSentence(String extension) {
    SourceDocument d = appeal(extension);
    String key = keyOf(d, "{1}Tell us{/1} what you did for {2}Urgent Action 61.27{/2}.");
    Elements spans = root(preview.source(d).html()).select("span.seg[data-key=" + key + "]");
    assertEquals(1, spans.size(), "one span: the codes open and close inside it");
    Element link = spans.first().selectFirst("a");
    assertEquals("https://example.org/ua-61-27/report", link.attr("href"));
    assertEquals("Tell us", link.text());
    assertEquals("Urgent Action 61.27", spans.first().selectFirst("strong, b").text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "docx", "odt"})
  void aSentenceThatLeavesAnElementIsSplitIntoSpansOfOneKey(String extension) {
    SourceDocument d = appeal(extension);
    String key = keyOf(d, "It now has{/1} about 4,000 members.");
    Element root = root(preview.source(d).html());
    Elements spans = root.select("span.seg[data-key=" + key + "]");
    assertEquals(2, spans.size());
    assertEquals("It now has", spans.get(0).text());
    assertTrue(List.of("em", "i").contains(spans.get(0).parent().tagName()));
    assertEquals("about 4,000 members.", spans.get(1).text());
    String before = keyOf(d, "{1}The union was founded in 1998.");
    assertEquals(
        "The union was founded in 1998.",
        root.selectFirst(
                "span.seg[data-key=" + before + "] > em, span.seg[data-key=" + before + "] > i")
            .text());
  }

  @Test
  void xhtmlAndTextInUtf16ShowEverySentence() {
    String xhtml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\"><head>"
            + "<title>Urgent Action 61.27</title></head><body><h1>URGENT ACTION</h1>"
            + "<p>Write to the minister.<br/>Time is short.</p><p>Time is short.</p></body></html>";
    SourceDocument x =
        new SourceDocument(
            xhtml.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML, Locale.ENGLISH, Set.of());
    assertSegmentsInView(segments(x), preview.source(x), List.of());

    byte[] body =
        "URGENT ACTION\r\n\r\nWrite to the minister.\r\nTime is short.\r\n"
            .getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16 = new byte[body.length + 2];
    utf16[0] = (byte) 0xFF;
    utf16[1] = (byte) 0xFE;
    System.arraycopy(body, 0, utf16, 2, body.length);
    SourceDocument text = new SourceDocument(utf16, DocumentFormat.TEXT, Locale.ENGLISH, Set.of());
    Preview p = preview.source(text);
    assertSegmentsInView(segments(text), p, List.of());
    assertEquals(2, root(p.html()).select("p").size());
    assertEquals(1, root(p.html()).select("p br").size());
  }

  @Test
  void anHtmlPageInALegacyCharsetKeepsItsMarks() {
    String page =
        "<html><head><meta charset=\"windows-1252\"><title>Action urgente</title></head><body>"
            + "<p>Écrivez au ministre. Le temps presse.</p></body></html>";
    SourceDocument d =
        new SourceDocument(
            page.getBytes(Charset.forName("windows-1252")),
            DocumentFormat.HTML,
            Locale.FRENCH,
            Set.of());
    Preview p = preview.source(d);
    assertSegmentsInView(segments(d), p, List.of());
    assertEquals("Écrivez au ministre.", root(p.html()).select("p span.seg").first().text());
  }

  @Test
  void markdownEmphasisBesideAMarkReadsAsWithout() {
    SourceDocument md = appeal("md");
    String key = keyOf(md, "{1}«The union was founded in 1998»{/1}, his lawyer said.");
    Element root = root(preview.source(md).html());
    Element em = root.selectFirst("em:has(span.seg[data-key=" + key + "])");
    assertNotNull(em, "*«...»* at the start of a sentence is still emphasis");
    assertEquals("«The union was founded in 1998»", em.text());
    assertEquals(
        "_x_ and **«y»**",
        MarkdownView.delimitersOutsideMarks(
                Sentinels.wrap(0, "_x_") + " and " + Sentinels.wrap(1, "**«y»**"))
            .replaceAll("[\\x{FDD0}-\\x{FDEF}\\x{F0000}-\\x{FFFFD}]", ""));
    assertTrue(
        MarkdownView.delimitersOutsideMarks(Sentinels.wrap(0, "_x_")).startsWith("_"),
        "the run goes before the opening mark");
  }

  @Test
  void xliffIsATableOfItsSegments() {
    SourceDocument xlf = PreviewFixtures.document("ua-61-27.xlf", Locale.ENGLISH);
    Preview p = preview.source(xlf);
    List<SourceSegment> segments = segments(xlf);
    Element root = root(p.html());
    assertEquals(segments.size(), root.select("table.doc-units tr").size());
    assertSegmentsInView(segments, p, List.of());

    byte[] v2 = PreviewFixtures.resource("../appeal/ua-58-27-v2.xlf");
    SourceDocument xliff2 =
        new SourceDocument(v2, DocumentFormat.detect("a.xlf", v2), Locale.ENGLISH, Set.of());
    assertEquals(DocumentFormat.XLIFF2, xliff2.format());
    assertSegmentsInView(segments(xliff2), preview.source(xliff2), List.of());
  }

  @Test
  void aFollowUpDocxShowsItsHeaderFootnoteTextBoxAndPicture() {
    SourceDocument d =
        new SourceDocument(
            OfficeFixtures.followUpDocx(), DocumentFormat.DOCX, Locale.ENGLISH, Set.of());
    Preview p = preview.source(d);
    // Okapi extracts the drawings' names, which are attributes
    assertSegmentsInView(segments(d), p, List.of("Box", "Photo"));
    Element root = root(p.html());
    assertEquals(
        "Lumen Rights International: Urgent Action", root.selectFirst("div.doc-header").text());
    assertEquals("Urgent Action 61.27: the second week", root.selectFirst("h1").text());
    assertEquals("WHAT HAPPENED", root.select("h1").get(1).text());
    assertEquals("The transfer", root.selectFirst("h2").text());
    assertEquals("Tomás Arce", root.selectFirst("p > span.seg > b").text());
    assertEquals("1", root.selectFirst("div.doc-body sup").text());
    assertEquals("1 His lawyer confirmed the transfer.", root.selectFirst("div.doc-note").text());
    assertEquals(2, root.select("div.doc-body > ol > li").size());
    assertEquals(2, root.select("ol > li > ul > li").size());
    assertEquals("Share this appeal.", root.selectFirst("ol + ul > li").text());
    assertEquals("2", root.selectFirst("td").attr("colspan"));
    assertNotNull(root.selectFirst("td br"));
    assertEquals("https://example.org/ua-61-27/report", root.selectFirst("a").attr("href"));
    assertEquals("Write today.", root.selectFirst("i").text());
    assertEquals("Call", root.selectFirst("u").text());
    assertEquals("tomorrow", root.selectFirst("s").text());
    assertEquals("Act before 30 May 2027.", root.selectFirst("span.doc-textbox").text());
    assertEquals("rtl", root.selectFirst("p:contains(أطلقوا)").attr("dir"));
    assertEquals("text-align: center", root.selectFirst("p:contains(Time is short)").attr("style"));
    assertEquals("Tomás Arce at a union meeting", root.selectFirst("span.doc-image").text());
  }

  @Test
  void aFollowUpOdtShowsItsHeaderNoteTextBoxPictureAndRuby() {
    SourceDocument d =
        new SourceDocument(
            OfficeFixtures.followUpOdt(), DocumentFormat.ODT, Locale.ENGLISH, Set.of());
    Preview p = preview.source(d);
    assertSegmentsInView(segments(d), p, List.of());
    Element root = root(p.html());
    assertEquals("Urgent Action 61.27: the second week", root.selectFirst("div.doc-title").text());
    assertEquals(
        "Lumen Rights International: Urgent Action", root.selectFirst("div.doc-header").text());
    assertEquals("WHAT HAPPENED", root.selectFirst("h1").text());
    assertEquals("The transfer", root.selectFirst("h2").text());
    assertEquals("Tomás Arce", root.selectFirst("b").text());
    assertEquals("1 His lawyer confirmed the transfer.", root.selectFirst("div.doc-note").text());
    assertEquals(2, root.select("ol > li").size());
    assertEquals(2, root.select("ol > li > ul > li").size());
    assertEquals("2", root.selectFirst("td").attr("colspan"));
    assertEquals(3, root.select("td").size(), "the covered cell is left out");
    assertEquals("https://example.org/ua-61-27/report", root.selectFirst("a").attr("href"));
    assertEquals("Write today.", root.selectFirst("i").text());
    assertEquals(List.of("1", "2"), root.select("div.doc-body sup").eachText());
    assertEquals("Act before 30 May 2027.", root.selectFirst("span.doc-textbox").text());
    assertEquals("Tomás Arce at a union meeting", root.selectFirst("span.doc-image").text());
    assertEquals("rtl", root.selectFirst("p:contains(أطلقوا)").attr("dir"));
    assertEquals("東京", root.selectFirst("ruby").ownText());
    assertEquals("とうきょう", root.selectFirst("ruby rt").text());
    assertEquals("text-align: center", root.selectFirst("p:contains(Time is short)").attr("style"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "md", "txt", "docx", "odt"})
  void theSampleAppealShowsEverySentenceUnderItsKey(String extension) throws IOException {
    SourceDocument sample = PreviewFixtures.sample(extension);
    if (sample == null) {
      showsEverySentenceButPictureNames(appeal(extension));
      return;
    }
    assertSegmentsInView(segments(sample), preview.source(sample), List.of());
  }

  private void showsEverySentenceButPictureNames(SourceDocument fixture) {
    Preview p = preview.source(fixture);
    List<String> notInView =
        segments(fixture).stream()
            .filter(s -> p.notInView().contains(s.key()))
            .map(s -> PreviewFixtures.readable(s.text(), s.tokens()))
            .toList();
    assertSegmentsInView(segments(fixture), p, notInView);
    assertTrue(
        notInView.stream().allMatch(t -> t.matches("Image\\d+|Tomás Arce at a union meeting")),
        "only pictures' names and descriptions are out of view: " + notInView);
  }

  @Test
  void rightToLeftAndCjkSourcesSayTheirLanguage() {
    SourceDocument arabic = PreviewFixtures.document("ua-61-27-ar.html", new Locale("ar"));
    Preview p = preview.source(arabic);
    assertSegmentsInView(segments(arabic), p, List.of());
    Element root = root(p.html());
    assertEquals("ar", root.attr("lang"));
    assertEquals("rtl", root.attr("dir"));
    assertEquals("source", root.attr("data-mode"));
    List<SourceSegment> repeated =
        segments(arabic).stream().filter(s -> s.text().equals("الوقت ضيق.")).toList();
    assertEquals(2, repeated.size());

    SourceDocument japanese = PreviewFixtures.document("ua-61-27-ja.md", Locale.JAPANESE);
    Preview j = preview.source(japanese);
    assertSegmentsInView(segments(japanese), j, List.of());
    assertEquals("ja", root(j.html()).attr("lang"));
    assertEquals("ltr", root(j.html()).attr("dir"));
    assertTrue(segments(japanese).size() >= 7, "Japanese sentences end at 。");
  }

  @Test
  void theSourcePreviewMarksNothingUntranslated() {
    Element root = root(preview.source(appeal("html")).html());
    assertEquals("source", root.attr("data-mode"));
    assertEquals("en", root.attr("lang"));
    assertTrue(root.select(".seg-untranslated").isEmpty());
    assertFalse(root.select("span.seg").isEmpty());
  }

  @Test
  void errorsAreTheEnginesOwn() {
    byte[] docx = PreviewFixtures.resource("ua-61-27.docx");
    byte[] broken = Arrays.copyOf(docx, docx.length / 2);
    // the engine's own exception, never Okapi's
    assertThrows(
        UnreadableDocumentException.class,
        () ->
            preview.source(
                new SourceDocument(broken, DocumentFormat.DOCX, Locale.ENGLISH, Set.of())));

    PreviewHtml out = new PreviewHtml(List.of(), Locale.ENGLISH, null);
    byte[] noBody = PreviewFixtures.zip(false, Map.of("word/styles.xml", "<styles/>"));
    assertThrows(PreviewException.class, () -> new WordView().write(noBody, out));
    byte[] badXml = PreviewFixtures.zip(false, Map.of("content.xml", "<office:document-content>"));
    PreviewException e =
        assertThrows(PreviewException.class, () -> new OpenDocumentView().write(badXml, out));
    assertTrue(e.getMessage().startsWith("content.xml cannot be read"), e.getMessage());
    byte[] doctype =
        PreviewFixtures.zip(
            false,
            Map.of(
                "content.xml",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
    assertThrows(PreviewException.class, () -> new OpenDocumentView().write(doctype, out));
  }

  static String keyOf(SourceDocument d, String text) {
    Map<String, String> byText = new HashMap<>();
    for (SourceSegment s : segments(d)) {
      byText.putIfAbsent(s.text(), s.key());
    }
    String key = byText.get(text);
    assertNotNull(key, "a segment " + text + " in " + byText.keySet());
    return key;
  }
}
