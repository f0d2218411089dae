package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.chorus.application.Access.Caller;
import org.chorus.application.Views.MemberView;
import org.chorus.application.Views.SectionView;
import org.chorus.application.Views.Settings;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StateConflictException;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.Membership;
import org.chorus.domain.organisation.PasswordPolicy;
import org.chorus.domain.organisation.Role;
import org.chorus.domain.organisation.Section;
import org.chorus.domain.organisation.Tenant;
import org.chorus.infrastructure.PasswordHasher;

/**
 * Sections, their members and the organisation's settings. Coordinators manage sections and
 * settings; a section's admins (and coordinators) manage its members.
 */
@Stateless
public class OrganisationService {

  @PersistenceContext private EntityManager em;

  @Inject private Accounts accounts;
  @Inject private Access access;

  /** Every section with its members; what the caller may change is part of each. */
  public List<SectionView> sections() {
    Caller me = access.me();
    List<Membership> all =
        em.createQuery(
                "select m from Membership m join fetch m.account join fetch m.section",
                Membership.class)
            .getResultList();
    return em
        .createQuery("select s from Section s order by s.code", Section.class)
        .getResultList()
        .stream()
        .map(s -> view(s, all, me))
        .toList();
  }

  public SectionView createSection(String code, String name, List<String> locales) {
    access.requireCoordinator();
    if (code == null || !code.strip().matches("[A-Z0-9_-]{2,32}")) {
      throw new InvalidInputException(Refusal.of("section.code"));
    }
    boolean taken =
        !em.createQuery("select s.id from Section s where s.code = :c", Long.class)
            .setParameter("c", code.strip())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new StateConflictException(Refusal.of("section.taken", code.strip()));
    }
    Section s = new Section(code.strip(), "-", List.of(Locale.ENGLISH));
    s.update(name, locales);
    em.persist(s);
    em.flush();
    return sections().stream().filter(v -> v.id() == s.getId()).findFirst().orElseThrow();
  }

  public SectionView updateSection(long sectionId, String name, List<String> locales) {
    access.requireCoordinator();
    Section s = section(sectionId);
    for (String inUse :
        em.createQuery(
                "select distinct l.targetLocale from Localization l where l.section = :s",
                String.class)
            .setParameter("s", s)
            .getResultList()) {
      if (locales == null
          || locales.stream()
              .map(t -> Locale.forLanguageTag(t).toLanguageTag())
              .noneMatch(inUse::equals)) {
        throw new StateConflictException(Refusal.of("section.languageInUse", s.getCode(), inUse));
      }
    }
    s.update(name, locales);
    em.flush();
    return sections().stream().filter(v -> v.id() == sectionId).findFirst().orElseThrow();
  }

  /** Gives an account of the organisation a role in a section, for some or all of its locales. */
  public SectionView addMember(long sectionId, String username, String role, List<String> locales) {
    Caller me = access.me();
    Section s = section(sectionId);
    requireManager(me, s);
    Account a = accounts.named(username);
    Role r = role(role);
    boolean exists =
        !em.createQuery(
                "select m.id from Membership m where m.account = :a and m.section = :s"
                    + " and m.role = :r",
                Long.class)
            .setParameter("a", a)
            .setParameter("s", s)
            .setParameter("r", r)
            .getResultList()
            .isEmpty();
    if (exists) {
      throw new StateConflictException(
          switch (r) {
            case TRANSLATOR -> Refusal.of("member.alreadyTranslator", a.getUsername(), s.getCode());
            case REVIEWER -> Refusal.of("member.alreadyReviewer", a.getUsername(), s.getCode());
            case SECTION_ADMIN ->
                Refusal.of("member.alreadySectionAdmin", a.getUsername(), s.getCode());
          });
    }
    Membership m = new Membership(a, s, r);
    m.restrictTo(locales);
    em.persist(m);
    em.flush();
    return sections().stream().filter(v -> v.id() == sectionId).findFirst().orElseThrow();
  }

  public void removeMember(long membershipId) {
    Caller me = access.me();
    Membership m = em.find(Membership.class, membershipId);
    if (m == null) {
      throw new NotFoundException("Membership", membershipId);
    }
    requireManager(me, m.getSection());
    em.remove(m);
    em.flush();
  }

  /**
   * Opens an account in the caller's organisation (coordinators and section admins), with a first
   * password that the person changes.
   */
  public MemberView createAccount(String username, String displayName, String password) {
    Caller me = access.me();
    boolean admin =
        me.account().isCoordinator()
            || me.memberships().stream().anyMatch(m -> m.getRole() == Role.SECTION_ADMIN);
    if (!admin) {
      throw new ForbiddenException(Refusal.of("account.openForbidden"));
    }
    String name = username == null ? "" : username.strip();
    PasswordPolicy.check(name, password);
    // usernames are unique across organisations, so this looks beyond the caller's own
    Number taken =
        (Number)
            em.createNativeQuery("select count(*) from account where username = ?1")
                .setParameter(1, name)
                .getSingleResult();
    if (taken.intValue() > 0) {
      throw new StateConflictException(Refusal.of("account.usernameTaken", name));
    }
    Account a = new Account(name, displayName, PasswordHasher.hash(password.toCharArray()), false);
    // whoever opened the account knows this password: the person changes it before anything else
    a.requirePasswordChange();
    em.persist(a);
    em.flush();
    return new MemberView(0, a.getUsername(), a.getDisplayName(), null, List.of());
  }

  /**
   * Makes an account of the organisation a coordinator, or takes the role back; coordinators only,
   * and the organisation always keeps one.
   */
  public MemberView setCoordinator(String username, boolean coordinator) {
    access.requireCoordinator();
    Account a =
        accounts.byUsername(username).orElseThrow(() -> new NotFoundException("Account", username));
    if (!coordinator && a.isCoordinator()) {
      long coordinators =
          em.createQuery(
                  "select count(a) from Account a where a.coordinator = true and a.active = true",
                  Long.class)
              .getSingleResult();
      if (coordinators <= 1) {
        throw new StateConflictException(Refusal.of("account.onlyCoordinator", a.getUsername()));
      }
    }
    a.coordinate(coordinator);
    em.flush();
    return new MemberView(
        0, a.getUsername(), a.getDisplayName(), coordinator ? "COORDINATOR" : null, List.of());
  }

  public Settings settings() {
    access.caller();
    Tenant t = access.tenant();
    List<String> coordinators =
        em.createQuery(
                "select a.username from Account a where a.coordinator = true and a.active = true"
                    + " order by a.username",
                String.class)
            .getResultList();
    return new Settings(
        t.getName(),
        t.allowsSelfReview(),
        t.getWordsPerDay(),
        coordinators,
        t.preTranslateSubmits(),
        t.getPreTranslateFuzzyFrom());
  }

  public Settings configure(boolean allowSelfReview, int wordsPerDay) {
    access.requireCoordinator();
    access.tenant().configure(allowSelfReview, wordsPerDay);
    em.flush();
    return settings();
  }

  /**
   * Sets what pre-translation does (coordinators): exact matches in context become drafts or
   * submitted translations; matches from {@code fuzzyFrom} (50–100) on are filled in as drafts, or
   * none when it is null.
   */
  public Settings configurePreTranslation(boolean submitExact, Integer fuzzyFrom) {
    access.requireCoordinator();
    access.tenant().configurePreTranslation(submitExact, fuzzyFrom);
    em.flush();
    return settings();
  }

  /**
   * Keeps a section's translation memory private to its own localizations, or shares it with the
   * organisation: coordinators and the section's admins.
   */
  public SectionView keepMemoryPrivate(long sectionId, boolean keep) {
    Caller me = access.me();
    Section s = section(sectionId);
    if (!me.manages(s)) {
      throw new ForbiddenException(Refusal.of("memory.privacy.forbidden", s.getCode()));
    }
    s.keepMemoryPrivate(keep);
    em.flush();
    return sections().stream().filter(v -> v.id() == sectionId).findFirst().orElseThrow();
  }

  private static void requireManager(Caller me, Section s) {
    if (!me.manages(s)) {
      throw new ForbiddenException(Refusal.of("member.manageForbidden", s.getCode()));
    }
  }

  private Section section(long id) {
    Section s = em.find(Section.class, id);
    if (s == null) {
      throw new NotFoundException("Section", id);
    }
    return s;
  }

  private static Role role(String role) {
    try {
      return Role.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Refusal.of("member.role", role));
    }
  }

  private static SectionView view(Section s, List<Membership> all, Caller me) {
    List<MemberView> members =
        all.stream()
            .filter(m -> m.getSection().getId().equals(s.getId()))
            .sorted(
                Comparator.comparing((Membership m) -> m.getRole())
                    .thenComparing(m -> m.getAccount().getUsername()))
            .map(
                m ->
                    new MemberView(
                        m.getId(),
                        m.getAccount().getUsername(),
                        m.getAccount().getDisplayName(),
                        m.getRole().name(),
                        m.getLocales()))
            .toList();
    return new SectionView(
        s.getId(),
        s.getCode(),
        s.getName(),
        s.getLocales(),
        members,
        me.manages(s),
        me.account().isCoordinator(),
        s.isMemoryPrivate());
  }
}
