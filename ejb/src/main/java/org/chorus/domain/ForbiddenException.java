package org.chorus.domain;

/** The caller is signed in but their role or section does not allow the action. */
public class ForbiddenException extends ChorusException {
  public ForbiddenException(String message) {
    super(message);
  }

  public ForbiddenException(Refusal refusal) {
    super(refusal);
  }
}
