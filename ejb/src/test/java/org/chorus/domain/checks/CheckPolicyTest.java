package org.chorus.domain.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.chorus.domain.InvalidInputException;
import org.chorus.translations.checks.Check;
import org.chorus.translations.checks.CheckSettings;
import org.chorus.translations.checks.Severity;
import org.junit.jupiter.api.Test;

class CheckPolicyTest {

  @Test
  void aNewPolicyIsTheEnginesDefaults() {
    CheckSettings s = new CheckPolicy().settings();
    for (Check c : Check.values()) {
      assertEquals(CheckSettings.defaults().severity(c), s.severity(c), c.code());
    }
    assertEquals(0.45, s.length().min(), 1e-9);
    assertEquals(3.5, s.length().shortMax(), 1e-9);
  }

  @Test
  void severitiesAndBoundsChangeAndTheRestStays() {
    CheckPolicy p = new CheckPolicy();
    p.configure(
        Map.of(Check.NUMBERS, Severity.BLOCK, Check.LENGTH, Severity.OFF),
        new CheckPolicy.Limits(30, 25, 400, 50, 180));
    p.configure(Map.of(Check.SPACES, Severity.OFF), new CheckPolicy.Limits(30, 25, 400, 50, 180));
    CheckSettings s = p.settings();
    assertEquals(Severity.BLOCK, s.severity(Check.NUMBERS));
    assertEquals(Severity.OFF, s.severity(Check.LENGTH));
    assertEquals(Severity.OFF, s.severity(Check.SPACES));
    assertEquals(Severity.WARN, s.severity(Check.DATES));
    assertEquals(30, s.length().shortSource());
    assertEquals(1.8, s.length().max(), 1e-9);
    assertEquals(
        CheckSettings.defaults().length().weights(), s.length().weights(), "script weights kept");
  }

  @Test
  void inlineCodesAlwaysBlockAndBoundsHoldTheSource() {
    CheckPolicy p = new CheckPolicy();
    CheckPolicy.Limits ok = CheckPolicy.Limits.of(CheckSettings.defaults().length());
    InvalidInputException codes =
        assertThrows(
            InvalidInputException.class,
            () -> p.configure(Map.of(Check.INLINE_CODES, Severity.WARN), ok));
    assertEquals("checks.inlineCodesBlock", codes.refusal().key());
    InvalidInputException bound =
        assertThrows(
            InvalidInputException.class,
            () -> p.configure(Map.of(), new CheckPolicy.Limits(20, 30, 350, 120, 200)));
    assertEquals("checks.boundOutOfRange", bound.refusal().key());
    assertEquals(Severity.WARN, p.settings().severity(Check.NUMBERS), "nothing changed");
  }
}
