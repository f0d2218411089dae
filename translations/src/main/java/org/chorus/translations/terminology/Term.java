package org.chorus.translations.terminology;

import java.util.Objects;

/**
 * One term of a concept in one language.
 *
 * @param text the term as written
 * @param status preferred, admitted or forbidden for its concept
 * @param note guidance for translators ("" when none)
 */
public record Term(String text, TermStatus status, String note) {
  public Term {
    Objects.requireNonNull(status);
    text = text == null ? "" : text.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("A term has text.");
    }
    note = note == null ? "" : note.strip();
  }

  public Term(String text, TermStatus status) {
    this(text, status, "");
  }
}
