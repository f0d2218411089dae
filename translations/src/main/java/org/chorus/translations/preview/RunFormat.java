package org.chorus.translations.preview;

import java.util.ArrayList;
import java.util.List;

/**
 * The character formatting an office document gives a run of text, as far as a preview shows it.
 * Each property is on, off or not said (null), so that a run's own formatting can override its
 * style's.
 *
 * @param position "sup", "sub", "" for the baseline, or null
 */
record RunFormat(
    Boolean bold,
    Boolean italic,
    Boolean underline,
    Boolean strike,
    String position,
    Boolean hidden) {

  static final RunFormat NONE = new RunFormat(null, null, null, null, null, null);

  /** This format with what {@code over} says put over it. */
  RunFormat with(RunFormat over) {
    if (over == null) {
      return this;
    }
    return new RunFormat(
        pick(over.bold, bold),
        pick(over.italic, italic),
        pick(over.underline, underline),
        pick(over.strike, strike),
        pick(over.position, position),
        pick(over.hidden, hidden));
  }

  boolean isHidden() {
    return Boolean.TRUE.equals(hidden);
  }

  /** The HTML elements that show this format, outermost first. */
  List<String> elements() {
    List<String> tags = new ArrayList<>(5);
    if (Boolean.TRUE.equals(bold)) {
      tags.add("b");
    }
    if (Boolean.TRUE.equals(italic)) {
      tags.add("i");
    }
    if (Boolean.TRUE.equals(underline)) {
      tags.add("u");
    }
    if (Boolean.TRUE.equals(strike)) {
      tags.add("s");
    }
    if ("sup".equals(position) || "sub".equals(position)) {
      tags.add(position);
    }
    return tags;
  }

  private static <T> T pick(T over, T under) {
    return over != null ? over : under;
  }
}
