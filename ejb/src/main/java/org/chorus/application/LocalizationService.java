package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chorus.application.Access.Caller;
import org.chorus.application.Views.LocalizationView;
import org.chorus.application.Views.SegmentView;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StaleWriteException;
import org.chorus.domain.StateConflictException;
import org.chorus.domain.appeal.Appeal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Origin;
import org.chorus.domain.localization.Participant;
import org.chorus.domain.localization.SegmentAction;
import org.chorus.domain.localization.SegmentComment;
import org.chorus.domain.localization.SegmentRights;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.localization.TranslationEvent;
import org.chorus.domain.localization.TranslationState;
import org.chorus.infrastructure.CallContext;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.PlaceholderMismatchException;
import org.chorus.translations.checks.Issue;
import org.chorus.translations.checks.QualityChecks;
import org.chorus.translations.revision.WordDiff;
import org.chorus.translations.terminology.TermFinder;

/** Translating and reviewing the segments of a localization. */
@Stateless
public class LocalizationService {

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private Overviews overviews;
  @Inject private Checks checks;
  @Inject private LocalizationService self;
  @Inject private MemoryService memory;
  @Inject private Event<SegmentsChanged> changes;

  /** The translation as committed now, read outside the caller's (failed) transaction. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
  public Translation currentTranslation(long localizationId, String key) {
    return translation(find(localizationId), key);
  }

  /**
   * Every localization of an appeal with its progress: the whole organisation may follow an appeal;
   * what the caller may do in each is part of the view.
   */
  public List<LocalizationView> ofAppeal(long appealId) {
    Caller me = access.me();
    int pace = access.tenant().getWordsPerDay();
    if (em.find(Appeal.class, appealId) == null) {
      throw new NotFoundException("Appeal", appealId);
    }
    return views(
        em.createQuery(
                "select l from Localization l join fetch l.section join fetch l.document"
                    + " join l.document d where d.appeal.id = :a order by l.targetLocale",
                Localization.class)
            .setParameter("a", appealId)
            .getResultList(),
        me,
        pace);
  }

  /**
   * The localizations of the caller's sections (all of them for a coordinator), most urgent first:
   * overdue, at risk, on track, done; by due date within each.
   */
  public List<LocalizationView> mine() {
    Caller me = access.me();
    int pace = access.tenant().getWordsPerDay();
    String query =
        "select l from Localization l join fetch l.section join fetch l.document"
            + " join l.document d join d.appeal a"
            + (me.account().isCoordinator() ? "" : " where l.section.id in :sections")
            + " order by l.dueDate nulls last, a.reference, l.targetLocale";
    var q = em.createQuery(query, Localization.class);
    if (!me.account().isCoordinator()) {
      if (me.sectionIds().isEmpty()) {
        return List.of();
      }
      q.setParameter("sections", me.sectionIds());
    }
    return views(q.getResultList(), me, pace).stream()
        .sorted(
            java.util.Comparator.comparing(
                (LocalizationView v) -> Deadlines.Urgency.valueOf(v.urgency())))
        .toList();
  }

  public LocalizationView view(long localizationId) {
    Localization loc = find(localizationId);
    Caller me = access.me();
    me.requirePart(loc);
    return view(loc, me);
  }

  public List<SegmentView> segments(long localizationId) {
    Localization loc = find(localizationId);
    Participant p = access.participant(loc);
    boolean selfReview = access.tenant().allowsSelfReview();
    Map<String, Translation> byKey =
        translations(loc).stream()
            .collect(Collectors.toMap(Translation::getSegmentKey, Function.identity()));
    Revision latest = documents.latestRevision(loc.getDocument());
    List<Segment> segments = documents.segments(latest);
    Map<String, Long> sameText =
        segments.stream()
            .collect(Collectors.groupingBy(Segment::getSourceText, Collectors.counting()));
    Map<String, Long> comments = commentCounts(loc);
    Map<String, List<Issue>> issues = checks.all(loc, latest, segments, byKey);
    TermFinder terms = checks.finder(loc);
    Map<String, String> reviewed = lastReviewed(loc, submitted(byKey.values()));
    return segments.stream()
        .map(
            s ->
                segmentView(
                    s,
                    byKey.get(s.getKey()),
                    sameText.get(s.getSourceText()).intValue() - 1,
                    comments.getOrDefault(s.getKey(), 0L).intValue(),
                    actions(s, byKey.get(s.getKey()), p, selfReview),
                    Checks.views(issues.get(s.getKey())),
                    Checks.terms(terms, s.getSourceText()),
                    reviewed.get(s.getKey())))
        .toList();
  }

  /** The keys of the submitted translations among these. */
  private static List<String> submitted(Collection<Translation> translations) {
    return translations.stream()
        .filter(t -> t.getState() == TranslationState.TRANSLATED)
        .map(Translation::getSegmentKey)
        .toList();
  }

  /** Most rows one page of the editor shows. */
  public static final int MAX_PAGE = 200;

  /**
   * One page of the segments a filter selects, in document order, with what the caller may do on
   * each: the editor's rows, read by aggregate queries (never the whole localization).
   *
   * @param state a state name, or null or empty for all
   * @param mine only the segments assigned to the caller
   * @param query words the source or the translation contains
   */
  public Views.SegmentPage page(
      long localizationId, String state, boolean mine, String query, int first, int max) {
    Localization loc = find(localizationId);
    Participant p = access.participant(loc);
    boolean selfReview = access.tenant().allowsSelfReview();
    Revision revision = documents.latestRevision(loc.getDocument());
    SegmentSearch search = SegmentSearch.of(state, mine ? assignedTo(loc, p) : null, query);
    List<Segment> rows =
        search.page(em, loc, revision, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE));
    if (rows.isEmpty()) {
      return new Views.SegmentPage(
          List.of(), (int) search.count(em, loc, revision), revision.getNumber());
    }
    List<String> keys = rows.stream().map(Segment::getKey).toList();
    Map<String, Translation> byKey =
        em.createQuery(
                "select t from Translation t where t.localization = :l and t.segmentKey in :k",
                Translation.class)
            .setParameter("l", loc)
            .setParameter("k", keys)
            .getResultStream()
            .collect(Collectors.toMap(Translation::getSegmentKey, Function.identity()));
    Map<String, Long> sameText =
        em.createQuery(
                "select s.sourceText, count(s) from Segment s where s.revision = :r"
                    + " and s.sourceText in :x group by s.sourceText",
                Object[].class)
            .setParameter("r", revision)
            .setParameter("x", rows.stream().map(Segment::getSourceText).distinct().toList())
            .getResultStream()
            .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    Map<String, Long> comments =
        em.createQuery(
                "select c.segmentKey, count(c) from SegmentComment c where c.localization = :l"
                    + " and c.segmentKey in :k group by c.segmentKey",
                Object[].class)
            .setParameter("l", loc)
            .setParameter("k", keys)
            .getResultStream()
            .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    Map<String, List<Issue>> issues = checks.some(loc, revision, rows, byKey);
    TermFinder terms = checks.finder(loc);
    Map<String, String> reviewed = lastReviewed(loc, submitted(byKey.values()));
    List<SegmentView> views =
        rows.stream()
            .map(
                s ->
                    segmentView(
                        s,
                        byKey.get(s.getKey()),
                        sameText.getOrDefault(s.getSourceText(), 1L).intValue() - 1,
                        comments.getOrDefault(s.getKey(), 0L).intValue(),
                        actions(s, byKey.get(s.getKey()), p, selfReview),
                        Checks.views(issues.get(s.getKey())),
                        Checks.terms(terms, s.getSourceText()),
                        reviewed.get(s.getKey())))
            .toList();
    int total =
        rows.size() < max && first <= 0 ? rows.size() : (int) search.count(em, loc, revision);
    return new Views.SegmentPage(views, total, revision.getNumber());
  }

  /** How many segments a filter selects (see {@link #page}). */
  public int countSegments(long localizationId, String state, boolean mine, String query) {
    Localization loc = find(localizationId);
    Participant p = access.participant(loc);
    return (int)
        SegmentSearch.of(state, mine ? assignedTo(loc, p) : null, query)
            .count(em, loc, documents.latestRevision(loc.getDocument()));
  }

  /** The caller's assignments in a localization. */
  private List<org.chorus.domain.localization.Assignment> assignedTo(
      Localization loc, Participant p) {
    return em.createQuery(
            "select a from Assignment a where a.localization = :l and a.assignee.username = :u",
            org.chorus.domain.localization.Assignment.class)
        .setParameter("l", loc)
        .setParameter("u", p.username())
        .getResultList();
  }

  private Map<String, Long> commentCounts(Localization loc) {
    return em
        .createQuery(
            "select c.segmentKey, count(c) from SegmentComment c where c.localization = :l"
                + " group by c.segmentKey",
            Object[].class)
        .setParameter("l", loc)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
  }

  /**
   * Saves a draft. A sentence that repeats in the appeal is translated once: its twins that are
   * still untranslated get the same text as a draft, marked as propagated.
   */
  public SegmentView saveDraft(long localizationId, String key, String text, long basedOn) {
    return saveDraft(localizationId, key, text, basedOn, null);
  }

  /**
   * Saves a draft that the translator took from a memory match (the unit's id), or typed when
   * {@code match} is null: the history says origin MEMORY with the match's score, which the server
   * computes itself; a unit the localization may not use is not found.
   */
  public SegmentView saveDraft(
      long localizationId, String key, String text, long basedOn, Long match) {
    return change(
        localizationId,
        key,
        basedOn,
        (target, p, alsoChanged) -> {
          Translation t = target.translation();
          t.rights(p, false, false).require(SegmentAction.EDIT);
          try {
            InlineCodes.check(target.segment().getSourceText(), text == null ? "" : text);
          } catch (PlaceholderMismatchException e) {
            throw PlaceholderRefusals.refusal(
                e, SegmentTokens.decode(target.segment().getTokens()));
          }
          TranslationEvent saved =
              match == null
                  ? t.saveDraft(text, p, Origin.EDITOR)
                  : t.saveFromMemory(
                      text, p, memory.scoreOf(target.localization(), target.segment(), match));
          if (target.twins() > 0) {
            alsoChanged.addAll(propagate(t, p, target.segment()));
          }
          return saved;
        });
  }

  /** Offers a saved translation to the untranslated twins of its sentence; answers those taken. */
  private List<Translation> propagate(Translation t, Participant p, Segment source) {
    List<Translation> taken = new ArrayList<>();
    for (Translation twin : twins(t.getLocalization(), source)) {
      if (twin.getState() == TranslationState.UNTRANSLATED && !twin.isRetired()) {
        em.persist(twin.saveDraft(t.getText(), p, Origin.PROPAGATION));
        taken.add(twin);
      }
    }
    return taken;
  }

  /** The translations of the other segments of the same revision with the same source text. */
  private List<Translation> twins(Localization loc, Segment source) {
    return em.createQuery(
            "select t from Translation t join Segment s on s.key = t.segmentKey"
                + " where t.localization = :l and s.revision = :r and s.sourceText = :x"
                + " and s.key <> :k",
            Translation.class)
        .setParameter("l", loc)
        .setParameter("r", source.getRevision())
        .setParameter("x", source.getSourceText())
        .setParameter("k", source.getKey())
        .getResultList();
  }

  /**
   * Replaces an adaptable sentence with the section's own text (its embassy, its address); the
   * placeholder check against the source does not apply to it.
   */
  public SegmentView adapt(long localizationId, String key, String text, long basedOn) {
    return change(
        localizationId,
        key,
        basedOn,
        (target, p, alsoChanged) -> {
          Segment source = target.segment();
          Translation t = target.translation();
          t.rights(p, source.isAdaptable(), false).require(SegmentAction.ADAPT);
          try {
            InlineCodes.checkAdapted(source.getSourceText(), text == null ? "" : text);
          } catch (PlaceholderMismatchException e) {
            throw PlaceholderRefusals.refusal(e, SegmentTokens.decode(source.getTokens()));
          }
          return t.adapt(text, p, source.isAdaptable());
        });
  }

  /** Sets a localization's due date: coordinators and the section's admins. */
  public LocalizationView setDueDate(long localizationId, java.time.LocalDate due) {
    Localization loc = find(localizationId);
    Caller me = access.me();
    if (!me.manages(loc.getSection())) {
      throw new ForbiddenException(
          Refusal.of("localization.dueForbidden", loc.getSection().getCode()));
    }
    loc.dueOn(due);
    em.flush();
    return view(loc, me);
  }

  /** What a bulk approval did. */
  public record BulkReport(int approved, List<String> skipped) implements java.io.Serializable {}

  /**
   * Approves exactly the submitted translations the reviewer saw: each key with the version it was
   * shown at. One that changed since, or that the reviewer may not approve (their own), is skipped
   * and reported; the others are approved.
   */
  public BulkReport approveAll(long localizationId, Map<String, Long> versions) {
    Localization loc = find(localizationId);
    Participant p = access.participant(loc);
    if (!p.reviews()) {
      throw new ForbiddenException(Refusal.of("segment.approveReviewersOnly"));
    }
    if (versions == null || versions.isEmpty()) {
      throw new InvalidInputException(Refusal.of("localization.nothingToApprove"));
    }
    boolean selfReview = access.tenant().allowsSelfReview();
    Map<String, Translation> byKey =
        translations(loc).stream()
            .collect(Collectors.toMap(Translation::getSegmentKey, Function.identity()));
    Revision latest = documents.latestRevision(loc.getDocument());
    List<Segment> segments = documents.segments(latest);
    Map<String, Segment> current =
        segments.stream().collect(Collectors.toMap(Segment::getKey, Function.identity()));
    Map<String, List<Issue>> issues = checks.all(loc, latest, segments, byKey);
    List<SegmentsChanged.Changed> approved = new ArrayList<>();
    List<Translation> approvedRows = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Map.Entry<String, Long> e : versions.entrySet()) {
      Translation t = byKey.get(e.getKey());
      Segment s = current.get(e.getKey());
      if (t == null || s == null) {
        throw new NotFoundException("Segment", e.getKey());
      }
      String label = "Segment " + (s.getPosition() + 1) + ": ";
      var refused = t.rights(p, s.isAdaptable(), selfReview).refusal(SegmentAction.APPROVE);
      if (e.getValue() == null || t.getVersion() != e.getValue()) {
        skipped.add(label + "it changed since you saw it.");
      } else if (refused.isPresent()) {
        skipped.add(label + refused.get().getMessage());
      } else if (QualityChecks.blocks(issues.getOrDefault(e.getKey(), List.of()))) {
        skipped.add(label + blockingMessages(issues.get(e.getKey())));
      } else {
        em.persist(t.approve(p, selfReview));
        approvedRows.add(t);
      }
    }
    memory.remember(localizationId, approvedRows.stream().map(Translation::getSegmentKey).toList());
    em.flush();
    approvedRows.forEach(
        t -> approved.add(new SegmentsChanged.Changed(t.getSegmentKey(), t.getVersion())));
    if (!approved.isEmpty()) {
      changes.fire(
          new SegmentsChanged(
              CallContext.tenant(), localizationId, approved, p.username(), System.nanoTime()));
    }
    return new BulkReport(approved.size(), skipped);
  }

  /** The comments on a segment, oldest first. */
  public List<Views.CommentView> comments(long localizationId, String key) {
    Localization loc = find(localizationId);
    access.participant(loc);
    translation(loc, key);
    return em
        .createQuery(
            "select c from SegmentComment c where c.localization = :l and c.segmentKey = :k"
                + " order by c.createdAt, c.id",
            SegmentComment.class)
        .setParameter("l", loc)
        .setParameter("k", key)
        .getResultList()
        .stream()
        .map(c -> new Views.CommentView(c.getAuthor(), c.getBody(), c.getCreatedAt()))
        .toList();
  }

  public Views.CommentView comment(long localizationId, String key, String body) {
    Localization loc = find(localizationId);
    Participant p = access.participant(loc);
    Translation t = translation(loc, key);
    SegmentComment c = new SegmentComment(loc, key, p.username(), body);
    em.persist(c);
    em.flush();
    // the segment's comment count changed: its row is shown again
    changes.fire(
        new SegmentsChanged(
            CallContext.tenant(),
            localizationId,
            List.of(new SegmentsChanged.Changed(key, t.getVersion())),
            p.username(),
            0));
    return new Views.CommentView(c.getAuthor(), c.getBody(), c.getCreatedAt());
  }

  /** Every change of a segment's translation, newest first. */
  public List<Views.EventView> history(long localizationId, String key) {
    Localization loc = find(localizationId);
    access.participant(loc);
    Translation t = translation(loc, key);
    return em
        .createQuery(
            "select e from TranslationEvent e where e.translation = :t order by e.at desc, e.id"
                + " desc",
            TranslationEvent.class)
        .setParameter("t", t)
        .getResultList()
        .stream()
        .map(
            e ->
                new Views.EventView(
                    e.getAction(),
                    e.getState().name(),
                    e.getText(),
                    e.getNote(),
                    e.getOrigin().name(),
                    e.getActor(),
                    e.getAt(),
                    e.getScore()))
        .toList();
  }

  /**
   * Where someone is in a localization, checked before anyone else is told: only the localization's
   * participants say it, and only about one of its current segments.
   *
   * @param key a segment key, or null or empty for none
   * @return the key, or null for none
   */
  public String presence(long localizationId, String key) {
    Localization loc = find(localizationId);
    access.participant(loc);
    if (key == null || key.isEmpty()) {
      return null;
    }
    documents
        .segment(documents.latestRevision(loc.getDocument()), key)
        .orElseThrow(() -> new NotFoundException("Segment", key));
    return key;
  }

  /** Submits for review; refused while a check that blocks fails on the translation. */
  public SegmentView submit(long localizationId, String key, long basedOn) {
    return change(
        localizationId,
        key,
        basedOn,
        (target, p, alsoChanged) -> {
          Translation t = target.translation();
          TranslationEvent submitted = t.submit(p);
          checks.refuseBlocking(
              target.localization(), target.segment().getRevision(), target.segment(), t);
          return submitted;
        });
  }

  /** Approves; refused while a check that blocks fails on the translation. */
  public SegmentView approve(long localizationId, String key, long basedOn) {
    SegmentView approved =
        change(
            localizationId,
            key,
            basedOn,
            (target, p, alsoChanged) -> {
              Translation t = target.translation();
              TranslationEvent event = t.approve(p, access.tenant().allowsSelfReview());
              checks.refuseBlocking(
                  target.localization(), target.segment().getRevision(), target.segment(), t);
              return event;
            });
    memory.remember(localizationId, List.of(key));
    return approved;
  }

  public SegmentView reject(long localizationId, String key, long basedOn, String reason) {
    return change(
        localizationId,
        key,
        basedOn,
        (target, p, alsoChanged) -> target.translation().reject(p, reason));
  }

  @FunctionalInterface
  private interface Change {
    /** Changes the target's translation; adds any other translation it changed. */
    TranslationEvent apply(Target target, Participant p, List<Translation> alsoChanged);
  }

  /** A segment of the latest revision with its translation, as one save needs them. */
  private record Target(
      Translation translation,
      Segment segment,
      Localization localization,
      int twins,
      int comments) {}

  /**
   * One short transaction: the segment with its translation, twins and comments in one query, the
   * caller's part in one more, then the history row and the new version; the open editors are told
   * after the commit ({@link SegmentsChanged}).
   */
  private SegmentView change(long localizationId, String key, long basedOn, Change change) {
    long started = System.nanoTime();
    Target target = target(localizationId, key);
    Participant participant = access.participantIn(target.localization());
    Translation t = target.translation();
    t.expectVersion(basedOn);
    List<Translation> alsoChanged = new ArrayList<>();
    try {
      // a twin's query flushes the translation already: a concurrent save shows there or here
      em.persist(change.apply(target, participant, alsoChanged));
      em.flush();
    } catch (OptimisticLockException e) {
      // this transaction is lost; what is current now is read in a new one
      Translation current = self.currentTranslation(localizationId, key);
      throw new StaleWriteException(
          basedOn, current.getVersion(), current.getText(), current.getState().name());
    }
    List<SegmentsChanged.Changed> changed = new ArrayList<>();
    changed.add(new SegmentsChanged.Changed(key, t.getVersion()));
    alsoChanged.forEach(
        twin -> changed.add(new SegmentsChanged.Changed(twin.getSegmentKey(), twin.getVersion())));
    changes.fire(
        new SegmentsChanged(
            CallContext.tenant(), localizationId, changed, participant.username(), started));
    Localization loc = target.localization();
    Segment source = target.segment();
    return segmentView(
        source,
        t,
        target.twins(),
        target.comments(),
        actions(source, t, participant, access.tenant().allowsSelfReview()),
        Checks.views(checks.of(loc, source.getRevision(), source, t)),
        Checks.terms(checks.finder(loc), source.getSourceText()),
        // the save path stays short: the reviewer's comparison comes with the page's rows
        null);
  }

  private Target target(long localizationId, String key) {
    List<Object[]> rows =
        em.createQuery(
                "select t, s, l,"
                    + " (select count(s2) from Segment s2 where s2.revision = s.revision"
                    + " and s2.sourceText = s.sourceText),"
                    + " (select count(c) from SegmentComment c where c.localization = l"
                    + " and c.segmentKey = t.segmentKey)"
                    + " from Translation t join t.localization l"
                    + " join Segment s on s.key = t.segmentKey join s.revision r"
                    + " where l.id = :l and t.segmentKey = :k and r.document = l.document"
                    + " and r.number = (select max(r2.number) from Revision r2"
                    + " where r2.document = l.document)",
                Object[].class)
            .setParameter("l", localizationId)
            .setParameter("k", key)
            .getResultList();
    if (rows.isEmpty()) {
      throw missing(localizationId, key);
    }
    Object[] row = rows.get(0);
    return new Target(
        (Translation) row[0],
        (Segment) row[1],
        (Localization) row[2],
        ((Number) row[3]).intValue() - 1,
        ((Number) row[4]).intValue());
  }

  /** Why a segment to change is not there: the localization, the segment, or a revision. */
  private RuntimeException missing(long localizationId, String key) {
    Localization loc = find(localizationId);
    access.participant(loc);
    Revision latest = documents.latestRevision(loc.getDocument());
    return wasInEarlierRevision(loc, key)
        ? new StateConflictException(
            Refusal.of("segment.revised", String.valueOf(latest.getNumber())))
        : new NotFoundException("Segment", key);
  }

  /**
   * Merges two edits of the same text word by word (see the engine's {@code WordMerge}): both
   * changes kept when they changed different words; empty when they changed the same ones.
   */
  public java.util.Optional<String> mergeWords(String base, String mine, String theirs) {
    return org.chorus.translations.revision.WordMerge.merge(base, mine, theirs);
  }

  /** What the caller may do with a segment now: the domain's rule, handed to pages and API. */
  static Set<String> actions(Segment s, Translation t, Participant p, boolean selfReview) {
    SegmentRights rights =
        t == null
            ? new SegmentRights(
                TranslationState.UNTRANSLATED, false, s.isAdaptable(), null, p, selfReview)
            : t.rights(p, s.isAdaptable(), selfReview);
    return rights.allowed().stream()
        .map(Enum::name)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** What blocks a segment, in the caller's language, for a bulk approval's report. */
  private static String blockingMessages(List<Issue> issues) {
    return String.join(
        " ",
        Checks.views(issues).stream()
            .filter(CheckViews.IssueView::blocks)
            .map(CheckViews.IssueView::message)
            .toList());
  }

  private boolean wasInEarlierRevision(Localization loc, String key) {
    return !em.createQuery(
            "select s.id from Segment s where s.revision.document = :d and s.key = :k", Long.class)
        .setParameter("d", loc.getDocument())
        .setParameter("k", key)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Internal to services: the localization, or not found. */
  public Localization find(long id) {
    Localization l = em.find(Localization.class, id);
    if (l == null) {
      throw new NotFoundException("Localization", id);
    }
    return l;
  }

  /** Internal to services: every translation row of a localization. */
  public List<Translation> translations(Localization loc) {
    return em.createQuery(
            "select t from Translation t where t.localization = :l", Translation.class)
        .setParameter("l", loc)
        .getResultList();
  }

  private Translation translation(Localization loc, String key) {
    return em.createQuery(
            "select t from Translation t where t.localization = :l and t.segmentKey = :k",
            Translation.class)
        .setParameter("l", loc)
        .setParameter("k", key)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Segment", key));
  }

  /** The views of many localizations, their figures read together (see {@link Overviews}). */
  private List<LocalizationView> views(List<Localization> locs, Caller me, int wordsPerDay) {
    Map<Long, Overviews.Progress> progress = overviews.progress(locs);
    return locs.stream().map(l -> view(l, me, wordsPerDay, progress.get(l.getId()))).toList();
  }

  private LocalizationView view(
      Localization loc, Caller me, int wordsPerDay, Overviews.Progress progress) {
    Participant p = me.in(loc);
    Appeal appeal = loc.getDocument().getAppeal();
    Overviews.Source source = progress.source();
    int remaining = source.words() - progress.words(TranslationState.APPROVED);
    boolean publicationOutdated =
        progress.latestPublishedRevision() != null
            && progress.latestPublishedRevision() < source.revision();
    return new LocalizationView(
        loc.getId(),
        appeal.getId(),
        appeal.getReference(),
        appeal.getTitle(),
        appeal.getSourceLocale().toLanguageTag(),
        loc.getTargetLocale().toLanguageTag(),
        loc.getSection().getCode(),
        loc.getSection().getName(),
        loc.getDueDate(),
        appeal.getActUntil(),
        source.segments(),
        progress.count(TranslationState.APPROVED),
        progress.count(TranslationState.TRANSLATED),
        source.words(),
        p.translates(),
        p.reviews(),
        p.publishes(),
        progress.latestPublication(),
        source.revision(),
        progress.count(TranslationState.OUTDATED),
        remaining,
        publicationOutdated,
        Deadlines.urgency(loc.getDueDate(), remaining, wordsPerDay).name(),
        progress.latestPublishedRevision() != null
            && progress.latestPublishedRevision() == source.revision()
            && progress.nothingChangedSincePublished());
  }

  private LocalizationView view(Localization loc, Caller me) {
    return views(List.of(loc), me, access.tenant().getWordsPerDay()).get(0);
  }

  private static SegmentView segmentView(
      Segment s,
      Translation t,
      int twins,
      int comments,
      Set<String> actions,
      List<CheckViews.IssueView> issues,
      List<GlossaryViews.TermView> terms,
      String lastReviewed) {
    String previous = t == null ? null : t.getPreviousSource();
    return new SegmentView(
        s.getPosition(),
        s.getKey(),
        s.getSourceText(),
        s.getContext(),
        s.getWords(),
        t == null ? null : t.getText(),
        t == null ? TranslationState.UNTRANSLATED.name() : t.getState().name(),
        t == null ? 0 : t.getVersion(),
        t == null ? null : t.getTranslatedBy(),
        t == null ? null : t.getReviewedBy(),
        t == null ? null : t.getRejectionReason(),
        SegmentTokens.decode(s.getTokens()),
        previous,
        previous == null
            ? List.of()
            : WordDiff.diff(previous, s.getSourceText()).stream()
                .map(d -> new Views.DiffView(d.kind().name(), d.text()))
                .toList(),
        s.isAdaptable(),
        t != null && t.isAdapted(),
        twins,
        comments,
        actions,
        issues,
        terms,
        lastReviewed == null || t == null || t.getText() == null
            ? List.of()
            : WordDiff.diff(lastReviewed, t.getText()).stream()
                .map(d -> new Views.DiffView(d.kind().name(), d.text()))
                .toList());
  }

  /**
   * For the submitted translations among {@code keys}: the text as it was last approved or
   * rejected, which the reviewer compares with what was submitted now (one query for all).
   */
  private Map<String, String> lastReviewed(Localization loc, Collection<String> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>();
    em.createQuery(
            "select e.translation.segmentKey, e.text from TranslationEvent e"
                + " where e.translation.localization = :l and e.translation.segmentKey in :k"
                + " and e.translation.state = :submitted and e.state in :reviewed"
                + " order by e.at desc, e.id desc",
            Object[].class)
        .setParameter("l", loc)
        .setParameter("k", keys)
        .setParameter("submitted", TranslationState.TRANSLATED)
        .setParameter("reviewed", List.of(TranslationState.APPROVED, TranslationState.REJECTED))
        .getResultStream()
        .forEach(r -> out.putIfAbsent((String) r[0], (String) r[1]));
    return out;
  }
}
