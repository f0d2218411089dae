package org.chorus.translations.checks;

/**
 * Double spaces in the translation (leading and trailing spaces are Okapi's, see {@link
 * OkapiChecks}). Two spaces that the source has too are left alone: they may be deliberate.
 */
final class SpacesCheck {

  private SpacesCheck() {}

  static void check(Pair p, Issues out) {
    if (!p.adapted && p.source.contains("  ")) {
      return;
    }
    String t = p.target;
    for (int i = t.indexOf("  "); i >= 0; i = t.indexOf("  ", i + 1)) {
      int end = i + 2;
      while (end < t.length() && t.charAt(end) == ' ') {
        end++;
      }
      if (i > 0 && end < t.length()) {
        out.add(Check.SPACES, "spaces.double", null, new Span(i, end));
      }
      i = end - 1;
    }
  }
}
