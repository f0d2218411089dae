package org.chorus.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import org.chorus.domain.TenantOwned;

/** Someone who signs in. Usernames are unique across tenants, so sign-in needs no tenant. */
@Entity
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

  @Version private long version;

  protected Account() {}

  public Account(String username, String displayName, String passwordHash, boolean coordinator) {
    if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,99}")) {
      throw new org.chorus.domain.InvalidInputException(
          "A username is 2 to 100 lower-case letters, digits, dots, dashes or underscores.");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
      throw new org.chorus.domain.InvalidInputException(
          "Give the person's name (200 characters at most).");
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
}
