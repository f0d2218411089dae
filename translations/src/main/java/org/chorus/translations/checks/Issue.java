package org.chorus.translations.checks;

import java.util.List;
import java.util.Objects;

/**
 * A problem a check found in a translation. It carries no sentence: {@code key} names the message
 * in {@code org/chorus/translations/checks/checks.properties} (and its translations), and {@code
 * arguments} fill its {@code {0}}, {@code {1}}... in {@link java.text.MessageFormat} style.
 *
 * @param check the check's stable code, e.g. {@code number-mismatch} (see {@link Check#code()})
 * @param key the message key, e.g. {@code number-mismatch.missing}
 * @param severity {@link Severity#BLOCK} or {@link Severity#WARN}, as the organisation set the
 *     check
 * @param arguments what the message names: the offending number, term, mark...
 * @param source where in the source text, or null when the issue has no place there
 * @param target where in the translation, or null when the issue has no place there
 */
public record Issue(
    String check, String key, Severity severity, List<String> arguments, Span source, Span target) {

  public Issue {
    Objects.requireNonNull(check);
    Objects.requireNonNull(key);
    if (severity == Severity.OFF) {
      throw new IllegalArgumentException("A check that is off reports nothing.");
    }
    arguments = List.copyOf(arguments);
  }

  public boolean blocks() {
    return severity == Severity.BLOCK;
  }
}
