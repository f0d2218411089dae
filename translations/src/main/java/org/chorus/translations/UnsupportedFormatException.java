package org.chorus.translations;

/** The file is of a format Chorus does not read. */
public class UnsupportedFormatException extends DocumentException {
  public UnsupportedFormatException(String message) {
    super(message);
  }
}
