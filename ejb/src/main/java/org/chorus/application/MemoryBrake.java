package org.chorus.application;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.chorus.domain.organisation.SignInBrake;
import org.chorus.domain.organisation.SignInBrake.Tally;

/**
 * A sign-in brake per key (an address, a username nobody has) in this server's memory. An attempt
 * counts as failed from the moment it starts, so that attempts sent all at once are braked too; a
 * success takes it back.
 */
final class MemoryBrake {

  /** Beyond this many keys, forgotten runs are dropped, then everything if that is not enough. */
  private static final int MAX_KEYS = 100_000;

  private record State(int failures, Instant lastFailure, Instant lockedUntil) {}

  private final SignInBrake rule;
  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

  MemoryBrake(SignInBrake rule) {
    this.rule = rule;
  }

  /** The lock on the key, while there is one. */
  Optional<Tally> lockedOut(String key, Instant now) {
    State s = states.get(key);
    if (s == null || s.lockedUntil() == null || !s.lockedUntil().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(new Tally(s.failures(), s.lockedUntil(), true));
  }

  /** Refuses the attempt while the key is locked; otherwise counts it until it succeeds. */
  Tally attempt(String key, Instant now) {
    Tally[] tally = new Tally[1];
    states.compute(
        key,
        (k, s) -> {
          if (s != null && s.lockedUntil() != null && s.lockedUntil().isAfter(now)) {
            tally[0] = new Tally(s.failures(), s.lockedUntil(), true);
            return s;
          }
          int failures =
              rule.count(s == null ? 0 : s.failures(), s == null ? null : s.lastFailure(), now);
          Instant until = rule.lockedUntil(failures, now);
          tally[0] = new Tally(failures, until, false);
          return new State(failures, now, until);
        });
    if (states.size() > MAX_KEYS) {
      forget(now);
    }
    return tally[0];
  }

  void succeeded(String key) {
    states.remove(key);
  }

  int size() {
    return states.size();
  }

  private void forget(Instant now) {
    states.values().removeIf(s -> s.lastFailure().plus(rule.memory()).isBefore(now));
    if (states.size() > MAX_KEYS) {
      states.clear();
    }
  }
}
