package org.chorus.translations.checks;

import java.lang.Character.UnicodeScript;

/**
 * The translation much longer or shorter than its source, by {@link LengthBounds}: lengths are
 * counted in characters other than spaces and placeholders, each divided by its script's weight.
 * Okapi's length checker gave the idea of wider bounds for short sources and its default figures;
 * the script weights are Chorus's, since Okapi compares raw lengths.
 */
final class LengthCheck {

  private LengthCheck() {}

  static void check(Pair p, LengthBounds bounds, Issues out) {
    double source = weighted(p.maskedSource, bounds);
    double target = weighted(p.maskedTarget, bounds);
    if (source == 0 || target == 0) {
      return;
    }
    boolean isShort = source <= bounds.shortSource();
    double min = isShort ? bounds.shortMin() : bounds.min();
    double max = isShort ? bounds.shortMax() : bounds.max();
    double ratio = target / source;
    if (ratio > max) {
      out.add(Check.LENGTH, "length.long", null, null, percent(ratio), percent(max));
    } else if (ratio < min) {
      out.add(Check.LENGTH, "length.short", null, null, percent(ratio), percent(min));
    }
  }

  private static double weighted(String masked, LengthBounds bounds) {
    double length = 0;
    for (int i = 0; i < masked.length(); ) {
      int cp = masked.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == Pair.MASK || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        continue;
      }
      length += cp < 0x0250 ? 1 : 1 / bounds.weight(UnicodeScript.of(cp));
    }
    return length;
  }

  private static String percent(double ratio) {
    return String.valueOf(Math.round(ratio * 100));
  }
}
