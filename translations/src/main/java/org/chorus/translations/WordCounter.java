package org.chorus.translations;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Counts words as translators bill them: runs of letters or digits, and each character of scripts
 * written without spaces (Han, Hiragana, Katakana, Thai...) as one word.
 */
public final class WordCounter {

  private WordCounter() {}

  public static int words(String text, Locale locale) {
    return words(text, BreakIterator.getWordInstance(locale));
  }

  /** Counts with a word iterator the caller reuses (they are costly to make). */
  static int words(String text, BreakIterator words) {
    String plain = InlineCodes.plainText(text);
    words.setText(plain);
    int count = 0;
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      count += countToken(plain, start, end);
    }
    return count;
  }

  private static int countToken(String s, int start, int end) {
    int unspaced = 0;
    boolean wordChar = false;
    for (int i = start; i < end; ) {
      int cp = s.codePointAt(i);
      if (isUnspacedScript(cp)) {
        unspaced++;
      } else if (Character.isLetterOrDigit(cp)) {
        wordChar = true;
      }
      i += Character.charCount(cp);
    }
    return unspaced + (wordChar ? 1 : 0);
  }

  private static boolean isUnspacedScript(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
      default -> false;
    };
  }
}
