package org.chorus.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.chorus.domain.Refusal;
import org.chorus.domain.TenantOwned;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

/**
 * Someone who signs in. Usernames are unique across tenants, so sign-in needs no tenant.
 *
 * <p>The account also keeps its failed sign-ins in a row (so that every server brakes the same
 * guesser), a credentials epoch that every password change moves on (sessions remember the epoch
 * they were opened in and end when it moves), and whether its first password, chosen by whoever
 * opened the account, must still be changed. Only changed columns are written, so that a failed
 * sign-in counted meanwhile is never overwritten by an edit of something else.
 */
@Entity
@DynamicUpdate
public class Account extends TenantOwned {
  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean coordinator;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "ui_locale")
  private String uiLocale;

  @OptimisticLock(excluded = true)
  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @OptimisticLock(excluded = true)
  @Column(name = "last_failed_sign_in")
  private Instant lastFailedSignIn;

  @OptimisticLock(excluded = true)
  @Column(name = "sign_in_locked_until")
  private Instant signInLockedUntil;

  @Column(name = "credentials_epoch", nullable = false)
  private int credentialsEpoch;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Version private long version;

  protected Account() {}

  public Account(String username, String displayName, String passwordHash, boolean coordinator) {
    if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,99}")) {
      throw new org.chorus.domain.InvalidInputException(Refusal.of("account.username"));
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
      throw new org.chorus.domain.InvalidInputException(Refusal.of("account.name"));
    }
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.coordinator = coordinator;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isCoordinator() {
    return coordinator;
  }

  /** Makes the account a coordinator of its organisation, or not. */
  public void coordinate(boolean coordinator) {
    this.coordinator = coordinator;
  }

  public boolean isActive() {
    return active;
  }

  public String getUiLocale() {
    return uiLocale;
  }

  public void preferUiLocale(String languageTag) {
    this.uiLocale = languageTag;
  }

  /** Until when sign-in attempts are refused, if they are now. */
  public Optional<Instant> signInRefusedUntil(Instant now) {
    return Optional.ofNullable(signInLockedUntil).filter(until -> until.isAfter(now));
  }

  /**
   * Counts a sign-in attempt as failed before its password is checked, so that attempts sent at
   * once, to any server, all count; {@link #signedIn} takes it back. Returns the failures in a row,
   * this one included.
   */
  public int countSignInAttempt(Instant now, SignInBrake brake) {
    failedSignIns = brake.count(failedSignIns, lastFailedSignIn, now);
    lastFailedSignIn = now;
    signInLockedUntil = brake.lockedUntil(failedSignIns, now);
    return failedSignIns;
  }

  public int getFailedSignIns() {
    return failedSignIns;
  }

  public Instant getSignInLockedUntil() {
    return signInLockedUntil;
  }

  /** A right password: the failures in a row are over. */
  public void signedIn() {
    failedSignIns = 0;
    lastFailedSignIn = null;
    signInLockedUntil = null;
  }

  /** Moves on with every password change; a session opened in another epoch is over. */
  public int getCredentialsEpoch() {
    return credentialsEpoch;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** The account was opened by someone else, who knows its first password. */
  public void requirePasswordChange() {
    mustChangePassword = true;
  }

  /** Takes a new password (already checked and hashed); every other session of the account ends. */
  public void changePassword(String newPasswordHash) {
    passwordHash = newPasswordHash;
    credentialsEpoch++;
    mustChangePassword = false;
  }
}
