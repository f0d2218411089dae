package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.chorus.application.SignInLedger.Credentials;
import org.chorus.application.Views.Me;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.domain.organisation.AccessToken;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.Membership;
import org.chorus.domain.organisation.Section;
import org.chorus.domain.organisation.SignInBrake.Tally;
import org.chorus.domain.organisation.Tenant;
import org.chorus.infrastructure.PasswordHasher;

/**
 * Sign-in: checks passwords and personal access tokens, brakes guessing, and tells who an account
 * is.
 *
 * <p>Failed attempts in a row are braked per account (in the database, so that every server brakes
 * the same guesser), per username that no account has (in memory, so that trying names brakes the
 * same way and tells nothing) and per address (in memory). Once the free failures are spent,
 * attempts are refused for a growing while without even checking the password. Every refusal and
 * every lock is logged with the username, the address and the count; never the password. A token
 * has 256 random bits, so a locked account's tokens keep working (whoever guesses at its password
 * cannot stop its scripts); failed tokens count towards their address's brake.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountDirectory {

  /** Who signed in, the tenant their calls run in, and the state of their credentials. */
  public record SignedIn(
      String username,
      String tenant,
      String displayName,
      List<String> groups,
      int credentialsEpoch,
      boolean mustChangePassword) {

    static SignedIn of(Account a) {
      List<String> groups = new ArrayList<>(List.of("user"));
      if (a.isCoordinator()) {
        groups.add("coordinator");
      }
      return new SignedIn(
          a.getUsername(),
          a.getTenantId(),
          a.getDisplayName(),
          groups,
          a.getCredentialsEpoch(),
          a.mustChangePassword());
    }
  }

  /** What became of a sign-in attempt. */
  public sealed interface Verdict {}

  public record Accepted(SignedIn who) implements Verdict {}

  /** Refused unchecked: too many failures in a row; try again after this many seconds. */
  public record Refused(long retryAfterSeconds) implements Verdict {}

  /** Wrong username, password or token (which of them is not told). */
  public record Wrong() implements Verdict {}

  private static final Logger LOG = Logger.getLogger(AccountDirectory.class.getName());

  /** Spends the same time on unknown usernames as on known ones. */
  private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password".toCharArray());

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private SignInLedger ledger;
  @Inject private SignInMemory memory;

  /**
   * Checks a username and password sent from an address (sign-in page, HTTP Basic). Refused
   * attempts are not counted again; an attempt that gets as far as the password counts as failed
   * from its start, so that a burst sent at once is braked too.
   */
  public Verdict verify(String username, char[] password, String address) {
    Instant now = Instant.now();
    String name = username == null ? "" : username.strip();
    char[] secret = password == null ? new char[0] : password;
    String from = SignInMemory.addressKey(address);
    Optional<Tally> addressLock = memory.addresses().lockedOut(from, now);
    if (addressLock.isPresent()) {
      return refused("from this address", name, address, addressLock.get(), now);
    }
    Optional<Credentials> found = ledger.find(name);
    if (found.isEmpty()) {
      return unknown(name, secret, address, now);
    }
    Credentials account = found.get();
    if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
      return refused(
          "on this account",
          name,
          address,
          new Tally(account.failures(), account.lockedUntil(), true),
          now);
    }
    if (memory.passwords().trusts(account, secret, now)) {
      return accepted(account.who(), from);
    }
    Tally byAddress = memory.addresses().attempt(from, now);
    if (byAddress.refused()) {
      return refused("from this address", name, address, byAddress, now);
    }
    Tally byAccount = ledger.count(account.accountId(), now);
    if (byAccount.refused()) {
      return refused("on this account", name, address, byAccount, now);
    }
    if (PasswordHasher.matches(secret, account.passwordHash())) {
      ledger.clear(account.accountId());
      memory.passwords().remember(account, secret, now);
      return accepted(account.who(), from);
    }
    logLock("the account", name, address, byAccount, now);
    logLock("the address", name, address, byAddress, now);
    return new Wrong();
  }

  /**
   * Checks a personal access token ({@code Authorization: Bearer}) sent from an address. Only a
   * wrong token counts towards the address's brake: a token cannot be guessed, so calls in flight
   * are not counted as failed beforehand (a script's fifty calls at once would lock its own
   * address); a locked address is refused all the same.
   */
  public Verdict verifyToken(String token, String address) {
    Instant now = Instant.now();
    String from = SignInMemory.addressKey(address);
    Optional<Tally> locked = memory.addresses().lockedOut(from, now);
    if (locked.isPresent()) {
      return refused("from this address", "(a token)", address, locked.get(), now);
    }
    Optional<SignedIn> who = AccessToken.read(token).flatMap(t -> ledger.token(t, now));
    if (who.isEmpty()) {
      Tally byAddress = memory.addresses().attempt(from, now);
      if (byAddress.refused()) {
        return refused("from this address", "(a token)", address, byAddress, now);
      }
      logLock("the address", "(a token)", address, byAddress, now);
      return new Wrong();
    }
    return accepted(who.get(), from);
  }

  /** The account behind a session, if it still exists and may sign in. */
  public Optional<SignedIn> lookup(String username) {
    return ledger.find(username).map(Credentials::who);
  }

  /** The caller, with their tenant and roles. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Me me() {
    Account a = access.caller();
    Tenant t =
        em.createQuery("select t from Tenant t where t.code = :c", Tenant.class)
            .setParameter("c", a.getTenantId())
            .getSingleResult();
    List<String> roles = new ArrayList<>();
    for (Membership m : access.memberships(a)) {
      Section s = m.getSection();
      roles.add(m.getRole().name() + " " + s.getCode() + " " + String.join(",", s.getLocales()));
    }
    return new Me(
        a.getUsername(),
        a.getDisplayName(),
        t.getName(),
        a.isCoordinator(),
        roles,
        a.getUiLocale());
  }

  /** The languages the pages speak. */
  public static final List<String> UI_LANGUAGES = List.of("en", "fr", "ar", "es");

  /** The caller chooses the language of the pages (null or empty: their browser's). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Me chooseLanguage(String language) {
    String tag = language == null ? "" : language.strip();
    if (!tag.isEmpty() && !UI_LANGUAGES.contains(tag)) {
      throw new InvalidInputException(
          Refusal.of("account.noSuchLanguage", tag, String.join(", ", UI_LANGUAGES)));
    }
    access.caller().preferUiLocale(tag.isEmpty() ? null : tag);
    return me();
  }

  private Verdict unknown(String name, char[] password, String address, Instant now) {
    Tally byName = memory.unknownNames().attempt(name.toLowerCase(Locale.ROOT), now);
    if (byName.refused()) {
      return refused("on this account", name, address, byName, now);
    }
    Tally byAddress = memory.addresses().attempt(SignInMemory.addressKey(address), now);
    if (byAddress.refused()) {
      return refused("from this address", name, address, byAddress, now);
    }
    PasswordHasher.matches(password, DUMMY_HASH);
    logLock("the account", name, address, byName, now);
    logLock("the address", name, address, byAddress, now);
    return new Wrong();
  }

  private Verdict accepted(SignedIn who, String addressKey) {
    memory.addresses().succeeded(addressKey);
    return new Accepted(who);
  }

  private static Verdict refused(
      String where, String name, String address, Tally tally, Instant now) {
    long seconds = tally.secondsLeft(now);
    LOG.warning(
        () ->
            "Sign-in refused for "
                + printable(name)
                + " from "
                + address
                + ": "
                + tally.failures()
                + " failed attempts in a row "
                + where
                + ", locked for "
                + seconds
                + " more seconds");
    return new Refused(seconds);
  }

  private static void logLock(String what, String name, String address, Tally tally, Instant now) {
    if (tally.lockedUntil() != null) {
      LOG.warning(
          () ->
              "Sign-in locked for "
                  + what
                  + " for "
                  + tally.secondsLeft(now)
                  + " seconds after "
                  + tally.failures()
                  + " failed attempts in a row (username "
                  + printable(name)
                  + ", address "
                  + address
                  + ")");
    }
  }

  /** A username as sent can hold anything; the log gets it on one line, shortened. */
  private static String printable(String name) {
    String line = name.replaceAll("\\p{Cntrl}", "?");
    return "\"" + (line.length() > 100 ? line.substring(0, 100) + "…" : line) + "\"";
  }
}
