package org.chorus.translations.checks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.PlaceholderMismatchException;

/**
 * The inline-code rule as a check. {@link InlineCodes#check} (or {@link InlineCodes#checkAdapted}
 * for a section's own text) decides whether there is a problem; this class only says which kind,
 * for the message key, and where.
 */
final class CodesCheck {

  private CodesCheck() {}

  static void check(Pair p, Issues out) {
    try {
      if (p.adapted) {
        InlineCodes.checkAdapted(p.source, p.target);
      } else {
        InlineCodes.check(p.source, p.target);
      }
    } catch (PlaceholderMismatchException e) {
      report(p, out);
    }
  }

  private static void report(Pair p, Issues out) {
    List<String> expected = InlineCodes.placeholders(p.source);
    List<String> actual = InlineCodes.placeholders(p.target);
    Set<String> known = new HashSet<>(expected);
    Map<String, Integer> seen = new HashMap<>();
    for (String placeholder : actual) {
      if (!known.contains(placeholder)) {
        out.add(
            Check.INLINE_CODES, "inline-codes.extra", null, at(p.target, placeholder), placeholder);
        return;
      }
      if (seen.merge(placeholder, 1, Integer::sum) > 1) {
        int second = p.target.indexOf(placeholder, p.target.indexOf(placeholder) + 1);
        out.add(
            Check.INLINE_CODES,
            "inline-codes.twice",
            null,
            new Span(second, second + placeholder.length()),
            placeholder);
        return;
      }
    }
    if (!p.adapted) {
      for (String placeholder : expected) {
        if (!seen.containsKey(placeholder)) {
          out.add(
              Check.INLINE_CODES,
              "inline-codes.missing",
              at(p.source, placeholder),
              null,
              placeholder);
          return;
        }
      }
    }
    String first = actual.isEmpty() ? "" : actual.get(0);
    for (String placeholder : actual) {
      if (placeholder.startsWith("{/")) {
        first = placeholder;
        break;
      }
    }
    out.add(Check.INLINE_CODES, "inline-codes.order", null, at(p.target, first), first);
  }

  private static Span at(String text, String placeholder) {
    int i = text.indexOf(placeholder);
    return i < 0 ? null : new Span(i, i + placeholder.length());
  }
}
