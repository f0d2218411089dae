package org.chorus.translations.preview;

import static org.chorus.translations.preview.PreviewFixtures.appeal;
import static org.chorus.translations.preview.PreviewFixtures.root;
import static org.chorus.translations.preview.PreviewFixtures.segments;
import static org.chorus.translations.preview.PreviewFixtures.withoutSpaces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.SourceSegment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Preview in my language": what is translated so far, in place, the rest marked. */
class TranslatedPreviewTest {

  private static final Locale FRENCH = Locale.forLanguageTag("fr-FR");

  private final DocumentPreview preview = new DocumentPreview();

  @ParameterizedTest
  @ValueSource(strings = {"html", "md", "txt", "docx", "odt", "xlf"})
  void translatedSentencesShowTheirTranslationAndTheOthersTheirSource(String extension) {
    SourceDocument d = appeal(extension);
    List<SourceSegment> segments = segments(d);
    Map<String, String> french = everyOther(segments, "[fr] ");
    Preview p = preview.translated(d, FRENCH, french);
    Element root = root(p.html());
    assertEquals("fr-FR", root.attr("lang"));
    assertEquals("ltr", root.attr("dir"));
    assertEquals("translation", root.attr("data-mode"));
    Map<String, String> texts = PreviewFixtures.textByKey(root);
    for (SourceSegment s : segments) {
      if (p.notInView().contains(s.key())) {
        continue;
      }
      Element first = root.selectFirst("span.seg[data-key=" + s.key() + "]");
      String shown = texts.get(s.key());
      if (french.containsKey(s.key())) {
        assertTrue(shown.startsWith("[fr] "), shown);
        assertFalse(first.hasClass("seg-untranslated"), s.key());
        assertFalse(first.hasAttr("lang"), "a translation speaks the preview's language");
      } else {
        assertEquals(
            withoutSpaces(PreviewFixtures.readable(s.text(), s.tokens())), withoutSpaces(shown));
        assertTrue(first.hasClass("seg-untranslated"), s.key());
        assertEquals("en", first.attr("lang"));
        assertFalse(first.hasAttr("dir"), "English and French run the same way");
      }
    }
    assertTrue(p.refused().isEmpty());
  }

  @Test
  void arabicAndHebrewPreviewsRunRightToLeftAndEnglishLeftInsideThem() {
    SourceDocument html = appeal("html");
    List<SourceSegment> segments = segments(html);
    Map<String, String> arabic = new HashMap<>();
    SourceSegment heading = segments.get(1);
    arabic.put(heading.key(), "تحرك عاجل");
    Element root = root(preview.translated(html, new Locale("ar"), arabic).html());
    assertEquals("ar", root.attr("lang"));
    assertEquals("rtl", root.attr("dir"));
    Element translated = root.selectFirst("span.seg[data-key=" + heading.key() + "]");
    assertEquals("تحرك عاجل", translated.text());
    assertFalse(translated.hasAttr("dir"));
    Element english = root.selectFirst("span.seg-untranslated");
    assertEquals("en", english.attr("lang"));
    assertEquals("ltr", english.attr("dir"));

    Element hebrew = root(preview.translated(html, new Locale("he"), Map.of()).html());
    assertEquals("rtl", hebrew.attr("dir"));
    assertEquals("ltr", hebrew.selectFirst("span.seg-untranslated").attr("dir"));
  }

  @Test
  void aJapanesePreviewSaysItsLanguageSoTheBrowserPicksItsFonts() {
    SourceDocument md = appeal("md");
    SourceSegment heading = segments(md).get(0);
    Element root =
        root(preview.translated(md, Locale.JAPANESE, Map.of(heading.key(), "緊急行動")).html());
    assertEquals("ja", root.attr("lang"));
    assertEquals("ltr", root.attr("dir"));
    assertEquals("緊急行動", root.selectFirst("h1 span.seg").text());
    assertFalse(root.selectFirst("h1 span.seg").hasAttr("lang"));
    Element english = root.selectFirst("span.seg-untranslated");
    assertEquals("en", english.attr("lang"));
    assertFalse(english.hasAttr("dir"));
  }

  @Test
  void theDocumentsOwnLanguageMarksGiveWayToTheTranslations() {
    String html =
        "<html lang=\"en\"><body><p lang=\"en\" dir=\"ltr\">Write to the minister today.</p>"
            + "<p>Her name is <span lang=\"am\">ማርያም</span> in Amharic.</p></body></html>";
    SourceDocument d =
        new SourceDocument(
            html.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML, Locale.ENGLISH, Set.of());
    Element root = root(preview.translated(d, new Locale("ar"), Map.of()).html());
    assertFalse(root.selectFirst("p").hasAttr("lang"), "no longer English once translated");
    assertFalse(root.selectFirst("p").hasAttr("dir"), "nor left to right");
    assertEquals("am", root.selectFirst("span[lang=am]").attr("lang"), "a foreign name keeps its");
    Element source = root(preview.source(d).html());
    assertEquals("en", source.selectFirst("p").attr("lang"), "the source keeps them all");
  }

  @Test
  void aTranslationThatBreaksItsPlaceholdersShowsTheSourceAndIsListed() {
    SourceDocument html = appeal("html");
    String key =
        DocumentPreviewTest.keyOf(
            html, "Write to the {1}Minister of the Interior{/1} in your own words.");
    Preview p = preview.translated(html, FRENCH, Map.of(key, "Écrivez au ministre."));
    assertEquals(List.of(key), p.refused());
    Element span = root(p.html()).selectFirst("span.seg[data-key=" + key + "]");
    assertTrue(span.hasClass("seg-untranslated"));
    assertEquals("Write to the Minister of the Interior in your own words.", span.text());
  }

  @Test
  void anAdaptedSentenceMayLeaveOutItsPlaceholders() {
    SourceDocument html = appeal("html");
    String key =
        DocumentPreviewTest.keyOf(
            html, "Write to the {1}Minister of the Interior{/1} in your own words.");
    Preview p =
        preview.translated(
            html, FRENCH, Map.of(key, "Écrivez à l'ambassade à Paris."), Set.of(key));
    assertTrue(p.refused().isEmpty());
    Element span = root(p.html()).selectFirst("span.seg[data-key=" + key + "]");
    assertEquals("Écrivez à l'ambassade à Paris.", span.text());
    assertFalse(span.hasClass("seg-untranslated"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "md", "txt", "docx", "odt"})
  void thePreviewReadsAsThePublishedDocument(String extension) {
    SourceDocument d = appeal(extension);
    Map<String, String> french = everyOther(segments(d), "[fr] ");
    Preview p = preview.translated(d, FRENCH, french);
    byte[] published =
        new DocumentEngine()
            .merge(d.content(), d.format(), d.locale(), FRENCH, french, d.doNotTranslate());
    PreviewHtml plain = new PreviewHtml(List.of(), d.locale(), FRENCH);
    DocumentPreview.view(d.format()).write(published, plain);
    String publishedText = Jsoup.parseBodyFragment(plain.html()).text();
    assertEquals(publishedText, Jsoup.parseBodyFragment(p.html()).text());
    assertTrue(publishedText.contains("[fr] "), "translations are in it");
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "md", "txt", "docx", "odt"})
  void theSampleAppealInFrenchShowsEachTranslationUnderItsKey(String extension) throws IOException {
    SourceDocument sample = PreviewFixtures.sample(extension);
    SourceDocument d = sample != null ? sample : appeal(extension);
    List<SourceSegment> segments = segments(d);
    Map<String, String> french = new HashMap<>();
    segments.forEach(s -> french.put(s.key(), "[fr] " + s.text()));
    Preview p = preview.translated(d, FRENCH, french);
    Map<String, String> texts = PreviewFixtures.textByKey(root(p.html()));
    for (SourceSegment s : segments) {
      if (!p.notInView().contains(s.key())) {
        assertEquals(
            withoutSpaces("[fr] " + PreviewFixtures.readable(s.text(), s.tokens())),
            withoutSpaces(texts.get(s.key())),
            s.key());
      }
    }
    assertTrue(root(p.html()).select(".seg-untranslated").isEmpty());
  }

  @Test
  void whatATranslatorTypesIsTextNeverMarkup() {
    SourceDocument html = appeal("html");
    String key = segments(html).get(1).key();
    String typed = "<img src=x onerror=alert(1)><script>alert(2)</script> & co";
    Preview p = preview.translated(html, FRENCH, Map.of(key, typed));
    Element root = root(p.html());
    assertEquals(typed, root.selectFirst("span.seg[data-key=" + key + "]").text());
    assertTrue(root.select("script").isEmpty());
    assertEquals(1, root.select("img").size(), "only the document's own inline picture");
    HostilePreviewTest.assertInert(p.html());
  }

  private static Map<String, String> everyOther(List<SourceSegment> segments, String prefix) {
    Map<String, String> translations = new HashMap<>();
    for (int i = 0; i < segments.size(); i += 2) {
      translations.put(segments.get(i).key(), prefix + segments.get(i).text());
    }
    return translations;
  }
}
