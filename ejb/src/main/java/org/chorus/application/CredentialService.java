package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.chorus.application.AccountDirectory.Accepted;
import org.chorus.application.AccountDirectory.Refused;
import org.chorus.application.AccountDirectory.Verdict;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StateConflictException;
import org.chorus.domain.TooManyAttemptsException;
import org.chorus.domain.organisation.AccessToken;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.PasswordPolicy;
import org.chorus.infrastructure.CallContext;
import org.chorus.infrastructure.PasswordHasher;

/**
 * What an account does with its own credentials: change its password, make, list and revoke its
 * personal access tokens. Nobody reaches another account's credentials here.
 */
@Stateless
public class CredentialService {

  /** A token as its owner sees it later: never its secret. */
  public record TokenView(
      long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt)
      implements Serializable {}

  /** A token just made, with the one sight of it that there will ever be. */
  public record NewToken(long id, String name, Instant createdAt, Instant expiresAt, String token)
      implements Serializable {}

  private static final int MAX_TOKENS = 20;
  private static final Logger LOG = Logger.getLogger(CredentialService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private AccountDirectory accounts;

  /**
   * Changes the caller's password once the current one is proven (braked like any sign-in), and
   * answers the new credentials epoch: every session opened before it ends. Tokens stay.
   */
  public int changePassword(String currentPassword, String newPassword, String address) {
    String username = CallContext.username();
    Verdict proof =
        accounts.verify(
            username, currentPassword == null ? null : currentPassword.toCharArray(), address);
    if (proof instanceof Refused refused) {
      throw new TooManyAttemptsException(refused.retryAfterSeconds());
    }
    if (!(proof instanceof Accepted)) {
      throw new ForbiddenException(Refusal.of("password.currentWrong"));
    }
    if (currentPassword.equals(newPassword)) {
      throw new InvalidInputException(Refusal.of("password.unchanged"));
    }
    PasswordPolicy.check(username, newPassword);
    Account a = access.caller();
    a.changePassword(PasswordHasher.hash(newPassword.toCharArray()));
    em.flush();
    LOG.info(() -> "Password changed for " + username + "; its other sessions end");
    return a.getCredentialsEpoch();
  }

  public NewToken createToken(String name, Instant expiresAt) {
    Account a = access.caller();
    if (a.mustChangePassword()) {
      throw new ForbiddenException(Refusal.of("password.changeFirst"));
    }
    long tokens =
        em.createQuery("select count(t) from AccessToken t where t.account = :a", Long.class)
            .setParameter("a", a)
            .getSingleResult();
    if (tokens >= MAX_TOKENS) {
      throw new StateConflictException(Refusal.of("token.tooMany", String.valueOf(MAX_TOKENS)));
    }
    String secret = AccessToken.newSecret();
    AccessToken t = new AccessToken(a, name, secret, expiresAt, Instant.now());
    em.persist(t);
    em.flush();
    LOG.info(() -> "Token " + t.getId() + " made for " + a.getUsername());
    return new NewToken(
        t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.presentable(secret));
  }

  /** The caller's tokens, newest first. */
  public List<TokenView> tokens() {
    return em.createQuery(
            "select t from AccessToken t where t.account = :a order by t.createdAt desc, t.id desc",
            AccessToken.class)
        .setParameter("a", access.caller())
        .getResultStream()
        .map(
            t ->
                new TokenView(
                    t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.getExpiresAt()))
        .toList();
  }

  /** Revokes one of the caller's tokens; anyone else's, of any organisation, is not found. */
  public void revokeToken(long id) {
    Account a = access.caller();
    AccessToken t = em.find(AccessToken.class, id);
    if (t == null || !t.getAccount().getId().equals(a.getId())) {
      throw new NotFoundException("Token", id);
    }
    em.remove(t);
    em.flush();
    LOG.info(() -> "Token " + id + " of " + a.getUsername() + " revoked");
  }
}
