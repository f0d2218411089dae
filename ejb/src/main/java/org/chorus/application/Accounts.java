package org.chorus.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.domain.organisation.Account;

/** The accounts by username: the one place this lookup is written. */
@Dependent
class Accounts {

  @PersistenceContext private EntityManager em;

  /** The account with this username (surrounding spaces aside); none for null or blank. */
  Optional<Account> byUsername(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", username.strip())
        .getResultStream()
        .findFirst();
  }

  /** The account with this username, which a request names: refused when there is none. */
  Account named(String username) {
    return byUsername(username)
        .orElseThrow(() -> new InvalidInputException(Refusal.of("account.none", username)));
  }
}
