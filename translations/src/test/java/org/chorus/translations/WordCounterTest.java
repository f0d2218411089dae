package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordCounterTest {

  @Test
  void countsWordsOfSpacedScripts() {
    assertEquals(
        6, WordCounter.words("Release {1}Aigerim Bekova{/1} at once, please.", Locale.ENGLISH));
    assertEquals(4, WordCounter.words("أطلقوا سراح المغنية فورا", Locale.forLanguageTag("ar")));
  }

  @Test
  void countsCharactersWithoutPlaceholders() {
    SourceSegment s =
        new SourceSegment(
            "k",
            0,
            "Écrivez à {1}l'ambassade{/1} {p1/}.",
            SegmentContext.PARAGRAPH,
            3,
            java.util.List.of());
    assertEquals("Écrivez à l'ambassade .".length(), s.characters());
  }

  @Test
  void countsCharactersOfUnspacedScripts() {
    assertEquals(5, WordCounter.words("林浩然さん", Locale.JAPANESE));
    assertEquals(3, WordCounter.words("释放她", Locale.forLanguageTag("zh-Hans")));
  }
}
