package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.application.Access.Caller;
import org.chorus.application.Views.WorkItem;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.localization.Assignment;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.TranslationState;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.Role;

/** Giving work to people, and each person's list of work by deadline. */
@Stateless
public class WorkService {

  /** States in which a segment still needs its translator. */
  private static final Set<TranslationState> TO_TRANSLATE =
      EnumSet.of(
          TranslationState.UNTRANSLATED,
          TranslationState.DRAFT,
          TranslationState.REJECTED,
          TranslationState.OUTDATED);

  @PersistenceContext private EntityManager em;

  @Inject private Accounts accounts;
  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private Overviews overviews;
  @Inject private LocalizationService localizations;

  /**
   * Assigns a localization, or segments {@code first}..{@code last} of it (from 1), to a member of
   * its section: translating to a translator, reviewing to a reviewer. Coordinators and the
   * section's admins assign.
   */
  public WorkItem assign(
      long localizationId, String username, String task, Integer first, Integer last) {
    Caller me = access.me();
    Localization loc = localizations.find(localizationId);
    if (!me.manages(loc.getSection())) {
      throw new ForbiddenException(Refusal.of("work.assignForbidden", loc.getSection().getCode()));
    }
    Assignment.Task t;
    try {
      t = Assignment.Task.valueOf(task == null ? "" : task.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Refusal.of("work.task", task));
    }
    Account assignee = accounts.named(username);
    Role needed = t == Assignment.Task.TRANSLATE ? Role.TRANSLATOR : Role.REVIEWER;
    String locale = loc.getTargetLocale().toLanguageTag();
    boolean fits =
        access.memberships(assignee).stream()
            .anyMatch(
                m ->
                    m.getSection().getId().equals(loc.getSection().getId())
                        && m.getRole() == needed
                        && m.covers(locale));
    if (!fits) {
      throw new InvalidInputException(
          needed == Role.TRANSLATOR
              ? Refusal.of(
                  "work.notTranslator", assignee.getUsername(), loc.getSection().getCode(), locale)
              : Refusal.of(
                  "work.notReviewer", assignee.getUsername(), loc.getSection().getCode(), locale));
    }
    int segments = documents.totals(documents.latestRevision(loc.getDocument())).segments();
    if (last != null && last > segments) {
      throw new InvalidInputException(Refusal.of("work.beyondEnd", String.valueOf(segments)));
    }
    Assignment a = new Assignment(loc, assignee, t, first, last, me.account().getUsername());
    em.persist(a);
    em.flush();
    return items(List.of(a), access.tenant().getWordsPerDay()).get(0);
  }

  public void unassign(long assignmentId) {
    Caller me = access.me();
    Assignment a = em.find(Assignment.class, assignmentId);
    if (a == null) {
      throw new NotFoundException("Assignment", assignmentId);
    }
    if (!me.manages(a.getLocalization().getSection())) {
      throw new ForbiddenException(Refusal.of("work.unassignForbidden"));
    }
    em.remove(a);
  }

  /** The work given out in a localization. */
  public List<WorkItem> ofLocalization(long localizationId) {
    Localization loc = localizations.find(localizationId);
    access.participant(loc);
    int pace = access.tenant().getWordsPerDay();
    return items(
        em.createQuery(
                "select a from Assignment a where a.localization = :l order by a.assignedAt",
                Assignment.class)
            .setParameter("l", loc)
            .getResultList(),
        pace);
  }

  /** The caller's work: what is assigned to them, due soonest first, then most urgent. */
  public List<WorkItem> mine() {
    Account me = access.caller();
    int pace = access.tenant().getWordsPerDay();
    return items(
            em.createQuery(
                    "select a from Assignment a join fetch a.localization where a.assignee = :me",
                    Assignment.class)
                .setParameter("me", me)
                .getResultList(),
            pace)
        .stream()
        .sorted(
            Comparator.comparing(
                    WorkItem::dueDate,
                    Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
                .thenComparing(w -> Deadlines.Urgency.valueOf(w.urgency())))
        .toList();
  }

  /**
   * The items of many assignments, with what is left of each: the state of every segment of their
   * localizations' current revisions is read in one query, not once per assignment.
   */
  private List<WorkItem> items(List<Assignment> assignments, int wordsPerDay) {
    if (assignments.isEmpty()) {
      return List.of();
    }
    List<Localization> locs =
        assignments.stream().map(Assignment::getLocalization).distinct().toList();
    List<Long> revisions =
        overviews
            .sources(
                locs.stream().map(l -> l.getDocument().getAppeal().getId()).distinct().toList())
            .values()
            .stream()
            .map(Overviews.Source::revisionId)
            .toList();
    Map<Long, List<Object[]>> segments = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                // explicit joins on the indexes (as in Overviews.progress): H2 plans the join
                // through the revision's document as a scan per row
                "select l.id, s.position, s.words, t.state from Localization l"
                    + " join Revision r on r.document = l.document"
                    + " join Segment s on s.revision = r"
                    + " left join Translation t on t.localization = l and t.segmentKey = s.key"
                    + " where l in :l and r.id in :r",
                Object[].class)
            .setParameter("r", revisions)
            .setParameter("l", locs)
            .getResultList()) {
      segments.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r);
    }
    return assignments.stream()
        .map(
            a ->
                item(a, segments.getOrDefault(a.getLocalization().getId(), List.of()), wordsPerDay))
        .toList();
  }

  /** An assignment with what is left of it, from its localization's segments and states. */
  private static WorkItem item(Assignment a, List<Object[]> segments, int wordsPerDay) {
    int segmentsLeft = 0;
    int wordsLeft = 0;
    for (Object[] s : segments) {
      if (!a.covers(((Number) s[1]).intValue())) {
        continue;
      }
      TranslationState state =
          s[3] == null ? TranslationState.UNTRANSLATED : (TranslationState) s[3];
      boolean left =
          a.getTask() == Assignment.Task.TRANSLATE
              ? TO_TRANSLATE.contains(state)
              : state != TranslationState.APPROVED;
      if (left) {
        segmentsLeft++;
        wordsLeft += ((Number) s[2]).intValue();
      }
    }
    Localization loc = a.getLocalization();
    var appeal = loc.getDocument().getAppeal();
    return new WorkItem(
        a.getId(),
        loc.getId(),
        appeal.getReference(),
        appeal.getTitle(),
        loc.getTargetLocale().toLanguageTag(),
        loc.getSection().getCode(),
        a.getAssignee().getUsername(),
        a.getTask().name(),
        a.getFirst(),
        a.getLast(),
        loc.getDueDate(),
        Deadlines.urgency(loc.getDueDate(), wordsLeft, wordsPerDay).name(),
        segmentsLeft,
        wordsLeft,
        a.getAssignedBy());
  }
}
