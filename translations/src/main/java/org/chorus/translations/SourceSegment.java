package org.chorus.translations;

import java.util.List;
import java.util.Objects;

/**
 * One translatable sentence of a source document.
 *
 * @param key stable id, see {@link SegmentKeys}
 * @param position 0-based order in the document
 * @param text source text with inline codes and protected content as placeholders, see {@link
 *     InlineCodes}
 * @param context where in the document the sentence stands
 * @param words word count (characters for scripts written without spaces)
 * @param tokens what each placeholder of the text stands for
 */
public record SourceSegment(
    String key, int position, String text, SegmentContext context, int words, List<Token> tokens) {
  public SourceSegment {
    Objects.requireNonNull(key);
    Objects.requireNonNull(text);
    Objects.requireNonNull(context);
    tokens = List.copyOf(tokens);
  }

  /** Characters a translator reads: the text without placeholders. */
  public int characters() {
    return InlineCodes.plainText(text).codePointCount(0, InlineCodes.plainText(text).length());
  }
}
