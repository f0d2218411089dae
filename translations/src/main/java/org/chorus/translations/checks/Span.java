package org.chorus.translations.checks;

/**
 * A stretch of a segment's text, as offsets into the text with its placeholders (UTF-16), so that
 * the editor can highlight it.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(start + ".." + end);
    }
  }
}
