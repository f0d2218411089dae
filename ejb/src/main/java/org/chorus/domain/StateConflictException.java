package org.chorus.domain;

/** The action does not fit the current state (publish with unapproved text, approve a draft...). */
public class StateConflictException extends ChorusException {
  public StateConflictException(String message) {
    super(message);
  }

  public StateConflictException(Refusal refusal) {
    super(refusal);
  }
}
