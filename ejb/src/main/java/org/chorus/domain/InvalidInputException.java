package org.chorus.domain;

/** The input is wrong: a missing field, a broken file, a translation that breaks its codes. */
public class InvalidInputException extends ChorusException {
  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }

  public InvalidInputException(Refusal refusal) {
    super(refusal);
  }

  public InvalidInputException(Refusal refusal, Throwable cause) {
    super(refusal, cause);
  }
}
