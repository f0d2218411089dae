package org.chorus.translations;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pseudo-translation that shows what a real one will do to a document: accented letters (does
 * every character survive?), about 30% more text as a run of tildes (does the layout hold?), and
 * for right-to-left targets a right-to-left mark before the sentence's end. Placeholders stay as
 * they are, and the sentence's final punctuation stays last, so that the result splits into the
 * same sentences.
 */
public final class PseudoTranslation {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{/?p?\\d+/?\\}");

  /** What ends a sentence (punctuation, closing codes, blanks): the padding goes before it. */
  private static final Pattern TAIL =
      Pattern.compile("(?:\\{/?p?\\d+/?\\}|[\\s.!?:;…。！？؟\"'”’)\\]])+$");

  private static final String PLAIN = "AaCcEeIiNnOoUuYy";
  private static final String ACCENTED = "ÅåÇçÉéÎîÑñÖöÛûÝý";

  private PseudoTranslation() {}

  public static String of(String text, Locale target) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    int letters = 0;
    while (m.find()) {
      letters += accent(text.substring(last, m.start()), out);
      out.append(m.group());
      last = m.end();
    }
    letters += accent(text.substring(last), out);
    Matcher tail = TAIL.matcher(out);
    int end = tail.find() ? tail.start() : out.length();
    String body = out.substring(0, end);
    String trailing = out.substring(end);
    int padding = Math.max(1, (int) Math.ceil(letters * 0.3));
    boolean rtl = Directions.isRightToLeft(target);
    return body + " " + "~".repeat(padding) + (rtl ? "\u200F" : "") + trailing;
  }

  private static int accent(String s, StringBuilder out) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = PLAIN.indexOf(c);
      out.append(k >= 0 ? ACCENTED.charAt(k) : c);
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters;
  }
}
