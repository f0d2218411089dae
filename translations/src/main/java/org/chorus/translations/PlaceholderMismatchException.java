package org.chorus.translations;

/** A translation does not keep the inline codes of its source sentence. */
public class PlaceholderMismatchException extends DocumentException {
  public PlaceholderMismatchException(String message) {
    super(message);
  }
}
