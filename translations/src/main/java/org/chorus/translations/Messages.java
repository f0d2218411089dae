package org.chorus.translations;

/** Error messages as a user reads them: one line, never a stack trace. */
final class Messages {

  private static final int MAX = 400;

  private Messages() {}

  /** The reason an exception gives, on one line; its kind where it gives none. */
  static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    return oneLine(m);
  }

  static String oneLine(String message) {
    String line = message.replaceAll("\\s+", " ").strip();
    return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
  }
}
