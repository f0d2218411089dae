package org.chorus.domain;

/** Sign-in attempts are refused for a while after too many failures in a row. */
public class TooManyAttemptsException extends ChorusException {
  private final long retryAfterSeconds;

  public TooManyAttemptsException(long retryAfterSeconds) {
    super(Refusal.of("signIn.tooManyAttempts", retryAfterSeconds));
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
