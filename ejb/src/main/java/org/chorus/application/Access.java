package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.Refusal;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Participant;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.Membership;
import org.chorus.domain.organisation.Role;
import org.chorus.infrastructure.CallContext;

/** Who the caller is and what they may do; every service asks here before acting. */
@Stateless
public class Access {

  /** The signed-in account with its memberships, loaded once for a use case. */
  public record Caller(Account account, List<Membership> memberships) {

    /** What this caller may do in a localization; all false when they take no part in it. */
    public Participant in(Localization localization) {
      List<Role> roles =
          memberships.stream()
              .filter(m -> m.getSection().getId().equals(localization.getSection().getId()))
              .filter(m -> m.covers(localization.getTargetLocale().toLanguageTag()))
              .map(Membership::getRole)
              .toList();
      return new Participant(
          account.getUsername(),
          roles.contains(Role.TRANSLATOR),
          roles.contains(Role.REVIEWER),
          account.isCoordinator() || roles.contains(Role.SECTION_ADMIN));
    }

    /** Like {@link #in} but refuses a localization the caller takes no part in. */
    public Participant requirePart(Localization localization) {
      Participant p = in(localization);
      if (!p.takesPart()) {
        throw new ForbiddenException(
            Refusal.of("access.notMember", localization.getSection().getCode()));
      }
      return p;
    }

    /** Whether the caller may manage a section's members: a coordinator or its admin. */
    public boolean manages(org.chorus.domain.organisation.Section section) {
      return account.isCoordinator()
          || memberships.stream()
              .anyMatch(
                  m ->
                      m.getRole() == Role.SECTION_ADMIN
                          && m.getSection().getId().equals(section.getId()));
    }

    public List<Long> sectionIds() {
      return memberships.stream().map(m -> m.getSection().getId()).distinct().toList();
    }
  }

  @PersistenceContext private EntityManager em;

  @Inject private Accounts accounts;

  /** The signed-in account; refuses a call nobody signed in to. */
  public Account caller() {
    String username = CallContext.username();
    if (username == null) {
      throw new ForbiddenException(Refusal.of("access.signIn"));
    }
    return accounts
        .byUsername(username)
        .filter(Account::isActive)
        .orElseThrow(() -> new ForbiddenException(Refusal.of("access.signIn")));
  }

  /** The signed-in account with its memberships. */
  public Caller me() {
    Account a = caller();
    return new Caller(a, memberships(a));
  }

  public Account requireCoordinator() {
    Account a = caller();
    if (!a.isCoordinator()) {
      throw new ForbiddenException(Refusal.of("access.coordinatorsOnly"));
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

  /** The caller's organisation. */
  public org.chorus.domain.organisation.Tenant tenant() {
    return em.createQuery(
            "select t from Tenant t where t.code = :c", org.chorus.domain.organisation.Tenant.class)
        .setParameter("c", CallContext.tenant())
        .getSingleResult();
  }

  /** What the caller may do in a localization; refuses one they have no part in. */
  public Participant participant(Localization localization) {
    return me().requirePart(localization);
  }

  /**
   * The same as {@link #participant} in one query (the account with its memberships in the
   * localization's section), for the writes that must be fast.
   */
  public Participant participantIn(Localization localization) {
    String username = CallContext.username();
    if (username == null) {
      throw new ForbiddenException(Refusal.of("access.signIn"));
    }
    List<Object[]> rows =
        em.createQuery(
                "select a, m from Account a left join Membership m on m.account = a"
                    + " and m.section.id = :s where a.username = :u and a.active = true",
                Object[].class)
            .setParameter("s", localization.getSection().getId())
            .setParameter("u", username)
            .getResultList();
    if (rows.isEmpty()) {
      throw new ForbiddenException(Refusal.of("access.signIn"));
    }
    Account account = (Account) rows.get(0)[0];
    List<Membership> memberships =
        rows.stream().map(r -> (Membership) r[1]).filter(m -> m != null).toList();
    return new Caller(account, memberships).requirePart(localization);
  }
}
