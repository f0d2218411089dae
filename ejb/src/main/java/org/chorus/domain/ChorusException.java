package org.chorus.domain;

import jakarta.ejb.ApplicationException;

/**
 * Base of the errors Chorus reports to a user: each has a message fit to show, and each rolls back
 * the transaction it happens in, so that a refused action changes nothing.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ChorusException extends RuntimeException {
  protected ChorusException(String message) {
    super(message);
  }

  protected ChorusException(String message, Throwable cause) {
    super(message, cause);
  }
}
