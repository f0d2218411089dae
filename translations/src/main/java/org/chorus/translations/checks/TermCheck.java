package org.chorus.translations.checks;

import java.util.List;
import org.chorus.translations.terminology.Concept;
import org.chorus.translations.terminology.Term;
import org.chorus.translations.terminology.TermFinder;
import org.chorus.translations.terminology.TermHit;
import org.chorus.translations.terminology.TermMatch;
import org.chorus.translations.terminology.TermStatus;

/**
 * Glossary terms: for each concept found in the source, one of its preferred or admitted target
 * terms in the translation (a do-not-translate term: the same term, as written); and no forbidden
 * target term anywhere (unless the same words are also an approved term of another concept). Both
 * sides are found with the {@link TermFinder}, so case, plurals and scripts without spaces are
 * handled as there. Okapi's term checker splits the target at spaces and knows no statuses, so this
 * one is Chorus's.
 */
final class TermCheck {

  private TermCheck() {}

  static void check(Pair p, TermFinder terms, Issues out) {
    if (terms.isEmpty()) {
      return;
    }
    List<TermHit> inTarget = terms.findInTarget(p.target);
    if (!p.adapted) {
      for (TermMatch m : terms.find(p.source)) {
        if (!present(m, inTarget, p.target)) {
          String expected = m.targetTerms().isEmpty() ? "" : m.targetTerms().get(0).text();
          if (!expected.isEmpty()) {
            out.add(
                Check.TERMS,
                "term-mismatch.missing",
                new Span(m.start(), m.end()),
                null,
                p.source.substring(m.start(), m.end()),
                expected);
          }
        }
      }
    }
    for (TermHit hit : inTarget) {
      if (hit.term().status() == TermStatus.FORBIDDEN && !approvedElsewhere(hit, inTarget)) {
        String found = p.target.substring(hit.start(), hit.end());
        String preferred = preferred(hit.concept(), terms);
        Span at = new Span(hit.start(), hit.end());
        if (preferred.isEmpty()) {
          out.add(Check.TERMS, "term-mismatch.forbidden-only", null, at, found);
        } else {
          out.add(Check.TERMS, "term-mismatch.forbidden", null, at, found, preferred);
        }
      }
    }
  }

  private static boolean present(TermMatch m, List<TermHit> inTarget, String target) {
    if (m.doNotTranslate()) {
      return m.targetTerms().stream().anyMatch(t -> target.contains(t.text()));
    }
    for (TermHit hit : inTarget) {
      if (hit.concept() == m.concept() && hit.term().status() != TermStatus.FORBIDDEN) {
        return true;
      }
    }
    return false;
  }

  private static boolean approvedElsewhere(TermHit forbidden, List<TermHit> inTarget) {
    for (TermHit other : inTarget) {
      if (other.start() == forbidden.start()
          && other.end() == forbidden.end()
          && other.term().status() != TermStatus.FORBIDDEN) {
        return true;
      }
    }
    return false;
  }

  private static String preferred(Concept concept, TermFinder terms) {
    return terms.targetTerms(concept).stream()
        .filter(t -> t.status() != TermStatus.FORBIDDEN)
        .map(Term::text)
        .findFirst()
        .orElse("");
  }
}
