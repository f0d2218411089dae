package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chorus.application.Access.Caller;
import org.chorus.application.Views.LocalizationView;
import org.chorus.application.Views.SegmentView;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.StaleWriteException;
import org.chorus.domain.appeal.Appeal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Origin;
import org.chorus.domain.localization.Participant;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.localization.TranslationEvent;
import org.chorus.domain.localization.TranslationState;
import org.chorus.domain.organisation.Tenant;
import org.chorus.infrastructure.CallContext;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.PlaceholderMismatchException;

/** Translating and reviewing the segments of a localization. */
@Stateless
public class LocalizationService {

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private LocalizationService self;

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
        .map(l -> view(l, me))
        .toList();
  }

  /** The localizations of the caller's sections (all of them for a coordinator), by due date. */
  public List<LocalizationView> mine() {
    Caller me = access.me();
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
    return q.getResultList().stream().map(l -> view(l, me)).toList();
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
    return currentSegments(loc).stream().map(s -> segmentView(s, byKey.get(s.getKey()))).toList();
  }

  public SegmentView saveDraft(long localizationId, String key, String text, long basedOn) {
    return change(
        localizationId,
        key,
        basedOn,
        (t, p, source) -> {
          try {
            InlineCodes.check(source.getSourceText(), text == null ? "" : text);
          } catch (PlaceholderMismatchException e) {
            throw new InvalidInputException(e.getMessage(), e);
          }
          return t.saveDraft(text, p, Origin.EDITOR);
        });
  }

  public SegmentView submit(long localizationId, String key, long basedOn) {
    return change(localizationId, key, basedOn, (t, p, source) -> t.submit(p));
  }

  public SegmentView approve(long localizationId, String key, long basedOn) {
    return change(
        localizationId, key, basedOn, (t, p, source) -> t.approve(p, tenant().allowsSelfReview()));
  }

  public SegmentView reject(long localizationId, String key, long basedOn, String reason) {
    return change(localizationId, key, basedOn, (t, p, source) -> t.reject(p, reason));
  }

  @FunctionalInterface
  private interface Change {
    TranslationEvent apply(Translation t, Participant p, Segment source);
  }

  private SegmentView change(long localizationId, String key, long basedOn, Change change) {
    Localization loc = find(localizationId);
    Participant participant = access.participant(loc);
    Segment source =
        documents
            .segment(documents.latestRevision(loc.getDocument()), key)
            .orElseThrow(() -> new NotFoundException("Segment", key));
    Translation t = translation(loc, key);
    t.expectVersion(basedOn);
    em.persist(change.apply(t, participant, source));
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      // this transaction is lost; what is current now is read in a new one
      Translation current = self.currentTranslation(localizationId, key);
      throw new StaleWriteException(
          basedOn, current.getVersion(), current.getText(), current.getState().name());
    }
    return segmentView(source, t);
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

  private Tenant tenant() {
    String code = CallContext.tenant();
    return em.createQuery("select t from Tenant t where t.code = :c", Tenant.class)
        .setParameter("c", code)
        .getSingleResult();
  }

  private LocalizationView view(Localization loc, Caller me) {
    Participant p = me.in(loc);
    Appeal appeal = loc.getDocument().getAppeal();
    Revision revision = documents.latestRevision(loc.getDocument());
    Documents.Totals totals = documents.totals(revision);
    Map<TranslationState, Long> states = stateCounts(loc, revision);
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
        states.getOrDefault(TranslationState.APPROVED, 0L).intValue(),
        states.getOrDefault(TranslationState.TRANSLATED, 0L).intValue(),
        totals.words(),
        p.translates(),
        p.reviews(),
        p.publishes(),
        latestPublication(loc));
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

  /** How many of the revision's segments are in each state in this localization. */
  private Map<TranslationState, Long> stateCounts(Localization loc, Revision revision) {
    Map<TranslationState, Long> counts = new EnumMap<>(TranslationState.class);
    for (Object[] row :
        em.createQuery(
                "select t.state, count(t) from Translation t join Segment s"
                    + " on s.key = t.segmentKey and s.revision = :r"
                    + " where t.localization = :l group by t.state",
                Object[].class)
            .setParameter("l", loc)
            .setParameter("r", revision)
            .getResultList()) {
      counts.put((TranslationState) row[0], (Long) row[1]);
    }
    return counts;
  }

  private static SegmentView segmentView(Segment s, Translation t) {
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
        SegmentTokens.decode(s.getTokens()));
  }
}
