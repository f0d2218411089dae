package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.chorus.application.Views.Me;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.Membership;
import org.chorus.domain.organisation.Section;
import org.chorus.domain.organisation.Tenant;
import org.chorus.infrastructure.CallContext;
import org.chorus.infrastructure.PasswordHasher;

/** Sign-in: checks passwords and tells who an account is. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccountDirectory {

  /** Who signed in, and the tenant their calls run in. */
  public record SignedIn(String username, String tenant, String displayName, List<String> groups) {}

  /**
   * PBKDF2 is slow on purpose; an API client that sends Basic credentials with every call would pay
   * it each time. A verified (username, password digest) pair is trusted for a short while.
   */
  private static final Duration TRUST = Duration.ofMinutes(5);

  private static final Map<String, Instant> RECENTLY_VERIFIED = new ConcurrentHashMap<>();

  @PersistenceContext private EntityManager em;
  @Inject private Access access;

  public Optional<SignedIn> verify(String username, char[] password) {
    return CallContext.callAs(
        CallContext.ALL_TENANTS,
        null,
        () -> {
          Optional<Account> account = account(username);
          if (account.isEmpty()) {
            PasswordHasher.matches(password, DUMMY_HASH);
            return Optional.empty();
          }
          String cacheKey =
              username
                  + ":"
                  + Revision.sha256(new String(password).getBytes(StandardCharsets.UTF_8));
          Instant trusted = RECENTLY_VERIFIED.get(cacheKey);
          boolean ok =
              (trusted != null && trusted.isAfter(Instant.now()))
                  || PasswordHasher.matches(password, account.get().getPasswordHash());
          if (!ok) {
            return Optional.empty();
          }
          RECENTLY_VERIFIED.put(cacheKey, Instant.now().plus(TRUST));
          return Optional.of(signedIn(account.get()));
        });
  }

  /** The account behind a session, if it still exists and may sign in. */
  public Optional<SignedIn> lookup(String username) {
    return CallContext.callAs(
        CallContext.ALL_TENANTS, null, () -> account(username).map(this::signedIn));
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
    return new Me(a.getUsername(), a.getDisplayName(), t.getName(), a.isCoordinator(), roles);
  }

  private Optional<Account> account(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", username.strip())
        .getResultStream()
        .filter(Account::isActive)
        .findFirst();
  }

  private SignedIn signedIn(Account a) {
    List<String> groups = new ArrayList<>(List.of("user"));
    if (a.isCoordinator()) {
      groups.add("coordinator");
    }
    return new SignedIn(a.getUsername(), a.getTenantId(), a.getDisplayName(), groups);
  }

  /** Spends the same time on unknown usernames as on known ones. */
  private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password".toCharArray());
}
