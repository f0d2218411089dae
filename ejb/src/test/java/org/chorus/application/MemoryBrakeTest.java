package org.chorus.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.chorus.domain.organisation.SignInBrake;
import org.chorus.domain.organisation.SignInBrake.Tally;
import org.junit.jupiter.api.Test;

class MemoryBrakeTest {

  private final Instant now = Instant.parse("2027-01-30T10:00:00Z");

  @Test
  void anAddressIsRefusedUncheckedAfterTwentyFailuresAndASuccessClearsIt() {
    MemoryBrake brake = new MemoryBrake(SignInBrake.ADDRESS);
    for (int i = 1; i < 20; i++) {
      assertFalse(brake.attempt("192.0.2.7", now).refused());
    }
    Tally twentieth = brake.attempt("192.0.2.7", now);
    assertFalse(twentieth.refused(), "checked, and locks from now on");
    assertEquals(now.plusSeconds(1), twentieth.lockedUntil());
    Tally refused = brake.attempt("192.0.2.7", now.plusMillis(500));
    assertTrue(refused.refused());
    assertEquals(20, refused.failures(), "a refused attempt is not counted again");
    assertTrue(brake.lockedOut("192.0.2.7", now).isPresent());
    assertTrue(brake.lockedOut("192.0.2.8", now).isEmpty(), "other addresses are not touched");
    Tally next = brake.attempt("192.0.2.7", now.plusSeconds(1));
    assertEquals(21, next.failures());
    assertEquals(now.plusSeconds(3), next.lockedUntil(), "twice as long");
    brake.succeeded("192.0.2.7");
    assertEquals(1, brake.attempt("192.0.2.7", now.plusSeconds(5)).failures());
  }

  @Test
  void ipv6AddressesAreBrakedByTheirSlash64() {
    assertEquals(
        SignInMemory.addressKey("2001:db8:1:2::5"),
        SignInMemory.addressKey("2001:db8:1:2:ffff::9"));
    assertFalse(
        SignInMemory.addressKey("2001:db8:1:2::5")
            .equals(SignInMemory.addressKey("2001:db8:1:3::5")));
    assertEquals("203.0.113.9", SignInMemory.addressKey("203.0.113.9"));
    assertEquals("unknown", SignInMemory.addressKey(null));
  }
}
