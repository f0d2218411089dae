package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chorus.application.Access.Caller;
import org.chorus.application.Views.LocalizationView;
import org.chorus.application.Views.SegmentView;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.StaleWriteException;
import org.chorus.domain.StateConflictException;
import org.chorus.domain.appeal.Appeal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Origin;
import org.chorus.domain.localization.Participant;
import org.chorus.domain.localization.SegmentComment;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.localization.TranslationEvent;
import org.chorus.domain.localization.TranslationState;
import org.chorus.infrastructure.CallContext;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.PlaceholderMismatchException;
import org.chorus.translations.revision.WordDiff;

/** Translating and reviewing the segments of a localization. */
@Stateless
public class LocalizationService {

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private LocalizationService self;
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
    return em
        .createQuery(
            "select l from Localization l join fetch l.section join l.document d"
                + " where d.appeal.id = :a order by l.targetLocale",
            Localization.class)
        .setParameter("a", appealId)
        .getResultList()
        .stream()
        .map(l -> view(l, me, pace))
        .toList();
  }

  /**
   * The localizations of the caller's sections (all of them for a coordinator), most urgent first:
   * overdue, at risk, on track, done; by due date within each.
   */
  public List<LocalizationView> mine() {
    Caller me = access.me();
    int pace = access.tenant().getWordsPerDay();
    String query =
        "select l from Localization l join fetch l.section join l.document d join d.appeal a"
            + (me.account().isCoordinator() ? "" : " where l.section.id in :sections")
            + " order by l.dueDate nulls last, a.reference, l.targetLocale";
    var q = em.createQuery(query, Localization.class);
    if (!me.account().isCoordinator()) {
      if (me.sectionIds().isEmpty()) {
        return List.of();
      }
      q.setParameter("sections", me.sectionIds());
    }
    return q.getResultList().stream()
        .map(l -> view(l, me, pace))
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
    access.participant(loc);
    Map<String, Translation> byKey =
        translations(loc).stream()
            .collect(Collectors.toMap(Translation::getSegmentKey, Function.identity()));
    List<Segment> segments = currentSegments(loc);
    Map<String, Long> sameText =
        segments.stream()
            .collect(Collectors.groupingBy(Segment::getSourceText, Collectors.counting()));
    Map<String, Long> comments = commentCounts(loc);
    return segments.stream()
        .map(
            s ->
                segmentView(
                    s,
                    byKey.get(s.getKey()),
                    sameText.get(s.getSourceText()).intValue() - 1,
                    comments.getOrDefault(s.getKey(), 0L).intValue()))
        .toList();
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
    return change(
        localizationId,
        key,
        basedOn,
        (target, p, alsoChanged) -> {
          Translation t = target.translation();
          try {
            InlineCodes.check(target.segment().getSourceText(), text == null ? "" : text);
          } catch (PlaceholderMismatchException e) {
            throw new InvalidInputException(e.getMessage(), e);
          }
          TranslationEvent saved = t.saveDraft(text, p, Origin.EDITOR);
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
          if (!source.isAdaptable()) {
            throw new StateConflictException(
                "Segment "
                    + (source.getPosition() + 1)
                    + " is not adaptable; a coordinator marks which sentences sections may"
                    + " replace.");
          }
          if (!p.translates()) {
            throw new ForbiddenException("Only translators of this section may adapt segments.");
          }
          try {
            InlineCodes.checkAdapted(source.getSourceText(), text == null ? "" : text);
          } catch (PlaceholderMismatchException e) {
            throw new InvalidInputException(e.getMessage(), e);
          }
          return target.translation().adapt(text, p);
        });
  }

  /** Sets a localization's due date: coordinators and the section's admins. */
  public LocalizationView setDueDate(long localizationId, java.time.LocalDate due) {
    Localization loc = find(localizationId);
    Caller me = access.me();
    if (!me.manages(loc.getSection())) {
      throw new ForbiddenException(
          "Only coordinators and admins of section "
              + loc.getSection().getCode()
              + " set due dates.");
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
      throw new ForbiddenException("Only reviewers of this section may approve translations.");
    }
    if (versions == null || versions.isEmpty()) {
      throw new InvalidInputException("Choose the segments to approve.");
    }
    boolean selfReview = access.tenant().allowsSelfReview();
    Map<String, Translation> byKey =
        translations(loc).stream()
            .collect(Collectors.toMap(Translation::getSegmentKey, Function.identity()));
    Map<String, Segment> current =
        currentSegments(loc).stream()
            .collect(Collectors.toMap(Segment::getKey, Function.identity()));
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
      if (e.getValue() == null || t.getVersion() != e.getValue()) {
        skipped.add(label + "it changed since you saw it.");
      } else if (t.getState() != TranslationState.TRANSLATED) {
        skipped.add(label + "it is not submitted.");
      } else if (p.username().equals(t.getTranslatedBy()) && !selfReview) {
        skipped.add(label + "you translated it yourself.");
      } else {
        em.persist(t.approve(p, selfReview));
        approvedRows.add(t);
      }
    }
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
                    e.getAt()))
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

  public SegmentView submit(long localizationId, String key, long basedOn) {
    return change(
        localizationId, key, basedOn, (target, p, alsoChanged) -> target.translation().submit(p));
  }

  public SegmentView approve(long localizationId, String key, long basedOn) {
    return change(
        localizationId,
        key,
        basedOn,
        (target, p, alsoChanged) ->
            target.translation().approve(p, access.tenant().allowsSelfReview()));
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
    return segmentView(target.segment(), t, target.twins(), target.comments());
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
            "The source was revised (revision "
                + latest.getNumber()
                + ") since you opened it, and this sentence changed or left it."
                + " Open the localization again to see the new sentences.")
        : new NotFoundException("Segment", key);
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

  private List<Segment> currentSegments(Localization loc) {
    return documents.segments(documents.latestRevision(loc.getDocument()));
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

  private LocalizationView view(Localization loc, Caller me, int wordsPerDay) {
    Participant p = me.in(loc);
    Appeal appeal = loc.getDocument().getAppeal();
    Revision revision = documents.latestRevision(loc.getDocument());
    Documents.Totals totals = documents.totals(revision);
    Map<TranslationState, long[]> states = stateCounts(loc, revision);
    int approvedWords = (int) states.getOrDefault(TranslationState.APPROVED, new long[2])[1];
    int remaining = totals.words() - approvedWords;
    Long latest = latestPublication(loc);
    boolean publicationOutdated =
        latest != null
            && em.find(org.chorus.domain.localization.Publication.class, latest)
                    .getRevision()
                    .getNumber()
                < revision.getNumber();
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
        totals.segments(),
        (int) states.getOrDefault(TranslationState.APPROVED, new long[2])[0],
        (int) states.getOrDefault(TranslationState.TRANSLATED, new long[2])[0],
        totals.words(),
        p.translates(),
        p.reviews(),
        p.publishes(),
        latest,
        revision.getNumber(),
        (int) states.getOrDefault(TranslationState.OUTDATED, new long[2])[0],
        remaining,
        publicationOutdated,
        Deadlines.urgency(loc.getDueDate(), remaining, wordsPerDay).name());
  }

  private LocalizationView view(Localization loc, Caller me) {
    return view(loc, me, access.tenant().getWordsPerDay());
  }

  private Long latestPublication(Localization loc) {
    return em.createQuery(
            "select p.id from Publication p where p.localization = :l order by p.number desc",
            Long.class)
        .setParameter("l", loc)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** How many of the revision's segments, and of its words, are in each state. */
  private Map<TranslationState, long[]> stateCounts(Localization loc, Revision revision) {
    Map<TranslationState, long[]> counts = new EnumMap<>(TranslationState.class);
    for (Object[] row :
        em.createQuery(
                "select t.state, count(t), coalesce(sum(s.words), 0) from Translation t join"
                    + " Segment s on s.key = t.segmentKey and s.revision = :r"
                    + " where t.localization = :l group by t.state",
                Object[].class)
            .setParameter("l", loc)
            .setParameter("r", revision)
            .getResultList()) {
      counts.put(
          (TranslationState) row[0],
          new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
    }
    return counts;
  }

  private static SegmentView segmentView(Segment s, Translation t, int twins, int comments) {
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
        comments);
  }
}
