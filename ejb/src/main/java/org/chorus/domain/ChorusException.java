package org.chorus.domain;

import jakarta.ejb.ApplicationException;

/**
 * Base of the errors Chorus reports to a user: each carries a {@link Refusal} (a message key and
 * its arguments) that pages and the API say in the user's language, and each rolls back the
 * transaction it happens in, so that a refused action changes nothing. The exception's own message
 * is the English text, for logs.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ChorusException extends RuntimeException {
  private final Refusal refusal;

  protected ChorusException(Refusal refusal) {
    this(refusal, null);
  }

  protected ChorusException(Refusal refusal, Throwable cause) {
    super(refusal.english(), cause);
    this.refusal = refusal;
  }

  /** A refusal whose English text is written out (no key of its own yet). */
  protected ChorusException(String message) {
    this(Refusal.text(message));
  }

  protected ChorusException(String message, Throwable cause) {
    this(Refusal.text(message), cause);
  }

  public Refusal refusal() {
    return refusal;
  }
}
