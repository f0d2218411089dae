package org.chorus.translations.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer on its own: marks into spans, well nested whatever the marks cross. */
class PreviewHtmlTest {

  private static final List<PreviewHtml.Label> LABELS =
      List.of(
          new PreviewHtml.Label("aaaaaaaaaaaaaaaa", false),
          new PreviewHtml.Label("bbbbbbbbbbbbbbbb", true));

  @Test
  void aSentenceEndingInsideBoldClosesAndReopensTheBold() {
    PreviewHtml out = new PreviewHtml(LABELS, Locale.ENGLISH, null);
    out.open("p", Map.of());
    out.text(open(0) + "First ");
    out.open("b", Map.of());
    out.text("sentence." + close(0) + " " + open(1) + "Second");
    out.close();
    out.text(" sentence." + close(1));
    out.close();
    assertEquals(
        "<div class=\"doc-preview\" lang=\"en\" dir=\"ltr\" data-mode=\"source\"><p>"
            + "<span class=\"seg\" data-key=\"aaaaaaaaaaaaaaaa\">First <b>sentence.</b></span>"
            + "<b> <span class=\"seg\" data-key=\"bbbbbbbbbbbbbbbb\">Second</span></b>"
            + "<span class=\"seg\" data-key=\"bbbbbbbbbbbbbbbb\"> sentence.</span></p></div>",
        out.html());
    assertEquals(2, out.shown().cardinality());
  }

  @Test
  void untranslatedSentencesOfATranslationKeepTheirLanguageAndDirection() {
    PreviewHtml out = new PreviewHtml(LABELS, Locale.ENGLISH, new Locale("ar"));
    out.text(open(0) + "ترجمة" + close(0) + " " + open(1) + "Source." + close(1));
    String html = out.html();
    assertTrue(html.startsWith("<div class=\"doc-preview\" lang=\"ar\" dir=\"rtl\""), html);
    assertTrue(
        html.contains(
            "<span class=\"seg\" data-key=\"aaaaaaaaaaaaaaaa\">ترجمة</span> "
                + "<span class=\"seg seg-untranslated\" data-key=\"bbbbbbbbbbbbbbbb\" lang=\"en\""
                + " dir=\"ltr\">Source.</span>"),
        html);
  }

  @Test
  void blankTextInsideATableOpensNoSpan() {
    PreviewHtml out = new PreviewHtml(LABELS, Locale.ENGLISH, null);
    out.open("table", Map.of());
    out.open("tr", Map.of());
    out.text(open(0) + "\n  ");
    out.open("td", Map.of());
    out.text("Cell." + close(0));
    out.close();
    out.close();
    out.close();
    String html = out.html();
    assertTrue(html.contains("<tr>\n  <td><span class=\"seg\""), html);
  }

  @Test
  void droppedContentIsDroppedWithItsMarksAndTheSegmentIsNotShown() {
    PreviewHtml out = new PreviewHtml(LABELS, Locale.ENGLISH, null);
    out.open("script", Map.of());
    out.open("p", Map.of());
    out.text(open(0) + "alert(1)" + close(0));
    out.close();
    out.close();
    out.text(open(1) + "Shown." + close(1));
    String html = out.html();
    assertFalse(html.contains("alert"), html);
    assertFalse(out.shown().get(0));
    assertTrue(out.shown().get(1));
  }

  @Test
  void marksAreNeverWrittenAndForgedIndexesAreIgnored() {
    PreviewHtml out = new PreviewHtml(LABELS, Locale.ENGLISH, null);
    out.open("a", Map.of("href", "https://example.org/", "title", open(1) + "Title" + close(1)));
    out.text(Sentinels.wrap(7, "Out of range.") + "\uFDD5 stray");
    out.close();
    String html = out.html();
    assertTrue(html.contains("title=\"Title\""), html);
    assertTrue(html.contains(">Out of range. stray</a>"), html);
    assertTrue(html.codePoints().noneMatch(c -> c >= 0xFDD0 && c <= 0xFDEF));
    assertTrue(out.shown().isEmpty());
  }

  @Test
  void marksCarryTheirIndex() {
    String wrapped = Sentinels.wrap(4242, "Text with a forged \uFDD0 mark.");
    assertEquals(4242, Sentinels.indexAfter(wrapped, 0));
    assertEquals("Text with a forged  mark.", Sentinels.strip(wrapped));
    assertEquals(-1, Sentinels.indexAfter("\uFDD0x", 0));
    assertEquals(
        Sentinels.MAX_SEGMENTS - 1,
        Sentinels.indexAfter(Sentinels.wrap(Sentinels.MAX_SEGMENTS - 1, ""), 0));
  }

  private static String open(int index) {
    String wrapped = Sentinels.wrap(index, "");
    return wrapped.substring(0, wrapped.length() / 2);
  }

  private static String close(int index) {
    String wrapped = Sentinels.wrap(index, "");
    return wrapped.substring(wrapped.length() / 2);
  }
}
