package org.chorus.translations;

import java.util.Objects;

/**
 * One translatable sentence of a source document.
 *
 * @param key stable id, see {@link SegmentKeys}
 * @param position 0-based order in the document
 * @param text source text with inline codes as placeholders, see {@link InlineCodes}
 * @param context where in the document the sentence stands
 * @param words word count (characters for scripts written without spaces)
 */
public record SourceSegment(
    String key, int position, String text, SegmentContext context, int words) {
  public SourceSegment {
    Objects.requireNonNull(key);
    Objects.requireNonNull(text);
    Objects.requireNonNull(context);
  }
}
