package org.chorus.translations.terminology;

import com.ibm.icu.lang.UCharacter;
import java.util.Arrays;

/**
 * Text as the term finder compares it: case folded, apostrophes and hyphens made one, Arabic vowel
 * marks, tatweel and soft hyphens left out, every run of spaces (and every placeholder such as
 * {@code {1}} or {@code {p2/}}) one space. Each folded character remembers where it came from, so
 * that a match is reported at its place in the original text.
 */
final class Folded {

  static final int SPACE = ' ';

  final int[] chars;
  final int[] starts;
  final int[] ends;
  final int length;

  private Folded(int[] chars, int[] starts, int[] ends, int length) {
    this.chars = chars;
    this.starts = starts;
    this.ends = ends;
    this.length = length;
  }

  static Folded of(String text) {
    int n = text.length();
    int[] chars = new int[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int len = 0;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == '{') {
        int close = placeholderEnd(text, i);
        if (close > 0) {
          cp = SPACE;
          next = close;
        }
      }
      int f = fold(cp);
      boolean skip = f < 0 || f == SPACE && (len == 0 || chars[len - 1] == SPACE);
      if (skip && f == SPACE && len > 0) {
        ends[len - 1] = next; // a run of spaces is one space
      } else if (!skip) {
        chars[len] = f;
        starts[len] = i;
        ends[len] = next;
        len++;
      }
      i = next;
    }
    while (len > 0 && chars[len - 1] == SPACE) {
      len--;
    }
    return new Folded(chars, starts, ends, len);
  }

  /** A term folded as a key: the same folding, nothing to map back. */
  static int[] key(String term) {
    Folded f = of(term);
    return Arrays.copyOf(f.chars, f.length);
  }

  /** One character folded, or -1 when matching ignores it. */
  static int fold(int cp) {
    if (cp < 0x80) { // most text: no table lookups
      return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp <= ' ' ? SPACE : cp;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return SPACE;
    }
    switch (cp) {
      case 0x2019, 0x2018, 0x02BC, 0x2032, 0x00B4 -> {
        return '\'';
      }
      case 0x2010, 0x2011 -> {
        return '-';
      }
      case 0x00AD, 0x0640, 0x200D -> {
        return -1;
      }
      default -> {}
    }
    if (cp >= 0x064B && cp <= 0x065F || cp == 0x0670) {
      return -1; // Arabic vowel marks: written in some texts, not in others
    }
    return UCharacter.foldCase(cp, true);
  }

  /**
   * The end of a Chorus placeholder ({@code {1}}, {@code {/1}}, {@code {p2/}}) starting at {@code
   * i}, or -1.
   */
  static int placeholderEnd(String text, int i) {
    int j = i + 1;
    if (j < text.length() && text.charAt(j) == '/') {
      j++;
    }
    if (j < text.length() && text.charAt(j) == 'p') {
      j++;
    }
    int digits = j;
    while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    if (j == digits) {
      return -1;
    }
    if (j < text.length() && text.charAt(j) == '/' && text.charAt(i + 1) != '/') {
      j++;
    }
    return j < text.length() && text.charAt(j) == '}' ? j + 1 : -1;
  }

  /** Whether a character belongs to a word (letters, digits and their marks). */
  static boolean wordChar(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Whether a character's script is written without spaces between words. */
  static boolean unspaced(int cp) {
    if (cp < 0x0E00) {
      return false; // Latin to Indic: all written with spaces
    }
    return switch (Character.UnicodeScript.of(cp)) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
      default -> false;
    };
  }
}
