package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Participant;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.Membership;
import org.chorus.domain.organisation.Role;
import org.chorus.infrastructure.CallContext;

/** Who the caller is and what they may do; every service asks here before acting. */
@Stateless
public class Access {

  @PersistenceContext private EntityManager em;

  public Account caller() {
    String username = CallContext.username();
    if (username == null) {
      throw new ForbiddenException("Sign in first.");
    }
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", username)
        .getResultStream()
        .filter(Account::isActive)
        .findFirst()
        .orElseThrow(() -> new ForbiddenException("Sign in first."));
  }

  public Account requireCoordinator() {
    Account a = caller();
    if (!a.isCoordinator()) {
      throw new ForbiddenException("Only coordinators may do this.");
    }
    return a;
  }

  public List<Membership> memberships(Account account) {
    return em.createQuery(
            "select m from Membership m join fetch m.section where m.account = :a",
            Membership.class)
        .setParameter("a", account)
        .getResultList();
  }

  /** What the caller may do in a localization; refuses one they have no part in. */
  public Participant participant(Localization localization) {
    Account a = caller();
    List<Role> roles =
        memberships(a).stream()
            .filter(m -> m.getSection().getId().equals(localization.getSection().getId()))
            .map(Membership::getRole)
            .toList();
    Participant p =
        new Participant(
            a.getUsername(),
            roles.contains(Role.TRANSLATOR),
            roles.contains(Role.REVIEWER),
            a.isCoordinator() || roles.contains(Role.SECTION_ADMIN));
    if (!p.takesPart() && !a.isCoordinator()) {
      throw new ForbiddenException(
          "You are not a member of section " + localization.getSection().getCode() + ".");
    }
    return p;
  }
}
