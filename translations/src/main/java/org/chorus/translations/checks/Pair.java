package org.chorus.translations.checks;

import java.util.Arrays;
import java.util.regex.Matcher;
import org.chorus.translations.Placeholder;

/**
 * One source and translation as the checks read them: as written, and masked, where every
 * placeholder is a run of {@link #MASK} characters of its own length, so that what is found in the
 * masked text has its offsets in the real one and never reads a placeholder's digits.
 */
final class Pair {

  static final char MASK = '\uFFFC';

  final String source;
  final String target;
  final boolean adapted;
  final String maskedSource;
  final String maskedTarget;

  Pair(String source, String target, boolean adapted) {
    this.source = source;
    this.target = target;
    this.adapted = adapted;
    this.maskedSource = mask(source);
    this.maskedTarget = mask(target);
  }

  static String mask(String text) {
    if (text.indexOf('{') < 0) {
      return text;
    }
    char[] out = text.toCharArray();
    Matcher m = Placeholder.PATTERN.matcher(text);
    while (m.find()) {
      Arrays.fill(out, m.start(), m.end(), MASK);
    }
    return new String(out);
  }
}
