package org.chorus.translations.checks;

import java.util.Locale;
import java.util.Map;

/**
 * The final mark of the source, in the target script's own form. Marks are compared by what they do
 * (full stop, question, exclamation, colon, semicolon, ellipsis), so . 。 । ። ۔ are one full stop
 * and ? ؟ ？ ፧ ; (Greek) one question mark. A target language has its own forms: Arabic, Persian and
 * Urdu ؟, Urdu ۔, Chinese and Japanese 。 and full-width ？！：, Hindi, Bengali and Nepali । (Hindi
 * also .), Amharic and Tigrinya ። and ፧, Greek ;, Burmese ။, Tibetan །. Thai, Lao and Khmer end
 * sentences without a mark, so a missing full stop there is no issue. Trailing spaces, closing
 * quotes and brackets and closing codes are looked through; a sentence that ends with a protected
 * token (an address, a link) has no final mark.
 */
final class PunctuationCheck {

  enum Mark {
    FULL_STOP,
    QUESTION,
    EXCLAMATION,
    COLON,
    SEMICOLON,
    ELLIPSIS
  }

  private static final Map<Character, Mark> MARKS =
      Map.ofEntries(
          Map.entry('.', Mark.FULL_STOP),
          Map.entry('。', Mark.FULL_STOP),
          Map.entry('｡', Mark.FULL_STOP),
          Map.entry('．', Mark.FULL_STOP),
          Map.entry('।', Mark.FULL_STOP),
          Map.entry('॥', Mark.FULL_STOP),
          Map.entry('።', Mark.FULL_STOP),
          Map.entry('۔', Mark.FULL_STOP),
          Map.entry('။', Mark.FULL_STOP),
          Map.entry('།', Mark.FULL_STOP),
          Map.entry('?', Mark.QUESTION),
          Map.entry('؟', Mark.QUESTION),
          Map.entry('？', Mark.QUESTION),
          Map.entry('፧', Mark.QUESTION),
          Map.entry('\u037E', Mark.QUESTION),
          Map.entry('!', Mark.EXCLAMATION),
          Map.entry('！', Mark.EXCLAMATION),
          Map.entry(':', Mark.COLON),
          Map.entry('：', Mark.COLON),
          Map.entry('፥', Mark.COLON),
          Map.entry('፦', Mark.COLON),
          Map.entry(';', Mark.SEMICOLON),
          Map.entry('؛', Mark.SEMICOLON),
          Map.entry('；', Mark.SEMICOLON),
          Map.entry('…', Mark.ELLIPSIS));

  private static final String CLOSERS = "\"'”’»›」』）)]】〕》〉\u00A0\u202F \t";

  /** The forms a target language writes each mark in; absent means the plain Latin mark. */
  private record Own(String fullStop, String question, String exclamation, String colon) {
    String forms(Mark m) {
      return switch (m) {
        case FULL_STOP -> fullStop;
        case QUESTION -> question;
        case EXCLAMATION -> exclamation;
        case COLON -> colon;
        case SEMICOLON -> ";؛；";
        case ELLIPSIS -> "…";
      };
    }
  }

  private static final Own LATIN = new Own(".", "?", "!", ":");

  private final Own own;
  private final boolean unmarked;
  private final boolean greek;

  PunctuationCheck(Locale target) {
    String language = target.getLanguage();
    own =
        switch (language) {
          case "ar", "fa", "ps", "ckb", "sd" -> new Own(".", "؟", "!", ":");
          case "ur" -> new Own("۔.", "؟", "!", ":");
          case "zh", "ja" -> new Own("。", "？?", "！!", "：:");
          case "hi", "mr" -> new Own("।.", "?", "!", ":");
          case "bn", "ne", "as", "pa" -> new Own("।", "?", "!", ":");
          case "am", "ti" -> new Own("።", "፧?", "!", "፥፦:");
          case "el" -> new Own(".", "\u037E;", "!", ":");
          case "my" -> new Own("။", "?", "!", ":");
          case "bo" -> new Own("།", "?", "!", ":");
          default -> LATIN;
        };
    unmarked =
        switch (language) {
          case "th", "lo", "km" -> true;
          default -> false;
        };
    greek = language.equals("el");
  }

  void check(Pair p, Issues out) {
    End source = end(p.source, p.maskedSource, false);
    End target = end(p.target, p.maskedTarget, greek);
    if (source.mark() == null && target.mark() == null) {
      return;
    }
    Span at = target.at() < 0 ? null : new Span(target.at(), target.at() + 1);
    String written = target.at() < 0 ? "" : String.valueOf(p.target.charAt(target.at()));
    if (source.mark() == null) {
      if (target.mark() == Mark.FULL_STOP
          || target.mark() == Mark.QUESTION
          || target.mark() == Mark.EXCLAMATION) {
        out.add(Check.FINAL_PUNCTUATION, "final-punctuation.added", null, at, written);
      }
      return;
    }
    String expected = own.forms(source.mark()).substring(0, 1);
    String sourceMark = String.valueOf(p.source.charAt(source.at()));
    Span from = new Span(source.at(), source.at() + 1);
    if (target.mark() == null) {
      if (!(unmarked && source.mark() == Mark.FULL_STOP)) {
        out.add(
            Check.FINAL_PUNCTUATION, "final-punctuation.missing", from, null, sourceMark, expected);
      }
    } else if (target.mark() != source.mark()) {
      out.add(
          Check.FINAL_PUNCTUATION,
          "final-punctuation.different",
          from,
          at,
          sourceMark,
          written,
          expected);
    } else if (own.forms(target.mark()).indexOf(written.charAt(0)) < 0
        && !(unmarked && target.mark() == Mark.FULL_STOP)) {
      out.add(Check.FINAL_PUNCTUATION, "final-punctuation.form", from, at, written, expected);
    }
  }

  /** The final mark of a masked text and its offset, or no mark. */
  private record End(Mark mark, int at) {}

  private static End end(String text, String masked, boolean greek) {
    int i = masked.length() - 1;
    while (i >= 0) {
      char c = masked.charAt(i);
      if (c == Pair.MASK) {
        int start = i;
        while (start > 0 && masked.charAt(start - 1) == Pair.MASK) {
          start--;
        }
        if (text.startsWith("{p", start)) {
          return new End(null, -1);
        }
        i = start - 1;
      } else if (CLOSERS.indexOf(c) >= 0) {
        i--;
      } else {
        break;
      }
    }
    if (i < 0) {
      return new End(null, -1);
    }
    char c = masked.charAt(i);
    if (c == '.' && i >= 2 && masked.startsWith("...", i - 2)) {
      return new End(Mark.ELLIPSIS, i);
    }
    Mark m = greek && c == ';' ? Mark.QUESTION : MARKS.get(c);
    return new End(m, m == null ? -1 : i);
  }
}
