package org.chorus.translations.checks;

import java.util.Arrays;
import java.util.Collection;
import org.chorus.translations.terminology.TermFinder;
import org.chorus.translations.terminology.TermMatch;

/**
 * The translation identical to its source, where the source has something to translate: once
 * placeholders, numbers, punctuation, the do-not-translate names and the glossary's
 * do-not-translate terms are taken out, a letter remains. Okapi's "target same as source" check
 * knows nothing of do-not-translate names, so this one is Chorus's. Locales of one language (en-GB
 * and en-US) may well be identical and are not checked.
 */
final class IdenticalCheck {

  private IdenticalCheck() {}

  static void check(Pair p, Collection<String> names, TermFinder terms, Issues out) {
    if (!p.source.strip().equals(p.target.strip())) {
      return;
    }
    char[] left = p.maskedSource.toCharArray();
    for (String name : names) {
      for (int i = p.source.indexOf(name); i >= 0; i = p.source.indexOf(name, i + 1)) {
        Arrays.fill(left, i, i + name.length(), ' ');
      }
    }
    for (TermMatch m : terms.find(p.source)) {
      if (m.doNotTranslate()) {
        Arrays.fill(left, m.start(), m.end(), ' ');
      }
    }
    for (char c : left) {
      if (Character.isLetter(c)) {
        out.add(Check.IDENTICAL, "identical", null, new Span(0, p.target.length()));
        return;
      }
    }
  }
}
