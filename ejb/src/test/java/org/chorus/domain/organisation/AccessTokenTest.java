package org.chorus.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.chorus.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class AccessTokenTest {

  private final Instant now = Instant.parse("2027-01-30T10:00:00Z");
  private final Account owner = new Account("amelie", "Amélie", "hash", false);

  @Test
  void onlyAHashOfTheSecretIsKept() {
    String secret = AccessToken.newSecret();
    AccessToken t = new AccessToken(owner, "feed reader", secret, null, now);
    assertNotEquals(secret, t.getSecretHash());
    assertFalse(t.getSecretHash().contains(secret));
    assertEquals(64, t.getSecretHash().length(), "SHA-256 in hex");
    assertTrue(t.admits(secret, now));
    assertFalse(t.admits(AccessToken.newSecret(), now));
  }

  @Test
  void secretsAreRandomAndReadBack() {
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String secret = AccessToken.newSecret();
      assertEquals(43, secret.length(), "256 bits in base64url");
      secrets.add(secret);
      AccessToken.Presented p = AccessToken.read("chorus_42_" + secret).orElseThrow();
      assertEquals(42, p.id());
      assertEquals(secret, p.secret());
    }
    assertEquals(100, secrets.size());
    assertTrue(AccessToken.read("chorus_42_short").isEmpty());
    assertTrue(AccessToken.read("amelie:chorus-demo").isEmpty());
    assertTrue(AccessToken.read(null).isEmpty());
  }

  @Test
  void anExpiredTokenNoLongerWorks() {
    String secret = AccessToken.newSecret();
    AccessToken t = new AccessToken(owner, "ci", secret, now.plus(Duration.ofHours(1)), now);
    assertTrue(t.admits(secret, now.plus(Duration.ofMinutes(59))));
    assertFalse(t.admits(secret, now.plus(Duration.ofHours(1))));
    assertThrows(
        InvalidInputException.class,
        () -> new AccessToken(owner, "ci", secret, now.minusSeconds(1), now),
        "an expiry in the past");
    assertThrows(InvalidInputException.class, () -> new AccessToken(owner, " ", secret, null, now));
  }

  @Test
  void lastUseIsNotedAtAMinutesGrain() {
    AccessToken t = new AccessToken(owner, "ci", AccessToken.newSecret(), null, now);
    t.used(now);
    assertEquals(now, t.getLastUsedAt());
    t.used(now.plusSeconds(30));
    assertEquals(now, t.getLastUsedAt(), "no write for every call");
    t.used(now.plusSeconds(61));
    assertEquals(now.plusSeconds(61), t.getLastUsedAt());
  }
}
