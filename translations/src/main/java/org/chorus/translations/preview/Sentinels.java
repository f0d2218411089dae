package org.chorus.translations.preview;

/**
 * Marks where each segment's text starts and ends inside a merged document, so that the view can
 * find the sentences again after Okapi has written them back into the file.
 *
 * <p>A mark is a Unicode noncharacter (U+FDD0 opens, U+FDD1 closes: permanently reserved for a
 * program's internal use, so never part of a document that people exchange) followed by one code
 * point of the Supplementary Private Use Area-A that holds the segment's index. Both are single
 * code points that every writer keeps together and that need no escaping in HTML, XML, Markdown or
 * plain text.
 */
final class Sentinels {

  static final char OPEN = '\uFDD0';
  static final char CLOSE = '\uFDD1';

  /** Segments past this index are not marked; the view lists them as not in view. */
  static final int MAX_SEGMENTS = 0xFFFFD - 0xF0000 + 1;

  private static final int FIRST_INDEX = 0xF0000;

  private Sentinels() {}

  static String wrap(int index, String text) {
    String mark = new String(Character.toChars(FIRST_INDEX + index));
    return OPEN + mark + clean(text) + CLOSE + mark;
  }

  /** Whether a character is a noncharacter of the U+FDD0 block: ours or forged, never shown. */
  static boolean isMark(char c) {
    return c >= '\uFDD0' && c <= '\uFDEF';
  }

  /**
   * The segment index a mark at {@code at} carries, or -1 when the mark is not followed by an
   * index.
   */
  static int indexAfter(CharSequence text, int at) {
    if (at + 2 >= text.length()) {
      return -1;
    }
    int cp = Character.codePointAt(text, at + 1);
    int index = cp - FIRST_INDEX;
    return index >= 0 && index < MAX_SEGMENTS ? index : -1;
  }

  /** The text without any mark (with its index), for attribute values and plain views. */
  static String strip(String text) {
    if (!hasMark(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isMark(c)) {
        if (indexAfter(text, i) >= 0) {
          i += 2;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A segment text without marks that a user could have typed into it. */
  static String clean(String text) {
    if (!hasMark(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!isMark(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  static boolean hasMark(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isMark(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
