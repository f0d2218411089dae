package org.chorus.translations;

/** An XLIFF file that is not valid, or not one Chorus can take back. */
public class XliffException extends DocumentException {
  public XliffException(String message) {
    super(message);
  }

  public XliffException(String message, Throwable cause) {
    super(message, cause);
  }
}
