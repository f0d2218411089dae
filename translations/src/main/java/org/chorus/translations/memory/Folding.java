package org.chorus.translations.memory;

import java.text.Normalizer;

/**
 * Text folded for searching: lower case, without diacritics (é → e, Arabic vowel marks dropped),
 * runs of spaces as one space, placeholders left out. Remembers where each folded character came
 * from, so that a hit can be marked in the original text.
 */
final class Folding {

  private static final char[] TABLE = table();
  private static final char SKIP = '\uFFFF';

  char[] chars = new char[256];
  int[] origin = new int[256];
  int size;

  /** Folds a text into this buffer (reused from call to call). */
  Folding fold(String text) {
    if (chars.length < text.length() + 1) {
      chars = new char[text.length() * 2 + 1];
      origin = new int[chars.length];
    }
    size = 0;
    boolean space = true;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{') {
        int end = Placeholders.endOf(text, i);
        if (end > 0) {
          i = end;
          continue;
        }
      }
      char f = TABLE[c];
      if (f == ' ') {
        if (!space) {
          origin[size] = i;
          chars[size++] = ' ';
          space = true;
        }
      } else if (f != SKIP) {
        origin[size] = i;
        chars[size++] = f;
        space = false;
      }
      i++;
    }
    if (size > 0 && chars[size - 1] == ' ') {
      size--;
    }
    return this;
  }

  static String folded(String text) {
    Folding f = new Folding().fold(text);
    return new String(f.chars, 0, f.size);
  }

  /** Where the folded needle starts in this folded text at or after {@code from}, or -1. */
  int indexOf(char[] needle, int from) {
    outer:
    for (int i = from; i + needle.length <= size; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (chars[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static char[] table() {
    char[] t = new char[65536];
    for (int c = 0; c < t.length; c++) {
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || c == '\u0640') {
        t[c] = SKIP;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        t[c] = ' ';
      } else if (Character.isSurrogate((char) c)) {
        t[c] = (char) c;
      } else {
        String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
        t[c] = Character.toLowerCase(d.charAt(0));
      }
    }
    return t;
  }
}
