package org.chorus.translations.memory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.translations.Token;

/**
 * A sentence cut into the units that matching counts: words, numbers, single punctuation marks,
 * single characters of scripts written without spaces, and placeholders. Spaces are not units, but
 * each unit remembers whether a space stood before it.
 *
 * <p>Each unit has a key that matching compares: a word in lower case; a number as written; a
 * markup placeholder by its kind only (opening, closing, standalone), since its number depends on
 * the sentence; protected content by the text it stands for.
 */
final class Words {

  enum Kind {
    WORD,
    NUMBER,
    MARK,
    OPENING,
    CLOSING,
    STANDALONE,
    PROTECTED
  }

  static final String OPENING_KEY = "\u0001{";
  static final String CLOSING_KEY = "\u0001{/";
  static final String STANDALONE_KEY = "\u0001{/}";

  final String text;
  final String[] keys;
  final int[] starts;
  final int[] ends;
  final Kind[] kinds;
  final int size;

  private Words(String text, String[] keys, int[] starts, int[] ends, Kind[] kinds, int size) {
    this.text = text;
    this.keys = keys;
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.size = size;
  }

  /** The surface of unit i as written. */
  String surface(int i) {
    return text.substring(starts[i], ends[i]);
  }

  boolean spaceBefore(int i) {
    return starts[i] > 0 && Character.isWhitespace(text.charAt(starts[i] - 1));
  }

  boolean isPlaceholder(int i) {
    return kinds[i].ordinal() >= Kind.OPENING.ordinal();
  }

  static Words of(String text, List<Token> tokens) {
    Map<String, String> protectedText = Placeholders.protectedDisplays(tokens);
    int cap = Math.max(4, text.length() / 3);
    String[] keys = new String[cap];
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    Kind[] kinds = new Kind[cap];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      int cp = text.codePointAt(i);
      int end;
      Kind kind;
      String key;
      if (Character.isWhitespace(cp) || cp == '\u00A0' || cp == '\u202F') {
        i += Character.charCount(cp);
        continue;
      }
      int placeholderEnd = cp == '{' ? Placeholders.endOf(text, i) : -1;
      if (placeholderEnd > 0) {
        end = placeholderEnd;
        String p = text.substring(i, end);
        kind = Placeholders.kind(p);
        key =
            switch (kind) {
              case OPENING -> OPENING_KEY;
              case CLOSING -> CLOSING_KEY;
              case PROTECTED -> "\u0002" + protectedText.getOrDefault(p, "");
              default -> STANDALONE_KEY;
            };
      } else if (unspaced(cp)) {
        end = i + Character.charCount(cp);
        kind = Kind.WORD;
        key = text.substring(i, end);
      } else if (Character.isDigit(cp)) {
        end = numberEnd(text, i);
        kind = Kind.NUMBER;
        key = text.substring(i, end);
      } else if (wordChar(cp)) {
        end = wordEnd(text, i);
        kind = Kind.WORD;
        key = text.substring(i, end).toLowerCase(Locale.ROOT);
      } else {
        end = i + Character.charCount(cp);
        kind = Kind.MARK;
        key = text.substring(i, end);
      }
      if (n == keys.length) {
        keys = Arrays.copyOf(keys, n * 2);
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
        kinds = Arrays.copyOf(kinds, n * 2);
      }
      keys[n] = key;
      starts[n] = i;
      ends[n] = end;
      kinds[n] = kind;
      n++;
      i = end;
    }
    return new Words(text, keys, starts, ends, kinds, n);
  }

  private static int numberEnd(String s, int i) {
    int j = i;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (Character.isDigit(c)) {
        j++;
      } else if ((c == '.' || c == ',' || c == ':' || c == '/' || c == '-')
          && j + 1 < s.length()
          && Character.isDigit(s.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static int wordEnd(String s, int i) {
    int j = i;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      if (wordChar(cp) && !unspaced(cp)) {
        j += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '’' || cp == '-')
          && j + 1 < s.length()
          && wordChar(s.codePointAt(j + 1))
          && !unspaced(s.codePointAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean wordChar(int cp) {
    return Character.isLetterOrDigit(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK
        || cp == '_';
  }

  /** Scripts written without spaces between words: each character counts as a word. */
  static boolean unspaced(int cp) {
    if (cp < 0x0E00) {
      return false;
    }
    return switch (Character.UnicodeScript.of(cp)) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
      default -> false;
    };
  }
}
