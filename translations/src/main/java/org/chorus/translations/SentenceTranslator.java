package org.chorus.translations;

/**
 * Gives each sentence its text when {@link DocumentEngine#merge(byte[], DocumentFormat, Locale,
 * Locale, java.util.Set, java.util.Set, SentenceTranslator)} writes a document.
 */
@FunctionalInterface
public interface SentenceTranslator {
  /**
   * @param position the sentence's 0-based position, as {@link SourceSegment#position()}
   * @param key the sentence's key, as {@link SourceSegment#key()}
   * @param sourceText its source text with placeholders, as {@link SourceSegment#text()}
   * @return the text to write (same placeholders), or null to keep the source
   */
  String translate(int position, String key, String sourceText);
}
