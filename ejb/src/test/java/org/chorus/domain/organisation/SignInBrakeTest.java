package org.chorus.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInBrakeTest {

  private final Instant now = Instant.parse("2027-01-30T10:00:00Z");

  @Test
  void theAccountBrakeDoublesAfterFiveFailuresUpToFifteenMinutes() {
    SignInBrake brake = SignInBrake.ACCOUNT;
    for (int failures = 1; failures < 5; failures++) {
      assertEquals(Duration.ZERO, brake.lockFor(failures));
    }
    assertEquals(Duration.ofSeconds(1), brake.lockFor(5));
    assertEquals(Duration.ofSeconds(2), brake.lockFor(6));
    assertEquals(Duration.ofSeconds(512), brake.lockFor(14));
    assertEquals(Duration.ofMinutes(15), brake.lockFor(15));
    assertEquals(Duration.ofMinutes(15), brake.lockFor(Integer.MAX_VALUE));
  }

  @Test
  void theAddressBrakeLeavesMoreRoom() {
    assertEquals(Duration.ZERO, SignInBrake.ADDRESS.lockFor(19));
    assertEquals(Duration.ofSeconds(1), SignInBrake.ADDRESS.lockFor(20));
  }

  @Test
  void aRunIsForgottenAfterItsMemory() {
    SignInBrake brake = SignInBrake.ACCOUNT;
    assertEquals(1, brake.count(0, null, now));
    assertEquals(8, brake.count(7, now.minus(Duration.ofHours(23)), now));
    assertEquals(1, brake.count(7, now.minus(Duration.ofHours(25)), now));
  }

  @Test
  void aLockEndsAtTheRightMomentAndTellsWholeSeconds() {
    assertNull(SignInBrake.ACCOUNT.lockedUntil(4, now));
    Instant until = SignInBrake.ACCOUNT.lockedUntil(7, now);
    assertEquals(now.plusSeconds(4), until);
    SignInBrake.Tally tally = new SignInBrake.Tally(7, until, true);
    assertEquals(4, tally.secondsLeft(now));
    assertEquals(1, tally.secondsLeft(now.plusMillis(3500)), "rounded up");
    assertTrue(tally.secondsLeft(until.plusSeconds(1)) >= 1, "never zero");
  }

  @Test
  void anAccountCountsAttemptsAndASuccessClearsThem() {
    Account a = new Account("amelie", "Amélie", "hash", false);
    for (int i = 1; i <= 4; i++) {
      assertEquals(i, a.countSignInAttempt(now, SignInBrake.ACCOUNT));
      assertTrue(a.signInRefusedUntil(now).isEmpty());
    }
    assertEquals(5, a.countSignInAttempt(now, SignInBrake.ACCOUNT));
    assertEquals(now.plusSeconds(1), a.signInRefusedUntil(now).orElseThrow());
    assertTrue(a.signInRefusedUntil(now.plusSeconds(1)).isEmpty(), "open again after the lock");
    a.signedIn();
    assertEquals(0, a.getFailedSignIns());
    assertTrue(a.signInRefusedUntil(now).isEmpty());
  }

  @Test
  void aPasswordChangeMovesTheEpochAndLiftsTheDutyToChange() {
    Account a = new Account("jan", "Jan", "first", false);
    a.requirePasswordChange();
    int before = a.getCredentialsEpoch();
    a.changePassword("second");
    assertEquals(before + 1, a.getCredentialsEpoch());
    assertEquals("second", a.getPasswordHash());
    assertTrue(!a.mustChangePassword());
  }
}
