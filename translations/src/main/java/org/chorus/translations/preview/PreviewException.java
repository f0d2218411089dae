package org.chorus.translations.preview;

import org.chorus.translations.DocumentException;

/** A document the engine could merge but the preview cannot show. */
public class PreviewException extends DocumentException {
  public PreviewException(String message) {
    super(message);
  }

  public PreviewException(String message, Throwable cause) {
    super(message, cause);
  }
}
