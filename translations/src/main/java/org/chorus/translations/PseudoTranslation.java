package org.chorus.translations;

import java.util.Locale;
import java.util.regex.Matcher;
import net.sf.okapi.common.LocaleId;

/**
 * A pseudo-translation that shows what a real one will do to a document: accented letters (does
 * every character survive?), about 30% more text as a run of tildes (does the layout hold?), and
 * for right-to-left targets a right-to-left mark before the sentence's end. Placeholders stay as
 * they are, and the sentence's end stays last, so that the result splits into the same sentences:
 * what ends a sentence is what the source language's rules say ends one ({@link
 * SentenceRules#endsSentence}), in every script (। ። ။ ۔ ։ ។ as well as . ! ?).
 */
public final class PseudoTranslation {

  private static final String PLAIN = "AaCcEeIiNnOoUuYy";
  private static final String ACCENTED = "ÅåÇçÉéÎîÑñÖöÛûÝý";

  private PseudoTranslation() {}

  /** The pseudo-translation of a sentence of a document in {@code source}. */
  public static String of(String text, Locale source, Locale target) {
    return of(text, target, new SentenceSegmenter(SentenceRules.forLanguage(okapiCode(source))));
  }

  /**
   * With the segmenter of the document's walk: if accenting would change where the rules split the
   * sentence (an abbreviation they know only unaccented, as "Prof."), the letters stay as they are
   * and only the padding is added.
   */
  static String of(String text, Locale target, SentenceSegmenter segmenter) {
    String accented = of(text, target, segmenter.rules(), true);
    int sentences = segmenter.count(InlineCodes.plainText(text));
    if (segmenter.count(InlineCodes.plainText(accented)) <= sentences) {
      return accented;
    }
    return of(text, target, segmenter.rules(), false);
  }

  private static String of(String text, Locale target, SentenceRules rules, boolean accents) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    Matcher m = Placeholder.PATTERN.matcher(text);
    int last = 0;
    int letters = 0;
    while (m.find()) {
      letters += accent(text.substring(last, m.start()), out, accents);
      out.append(m.group());
      last = m.end();
    }
    letters += accent(text.substring(last), out, accents);
    int end = tailStart(out, rules);
    String padding =
        "~".repeat(Math.max(1, (int) Math.ceil(letters * 0.3)))
            + (Directions.isRightToLeft(target) ? "\u200F" : "");
    if (end > 0 && rules.breaksAfter(Character.codePointBefore(out, end))) {
      // the rules end sentences after letters here (Thai, Lao: a long run of letters and a
      // space), so the runs at the sentence's edges stay whole: the padding goes after the first
      // inner space, or, in a sentence of one run, nowhere
      int space = innerSpace(out, end);
      return space < 0
          ? out.toString()
          : out.substring(0, space) + " " + padding + out.substring(space);
    }
    return out.substring(0, end) + " " + padding + out.substring(end);
  }

  /** The first white space between two letters of the body, outside placeholders, or -1. */
  private static int innerSpace(CharSequence s, int end) {
    for (int i = 1; i < end - 1; i++) {
      if (Character.isWhitespace(s.charAt(i))
          && Character.isLetter(s.charAt(i - 1))
          && !inPlaceholder(s, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean inPlaceholder(CharSequence s, int at) {
    int open = s.toString().lastIndexOf('{', at - 1);
    int close = open < 0 ? -1 : s.toString().indexOf('}', open);
    return open >= 0 && close >= at;
  }

  /** Where the end of the sentence starts: its final marks, closing codes and blanks. */
  private static int tailStart(CharSequence s, SentenceRules rules) {
    int i = s.length();
    while (i > 0) {
      if (s.charAt(i - 1) == '}') {
        int open = lastPlaceholderStart(s, i);
        if (open >= 0) {
          i = open;
          continue;
        }
      }
      int c = Character.codePointBefore(s, i);
      if (!Character.isWhitespace(c) && !rules.endsSentence(c)) {
        break;
      }
      i -= Character.charCount(c);
    }
    return i;
  }

  private static int lastPlaceholderStart(CharSequence s, int end) {
    int open = s.toString().lastIndexOf('{', end - 1);
    return open >= 0 && Placeholder.PATTERN.matcher(s.subSequence(open, end)).matches() ? open : -1;
  }

  private static int accent(String s, StringBuilder out, boolean accents) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = accents ? PLAIN.indexOf(c) : -1;
      out.append(k >= 0 ? ACCENTED.charAt(k) : c);
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters;
  }

  static String okapiCode(Locale locale) {
    return LocaleId.fromBCP47(locale.toLanguageTag()).toString();
  }
}
