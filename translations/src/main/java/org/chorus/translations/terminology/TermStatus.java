package org.chorus.translations.terminology;

import java.util.Locale;

/**
 * How a glossary rates a term for its concept. TBX's deprecated and superseded terms are forbidden
 * here: a translator should not write either.
 */
public enum TermStatus {
  PREFERRED,
  ADMITTED,
  FORBIDDEN;

  /**
   * Reads a status as tools write it: TBX administrativeStatus values ({@code
   * preferredTerm-admn-sts}, {@code deprecatedTerm-admn-sts}...), TBX 2008 normativeAuthorization
   * values ({@code standardizedTerm}, {@code supersededTerm}...) and plain words ({@code
   * preferred}, {@code forbidden}...), in any case. Blank is preferred: a glossary that rates
   * nothing means "use this".
   *
   * @throws IllegalArgumentException for a value that names no status
   */
  public static TermStatus parse(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    v = v.replace("-admn-sts", "").replace("_", "").replace(" ", "");
    if (v.endsWith("term")) {
      v = v.substring(0, v.length() - 4);
    }
    return switch (v) {
      case "", "preferred", "standardized", "legal", "regulated" -> PREFERRED;
      case "admitted", "allowed", "permitted" -> ADMITTED;
      case "deprecated", "superseded", "forbidden", "notrecommended", "obsolete" -> FORBIDDEN;
      default -> throw new IllegalArgumentException(value);
    };
  }

  /** The TBX-Basic administrativeStatus value. */
  public String tbxValue() {
    return switch (this) {
      case PREFERRED -> "preferredTerm-admn-sts";
      case ADMITTED -> "admittedTerm-admn-sts";
      case FORBIDDEN -> "deprecatedTerm-admn-sts";
    };
  }

  /** The word written in CSV files. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
