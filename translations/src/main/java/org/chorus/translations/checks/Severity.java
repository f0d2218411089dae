package org.chorus.translations.checks;

/**
 * What the organisation does with a check's issues: they stop submit, approve and publish, they
 * show as warnings, or the check does not run. An {@link Issue} is never {@code OFF}.
 */
public enum Severity {
  BLOCK,
  WARN,
  OFF
}
