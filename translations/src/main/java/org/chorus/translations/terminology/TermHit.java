package org.chorus.translations.terminology;

/**
 * A glossary term found in a text.
 *
 * @param start offset of the first character in the text (UTF-16, placeholders included)
 * @param end offset after the last character
 * @param concept the entry the term belongs to
 * @param term the term as the glossary writes it (the text may differ in case or plural)
 */
public record TermHit(int start, int end, Concept concept, Term term) {}
