package org.chorus.translations.checks;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An organisation's choice of which checks block, which warn and which are off, and the length
 * bounds. Immutable: {@code with...} returns a changed copy. By default inline codes block and
 * every other check warns.
 */
public final class CheckSettings {

  private final Map<Check, Severity> severities;
  private final LengthBounds length;

  private CheckSettings(Map<Check, Severity> severities, LengthBounds length) {
    this.severities = severities;
    this.length = length;
  }

  public static CheckSettings defaults() {
    Map<Check, Severity> s = new EnumMap<>(Check.class);
    for (Check c : Check.values()) {
      s.put(c, c == Check.INLINE_CODES ? Severity.BLOCK : Severity.WARN);
    }
    return new CheckSettings(s, LengthBounds.defaults());
  }

  public CheckSettings with(Check check, Severity severity) {
    Map<Check, Severity> s = new EnumMap<>(severities);
    s.put(check, Objects.requireNonNull(severity));
    return new CheckSettings(s, length);
  }

  public CheckSettings with(LengthBounds bounds) {
    return new CheckSettings(severities, Objects.requireNonNull(bounds));
  }

  public Severity severity(Check check) {
    return severities.get(check);
  }

  public boolean on(Check check) {
    return severities.get(check) != Severity.OFF;
  }

  public LengthBounds length() {
    return length;
  }
}
