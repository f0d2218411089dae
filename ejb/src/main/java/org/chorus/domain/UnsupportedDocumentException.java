package org.chorus.domain;

/** The uploaded file is of a format Chorus does not read. */
public class UnsupportedDocumentException extends InvalidInputException {
  public UnsupportedDocumentException(Refusal refusal, Throwable cause) {
    super(refusal, cause);
  }
}
