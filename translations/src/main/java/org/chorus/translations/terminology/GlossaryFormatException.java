package org.chorus.translations.terminology;

import org.chorus.translations.DocumentException;

/** A glossary file (TBX or CSV) that cannot be read: where, and why. Nothing of it is taken. */
public class GlossaryFormatException extends DocumentException {

  private final int line;
  private final String reason;

  public GlossaryFormatException(int line, String reason) {
    super(line > 0 ? "Line " + line + ": " + reason : reason);
    this.line = line;
    this.reason = reason;
  }

  public GlossaryFormatException(int line, String reason, Throwable cause) {
    super(line > 0 ? "Line " + line + ": " + reason : reason, cause);
    this.line = line;
    this.reason = reason;
  }

  /** The 1-based line of the file, or 0 when the fault is the whole file's. */
  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
