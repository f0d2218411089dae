package org.chorus.translations;

/** The file claims a format Chorus reads but its content cannot be read as such. */
public class UnreadableDocumentException extends DocumentException {
  public UnreadableDocumentException(String message) {
    super(message);
  }

  public UnreadableDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
