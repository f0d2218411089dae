package org.chorus.domain.checks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.domain.TenantOwned;
import org.chorus.translations.checks.Check;
import org.chorus.translations.checks.CheckSettings;
import org.chorus.translations.checks.LengthBounds;
import org.chorus.translations.checks.Severity;

/**
 * An organisation's check settings: a severity per check and the length bounds in percent of the
 * source. An organisation that never changed them has no row and gets the engine's defaults; a
 * check the row does not name (one added later) keeps its default too.
 *
 * <p>Inline codes always block: a translation without its source's codes cannot be put back into
 * the document, so saving refuses it whatever the setting.
 */
@Entity
@Table(name = "check_policy")
public class CheckPolicy extends TenantOwned {

  @Column(nullable = false)
  private String severities;

  @Column(name = "short_source", nullable = false)
  private int shortSource;

  @Column(name = "short_min_percent", nullable = false)
  private int shortMinPercent;

  @Column(name = "short_max_percent", nullable = false)
  private int shortMaxPercent;

  @Column(name = "min_percent", nullable = false)
  private int minPercent;

  @Column(name = "max_percent", nullable = false)
  private int maxPercent;

  @Version private long version;

  /**
   * Length bounds as people set them: sources up to {@code shortSource} characters may be from
   * {@code shortMinPercent} to {@code shortMaxPercent} of the source's length, longer ones from
   * {@code minPercent} to {@code maxPercent}.
   */
  public record Limits(
      int shortSource, int shortMinPercent, int shortMaxPercent, int minPercent, int maxPercent) {

    public static Limits of(LengthBounds b) {
      return new Limits(
          b.shortSource(),
          percent(b.shortMin()),
          percent(b.shortMax()),
          percent(b.min()),
          percent(b.max()));
    }

    private static int percent(double ratio) {
      return (int) Math.round(ratio * 100);
    }
  }

  public CheckPolicy() {
    CheckSettings d = CheckSettings.defaults();
    Map<Check, Severity> s = new EnumMap<>(Check.class);
    for (Check c : Check.values()) {
      s.put(c, d.severity(c));
    }
    configure(s, Limits.of(d.length()));
  }

  /** The settings for the check engine. */
  public CheckSettings settings() {
    CheckSettings s = CheckSettings.defaults();
    for (String pair : severities.split(";")) {
      String[] kv = pair.split("=", 2);
      Check check = known(kv[0]);
      if (check != null && kv.length == 2 && check != Check.INLINE_CODES) {
        s = s.with(check, Severity.valueOf(kv[1]));
      }
    }
    LengthBounds d = s.length();
    return s.with(
        new LengthBounds(
            shortSource,
            shortMinPercent / 100.0,
            shortMaxPercent / 100.0,
            minPercent / 100.0,
            maxPercent / 100.0,
            d.weights()));
  }

  /**
   * Sets the severities (checks not named keep theirs) and the length bounds.
   *
   * @throws InvalidInputException for inline codes set to anything but block, or bounds that do not
   *     hold the source's own length between them
   */
  public void configure(Map<Check, Severity> changes, Limits limits) {
    Map<Check, Severity> all = new EnumMap<>(Check.class);
    if (severities != null) {
      CheckSettings current = settings();
      for (Check c : Check.values()) {
        all.put(c, current.severity(c));
      }
    }
    all.putAll(changes);
    if (all.get(Check.INLINE_CODES) != Severity.BLOCK) {
      throw new InvalidInputException(Refusal.of("checks.inlineCodesBlock"));
    }
    between(limits.shortSource(), 0, 1000, "shortSource");
    between(limits.shortMinPercent(), 1, 100, "shortMinPercent");
    between(limits.shortMaxPercent(), 100, 5000, "shortMaxPercent");
    between(limits.minPercent(), 1, 100, "minPercent");
    between(limits.maxPercent(), 100, 5000, "maxPercent");
    StringJoiner joined = new StringJoiner(";");
    all.forEach((c, s) -> joined.add(c.code() + "=" + s.name()));
    severities = joined.toString();
    shortSource = limits.shortSource();
    shortMinPercent = limits.shortMinPercent();
    shortMaxPercent = limits.shortMaxPercent();
    minPercent = limits.minPercent();
    maxPercent = limits.maxPercent();
  }

  public long getVersion() {
    return version;
  }

  private static void between(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new InvalidInputException(
          Refusal.of("checks.boundOutOfRange", field, String.valueOf(min), String.valueOf(max)));
    }
  }

  private static Check known(String code) {
    for (Check c : Check.values()) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    return null;
  }
}
