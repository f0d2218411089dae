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
    super(Refusal.of("segment.stale", basedOn, currentVersion));
    this.currentVersion = currentVersion;
    this.currentText = currentText;
    this.currentState = state;
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
