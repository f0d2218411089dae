package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chorus.application.Views.LocalizationView;
import org.chorus.application.Views.SegmentView;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.StaleWriteException;
import org.chorus.domain.appeal.Appeal;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Origin;
import org.chorus.domain.localization.Participant;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.localization.TranslationEvent;
import org.chorus.domain.localization.TranslationState;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.Tenant;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.PlaceholderMismatchException;

/** Translating and reviewing the segments of a localization. */
@Stateless
public class LocalizationService {

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Documents documents;

  public List<LocalizationView> ofAppeal(long appealId) {
    access.caller();
    if (em.find(Appeal.class, appealId) == null) {
      throw new NotFoundException("Appeal", appealId);
    }
    return em
        .createQuery(
            "select l from Localization l where l.document.appeal.id = :a order by l.targetLocale",
            Localization.class)
        .setParameter("a", appealId)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /** The localizations of the caller's sections (all of them for a coordinator). */
  public List<LocalizationView> mine() {
    Account me = access.caller();
    List<Long> sections =
        access.memberships(me).stream().map(m -> m.getSection().getId()).distinct().toList();
    return em
        .createQuery("select l from Localization l", Localization.class)
        .getResultList()
        .stream()
        .filter(l -> me.isCoordinator() || sections.contains(l.getSection().getId()))
        .map(this::view)
        .sorted(
            Comparator.comparing(
                    LocalizationView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(LocalizationView::appealReference))
        .toList();
  }

  public LocalizationView view(long localizationId) {
    return view(find(localizationId));
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
        currentSegments(loc).stream()
            .filter(s -> s.getKey().equals(key))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Segment", key));
    Translation t = translation(loc, key);
    t.expectVersion(basedOn);
    em.persist(change.apply(t, participant, source));
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      em.clear();
      Translation current = translation(find(localizationId), key);
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
    String code = access.caller().getTenantId();
    return em.createQuery("select t from Tenant t where t.code = :c", Tenant.class)
        .setParameter("c", code)
        .getSingleResult();
  }

  private LocalizationView view(Localization loc) {
    Participant p = access.participant(loc);
    Appeal appeal = loc.getDocument().getAppeal();
    List<Segment> segments = currentSegments(loc);
    Map<String, TranslationState> states =
        translations(loc).stream()
            .collect(Collectors.toMap(Translation::getSegmentKey, Translation::getState));
    int approved = 0;
    int translated = 0;
    for (Segment s : segments) {
      TranslationState st = states.getOrDefault(s.getKey(), TranslationState.UNTRANSLATED);
      if (st == TranslationState.APPROVED) {
        approved++;
      } else if (st == TranslationState.TRANSLATED) {
        translated++;
      }
    }
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
        segments.size(),
        approved,
        translated,
        segments.stream().mapToInt(Segment::getWords).sum(),
        p.translates(),
        p.reviews(),
        p.publishes());
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
        t == null ? null : t.getRejectionReason());
  }
}
