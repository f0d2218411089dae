package org.chorus.domain;

/**
 * The write was based on a version that someone else has replaced meanwhile; carries what is
 * current now so that the user can choose.
 */
public class StaleWriteException extends ChorusException {
  private final long currentVersion;
  private final String currentText;
  private final String currentState;

  public StaleWriteException(long basedOn, long currentVersion, String currentText, String state) {
    this(Refusal.of("segment.stale", basedOn, currentVersion), currentVersion, currentText, state);
  }

  /** A stale write of something else than a segment, with its own refusal. */
  public StaleWriteException(
      Refusal refusal, long currentVersion, String currentText, String currentState) {
    super(refusal);
    this.currentVersion = currentVersion;
    this.currentText = currentText;
    this.currentState = currentState;
  }

  public long currentVersion() {
    return currentVersion;
  }

  public String currentText() {
    return currentText;
  }

  public String currentState() {
    return currentState;
  }
}
