package org.chorus.translations.memory;

/** Escaping text for XML content and attributes. */
final class Xml {

  private Xml() {}

  static String escape(String s, boolean attribute) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r =
          switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> attribute ? "&quot;" : null;
            case '\n' -> attribute ? "&#10;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            case '\r' -> "&#13;";
            default -> c < 0x20 ? "" : null;
          };
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        b.append(r != null ? r : String.valueOf(c));
      }
    }
    return b == null ? s : b.toString();
  }
}
