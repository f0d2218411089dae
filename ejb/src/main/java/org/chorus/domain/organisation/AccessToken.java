package org.chorus.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.domain.TenantOwned;

/**
 * A personal access token: API credentials that an account makes for a script or a tool, acts as
 * that account in its organisation, and revokes when it likes.
 *
 * <p>A token reads {@code chorus_<id>_<secret>}. The id finds the row with one indexed lookup; the
 * secret is 256 random bits, so a plain SHA-256 of it is all that is stored (a slow hash such as
 * PBKDF2 protects guessable passwords, not random ones) and checking a token costs a hash and a
 * constant-time comparison. The secret itself is shown once, when the token is made.
 */
@Entity
@Table(name = "access_token")
public class AccessToken extends TenantOwned {

  private static final String PREFIX = "chorus_";
  private static final Pattern FORM = Pattern.compile("chorus_([0-9]{1,18})_([A-Za-z0-9_-]{43})");
  private static final int SECRET_BYTES = 32;
  private static final int MAX_NAME = 100;

  /** Writing "last used" on every call would make every API call a write; once a minute will do. */
  private static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token as a client presented it: the row it names and the secret to check. */
  public record Presented(long id, String secret) {}

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(nullable = false)
  private String name;

  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected AccessToken() {}

  /** A token for the account whose secret is given; the secret is never kept. */
  public AccessToken(Account account, String name, String secret, Instant expiresAt, Instant now) {
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
      throw new InvalidInputException(Refusal.of("token.name", String.valueOf(MAX_NAME)));
    }
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new InvalidInputException(Refusal.of("token.expiry"));
    }
    this.account = account;
    this.name = name.strip();
    this.secretHash = hash(secret);
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** A new random secret, to give to one token and to show once. */
  public static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The token as its holder sends it, once the row has its id. */
  public String presentable(String secret) {
    return PREFIX + getId() + "_" + secret;
  }

  /** Reads what a client sent; nothing when it is not a Chorus token at all. */
  public static Optional<Presented> read(String token) {
    Matcher m = FORM.matcher(token == null ? "" : token.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Presented(Long.parseLong(m.group(1)), m.group(2)));
  }

  /** Whether the secret is this token's and the token still works at this moment. */
  public boolean admits(String secret, Instant now) {
    boolean matches =
        MessageDigest.isEqual(
            secretHash.getBytes(StandardCharsets.US_ASCII),
            hash(secret).getBytes(StandardCharsets.US_ASCII));
    return matches && (expiresAt == null || expiresAt.isAfter(now)) && account.isActive();
  }

  /** Notes a use, at a minute's grain. */
  public void used(Instant now) {
    if (lastUsedAt == null || lastUsedAt.plus(LAST_USED_GRAIN).isBefore(now)) {
      lastUsedAt = now;
    }
  }

  static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public Account getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public String getSecretHash() {
    return secretHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
