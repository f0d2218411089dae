package org.chorus.translations;

import java.util.List;

/**
 * A translation does not keep the inline codes of its source sentence. Besides its English message
 * it says what is wrong ({@link #reason()}) and with which placeholders, so that a page can say it
 * in the translator's language and name each code by what it stands for.
 */
public class PlaceholderMismatchException extends DocumentException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the placeholders. */
  public enum Reason {
    /** A placeholder the source does not have. */
    EXTRA,
    /** A placeholder more often than the source has it. */
    TWICE,
    /** A placeholder of the source left out. */
    MISSING,
    /** Two pairs cross (the first placeholder closes before the second). */
    CROSSING,
    /** A pair closes before it opens. */
    CLOSED_FIRST,
    /** One half of a pair kept without the other (adaptations). */
    UNPAIRED
  }

  private final Reason reason;
  private final List<String> placeholders;

  public PlaceholderMismatchException(String message) {
    this(message, null, List.of());
  }

  public PlaceholderMismatchException(String message, Reason reason, List<String> placeholders) {
    super(message);
    this.reason = reason;
    this.placeholders = List.copyOf(placeholders);
  }

  /** What is wrong, or null when only the message says. */
  public Reason reason() {
    return reason;
  }

  /** The placeholders concerned, in the order the message names them. */
  public List<String> placeholders() {
    return placeholders;
  }
}
