package org.chorus.translations.terminology;

import java.util.List;

/**
 * A glossary concept found in a source segment, with what to write for it in the target language.
 *
 * @param start offset of the first character in the source text (UTF-16, placeholders included)
 * @param end offset after the last character
 * @param concept the entry
 * @param sourceTerm the source-language term found
 * @param targetTerms the target-language terms, preferred first, then admitted, forbidden last (see
 *     {@link Term#status()}); for a do-not-translate concept without target terms, the source term
 */
public record TermMatch(
    int start, int end, Concept concept, Term sourceTerm, List<Term> targetTerms) {

  public TermMatch {
    targetTerms = List.copyOf(targetTerms);
  }

  public boolean doNotTranslate() {
    return concept.doNotTranslate();
  }
}
