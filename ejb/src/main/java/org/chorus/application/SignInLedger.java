package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.chorus.application.AccountDirectory.SignedIn;
import org.chorus.domain.organisation.AccessToken;
import org.chorus.domain.organisation.AccessToken.Presented;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.SignInBrake;
import org.chorus.domain.organisation.SignInBrake.Tally;
import org.chorus.infrastructure.CallContext;

/**
 * The database side of signing in, before anyone is known and so across tenants: an account's
 * credentials, its failed sign-ins in a row, and personal access tokens. Each call is a short
 * transaction of its own; none is open while a password is hashed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInLedger {

  /** What signing in needs to know of an account. */
  public record Credentials(
      long accountId, SignedIn who, String passwordHash, int failures, Instant lockedUntil) {}

  @PersistenceContext private EntityManager em;

  @Inject private Accounts accounts;
  @Inject private SignInLedger self;

  public Optional<Credentials> find(String username) {
    return CallContext.callAs(
        CallContext.ALL_TENANTS,
        null,
        () ->
            account(username)
                .map(
                    a ->
                        new Credentials(
                            a.getId(),
                            SignedIn.of(a),
                            a.getPasswordHash(),
                            a.getFailedSignIns(),
                            a.getSignInLockedUntil())));
  }

  /**
   * Counts an attempt on the account as failed until {@link #clear} takes it back, or refuses it
   * when another attempt has locked the account meanwhile. The row is locked while counting, so
   * that attempts on several servers at once are all counted.
   */
  public Tally count(long accountId, Instant now) {
    return CallContext.callAs(
        CallContext.ALL_TENANTS,
        null,
        () -> {
          Account a = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
          Optional<Instant> refused = a.signInRefusedUntil(now);
          if (refused.isPresent()) {
            return new Tally(a.getFailedSignIns(), refused.get(), true);
          }
          int failures = a.countSignInAttempt(now, SignInBrake.ACCOUNT);
          return new Tally(failures, a.getSignInLockedUntil(), false);
        });
  }

  /** A right password: the account's failures in a row are over. */
  public void clear(long accountId) {
    CallContext.callAs(
        CallContext.ALL_TENANTS,
        null,
        () -> {
          em.find(Account.class, accountId).signedIn();
          return null;
        });
  }

  /**
   * The account a token acts for, when the token is right and still works. A read without a
   * transaction of its own, as it comes with every API call; its use is noted (at most once a
   * minute) in a short one.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<SignedIn> token(Presented presented, Instant now) {
    return CallContext.callAs(
        CallContext.ALL_TENANTS,
        null,
        () ->
            em
                .createQuery(
                    "select t from AccessToken t join fetch t.account where t.id = :id",
                    AccessToken.class)
                .setParameter("id", presented.id())
                .getResultList()
                .stream()
                .filter(t -> t.admits(presented.secret(), now))
                .findFirst()
                .map(
                    t -> {
                      Instant before = t.getLastUsedAt();
                      t.used(now);
                      if (!Objects.equals(before, t.getLastUsedAt())) {
                        self.noteUse(t.getId(), now);
                      }
                      return SignedIn.of(t.getAccount());
                    }));
  }

  /** Notes when a token was last used. */
  public void noteUse(long tokenId, Instant now) {
    CallContext.callAs(
        CallContext.ALL_TENANTS,
        null,
        () -> {
          AccessToken t = em.find(AccessToken.class, tokenId);
          if (t != null) {
            t.used(now);
          }
          return null;
        });
  }

  private Optional<Account> account(String username) {
    return accounts.byUsername(username).filter(Account::isActive);
  }
}
