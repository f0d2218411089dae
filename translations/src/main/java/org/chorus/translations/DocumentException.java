package org.chorus.translations;

/** Base of every error the document engine reports; Okapi's own exceptions never cross it. */
public class DocumentException extends RuntimeException {
  public DocumentException(String message) {
    super(message);
  }

  public DocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
