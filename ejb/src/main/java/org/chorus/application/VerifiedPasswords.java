package org.chorus.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.chorus.application.SignInLedger.Credentials;

/**
 * Passwords verified a moment ago, so that an API client sending HTTP Basic with every call does
 * not pay PBKDF2 each time. Entries are keyed by an HMAC of username and password under a key that
 * exists only in this server's memory, so the cache holds nothing that helps to guess a password;
 * an entry holds only in the credentials epoch it was verified in, so a password change ends it at
 * once, on every server.
 */
final class VerifiedPasswords {

  private static final Duration TRUST = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(long accountId, int epoch, Instant until) {}

  private final SecretKeySpec key;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  VerifiedPasswords() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  boolean trusts(Credentials account, char[] password, Instant now) {
    Entry e = entries.get(fingerprint(account.who().username(), password));
    return e != null
        && e.accountId() == account.accountId()
        && e.epoch() == account.who().credentialsEpoch()
        && e.until().isAfter(now);
  }

  void remember(Credentials account, char[] password, Instant now) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> !e.until().isAfter(now));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(
        fingerprint(account.who().username(), password),
        new Entry(account.accountId(), account.who().credentialsEpoch(), now.plus(TRUST)));
  }

  private String fingerprint(String username, char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
