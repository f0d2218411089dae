package org.chorus.domain.organisation;

import java.time.Duration;
import java.time.Instant;

/**
 * How sign-in attempts slow down after failures in a row: the first {@code free} failures cost
 * nothing; from then on each failure closes the door for twice as long as the one before (1 s, 2 s,
 * 4 s ...), never longer than {@code longest}. A run of failures is forgotten {@code memory} after
 * the last of them, so that one mistyped password a month never adds up to a lock.
 */
public record SignInBrake(int free, Duration longest, Duration memory) {

  /**
   * One attempt as a brake saw it: the failures in a row (the attempt counted as one until it
   * succeeds), until when attempts are locked out, and whether this one was refused unchecked.
   */
  public record Tally(int failures, Instant lockedUntil, boolean refused) {

    /** Whole seconds until the lock opens, at least one. */
    public long secondsLeft(Instant now) {
      long millis = Duration.between(now, lockedUntil).toMillis();
      return Math.max(1, (millis + 999) / 1000);
    }
  }

  /**
   * For one account, whatever the address: a person mistypes a few times, a guesser does not stop.
   */
  public static final SignInBrake ACCOUNT =
      new SignInBrake(5, Duration.ofMinutes(15), Duration.ofHours(24));

  /**
   * For one address, whatever the account: more room, because an office behind one address has many
   * people; it stops one machine from trying a few passwords on every account.
   */
  public static final SignInBrake ADDRESS =
      new SignInBrake(20, Duration.ofMinutes(15), Duration.ofHours(1));

  /** The failures in a row once one more is counted. */
  public int count(int failures, Instant lastFailure, Instant now) {
    boolean forgotten = lastFailure == null || lastFailure.plus(memory).isBefore(now);
    return forgotten ? 1 : Math.min(failures, Integer.MAX_VALUE - 1) + 1;
  }

  /** How long attempts are refused after this many failures in a row (zero: not at all). */
  public Duration lockFor(int failures) {
    if (failures < free) {
      return Duration.ZERO;
    }
    int doublings = failures - free;
    if (doublings >= 62) {
      return longest;
    }
    Duration lock = Duration.ofSeconds(1L << doublings);
    return lock.compareTo(longest) > 0 ? longest : lock;
  }

  /** Until when attempts are refused after this many failures in a row, the last one now. */
  public Instant lockedUntil(int failures, Instant now) {
    Duration lock = lockFor(failures);
    return lock.isZero() ? null : now.plus(lock);
  }
}
