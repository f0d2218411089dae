package org.chorus.translations.memory;

import org.chorus.translations.DocumentException;

/** A TMX file that cannot be read, with the line where reading stopped (0 when unknown). */
public class TmxException extends DocumentException {

  private final int line;

  public TmxException(int line, String reason) {
    super(line > 0 ? "Line " + line + ": " + reason : reason);
    this.line = line;
  }

  public TmxException(int line, String reason, Throwable cause) {
    super(line > 0 ? "Line " + line + ": " + reason : reason, cause);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
