package org.chorus.translations.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A glossary compiled for one language pair: finds its terms in source segments with their approved
 * translations, and its target-language terms in translations (for the term check). Immutable and
 * thread-safe; compile once per glossary version and pair (a glossary of 10,000 concepts takes a
 * fraction of a second) and share.
 */
public final class TermFinder {

  private final TermIndex source;
  private final TermIndex target;
  private final Locale targetLocale;

  private TermFinder(TermIndex source, TermIndex target, Locale targetLocale) {
    this.source = source;
    this.target = target;
    this.targetLocale = targetLocale;
  }

  public static TermFinder of(Glossary glossary, Locale source, Locale target) {
    return new TermFinder(TermIndex.of(glossary, source), TermIndex.of(glossary, target), target);
  }

  /** The concepts in a source segment, in order, each with its target terms. */
  public List<TermMatch> find(String sourceText) {
    List<TermMatch> matches = new ArrayList<>();
    for (TermHit hit : source.find(sourceText)) {
      List<Term> targets = targetTerms(hit.concept());
      if (targets.isEmpty() && hit.concept().doNotTranslate()) {
        targets = List.of(hit.term());
      }
      matches.add(new TermMatch(hit.start(), hit.end(), hit.concept(), hit.term(), targets));
    }
    return matches;
  }

  /** A concept's terms in the target language, preferred first, forbidden last. */
  public List<Term> targetTerms(Concept concept) {
    return concept.termsIn(targetLocale);
  }

  /** The glossary's target-language terms in a translation. */
  public List<TermHit> findInTarget(String targetText) {
    return target.find(targetText);
  }

  public boolean isEmpty() {
    return source.isEmpty();
  }
}
