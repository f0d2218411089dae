package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.application.Access.Caller;
import org.chorus.application.MemoryViews.AnalysisView;
import org.chorus.application.MemoryViews.BandView;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.appeal.Appeal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.appeal.SourceDocument;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.memory.MemoryAnalysis;
import org.chorus.domain.organisation.Tenant;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.PlaceholderMismatchException;
import org.chorus.translations.memory.Analysis;
import org.chorus.translations.memory.Analysis.Band;
import org.chorus.translations.memory.ContextFit;
import org.chorus.translations.memory.Match;
import org.chorus.translations.memory.MemoryIndex;

/**
 * Pre-translation from the memory when an appeal is created or its source revised, and the match
 * analysis it leaves: how many segments and words fell in each band.
 *
 * <p>An exact match in context (the same sentence in the same place: see {@link MemoryQueries})
 * becomes a draft, or a submitted translation where the organisation chooses. Where the
 * organisation sets a threshold, any match scoring at least that much is filled in as a draft too.
 * Only untranslated sentences are filled, and after a revision only its new and changed ones whose
 * translation nobody has touched since; a match whose placeholders do not fit is left out. Each
 * filled sentence's history says origin MEMORY with the score. An appeal created to be translated
 * without pre-translation gets its analysis only.
 */
@Stateless
public class PreTranslation {

  /** The lowest band of the analysis. */
  private static final int LOWEST_BAND = 75;

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private MemoryIndexes indexes;
  @Inject private MemoryQueries queries;

  /**
   * Pre-translates every localization of a document's latest revision and keeps each one's
   * analysis.
   *
   * @param only the keys of the sentences that may be filled (a revision's new and changed ones),
   *     or null for all
   * @param by who made the revision: the history names them
   */
  public void fill(SourceDocument document, Set<String> only, String by) {
    List<Localization> localizations =
        em.createQuery("select l from Localization l where l.document = :d", Localization.class)
            .setParameter("d", document)
            .getResultList();
    if (localizations.isEmpty()) {
      return;
    }
    Tenant organisation = access.tenant();
    boolean filling = document.getAppeal().preTranslates();
    Integer fuzzyFrom = organisation.getPreTranslateFuzzyFrom();
    int min = fuzzyFrom == null ? LOWEST_BAND : Math.min(LOWEST_BAND, fuzzyFrom);
    Revision revision = documents.latestRevision(document);
    List<Segment> segments = documents.segments(revision);
    List<Analysis.Segment> asked = asked(document.getAppeal(), segments);
    MemoryIndex index = indexes.caughtUp().index();
    MemoryQueries.Sections sections = queries.sections();
    for (Localization loc : localizations) {
      long start = System.nanoTime();
      Analysis.Report report = analyse(loc, asked, index, sections, min);
      Map<String, Translation> byKey = new HashMap<>();
      em.createQuery("select t from Translation t where t.localization = :l", Translation.class)
          .setParameter("l", loc)
          .getResultList()
          .forEach(t -> byKey.put(t.getSegmentKey(), t));
      Map<Band, Integer> filled = new EnumMap<>(Band.class);
      for (Analysis.Result r : report.results()) {
        Match m = r.match();
        Translation t = byKey.get(r.segment().key());
        if (!filling
            || m == null
            || t == null
            || !t.mayFillFromMemory()
            || only != null && !only.contains(t.getSegmentKey())) {
          continue;
        }
        boolean inContext = m.score() == 100 && m.context() == ContextFit.IN_CONTEXT;
        if ((inContext || fuzzyFrom != null && m.score() >= fuzzyFrom)
            && fits(r.segment().source(), m.target())) {
          em.persist(
              t.fillFromMemory(
                  m.target(), by, m.score(), inContext && organisation.preTranslateSubmits()));
          filled.merge(r.band(), 1, Integer::sum);
        }
      }
      keep(loc, revision, report, filled, (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** A localization's analysis at its last pre-translation (or now, if it never had one). */
  public AnalysisView analysis(long localizationId) {
    Localization loc = em.find(Localization.class, localizationId);
    if (loc == null) {
      throw new NotFoundException("Localization", localizationId);
    }
    access.participant(loc);
    return view(loc);
  }

  /**
   * The analyses of an appeal's localizations that the caller takes part in (all: coordinators).
   */
  public List<AnalysisView> ofAppeal(long appealId) {
    Caller me = access.me();
    if (em.find(Appeal.class, appealId) == null) {
      throw new NotFoundException("Appeal", appealId);
    }
    return em
        .createQuery(
            "select l from Localization l join fetch l.section where l.document.appeal.id = :a"
                + " order by l.targetLocale, l.section.code",
            Localization.class)
        .setParameter("a", appealId)
        .getResultList()
        .stream()
        .filter(l -> me.in(l).takesPart())
        .map(this::view)
        .toList();
  }

  private AnalysisView view(Localization loc) {
    List<MemoryAnalysis> rows =
        em.createQuery(
                "select a from MemoryAnalysis a where a.localization = :l order by a.id",
                MemoryAnalysis.class)
            .setParameter("l", loc)
            .getResultList();
    if (rows.isEmpty()) {
      Revision revision = documents.latestRevision(loc.getDocument());
      long start = System.nanoTime();
      Analysis.Report report =
          analyse(
              loc,
              asked(loc.getDocument().getAppeal(), documents.segments(revision)),
              indexes.caughtUp().index(),
              queries.sections(),
              LOWEST_BAND);
      return new AnalysisView(
          loc.getId(),
          loc.getTargetLocale().toLanguageTag(),
          loc.getSection().getCode(),
          revision.getNumber(),
          Instant.now(),
          (System.nanoTime() - start) / 1_000_000,
          false,
          bands(report, Map.of()));
    }
    MemoryAnalysis first = rows.get(0);
    return new AnalysisView(
        loc.getId(),
        loc.getTargetLocale().toLanguageTag(),
        loc.getSection().getCode(),
        first.getRevisionNumber(),
        first.getAnalysedAt(),
        first.getTookMillis(),
        true,
        rows.stream()
            .map(a -> new BandView(a.getBand(), a.getSegments(), a.getWords(), a.getFilled()))
            .toList());
  }

  private Analysis.Report analyse(
      Localization loc,
      List<Analysis.Segment> asked,
      MemoryIndex index,
      MemoryQueries.Sections sections,
      int min) {
    return Analysis.analyse(
        asked,
        index,
        loc.getDocument().getAppeal().getSourceLocale(),
        loc.getTargetLocale(),
        sections.scopes(loc),
        min);
  }

  /** The revision's sentences, each in its place. */
  private static List<Analysis.Segment> asked(Appeal appeal, List<Segment> segments) {
    List<Analysis.Segment> asked = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      asked.add(
          new Analysis.Segment(
              s.getKey(),
              s.getSourceText(),
              SegmentTokens.tokens(s.getTokens()),
              s.getWords(),
              MemoryQueries.context(
                  appeal.getReference(),
                  s,
                  i == 0 ? null : segments.get(i - 1),
                  i + 1 == segments.size() ? null : segments.get(i + 1))));
    }
    return asked;
  }

  /** Keeps the analysis of this pre-translation in place of the previous one. */
  private void keep(
      Localization loc,
      Revision revision,
      Analysis.Report report,
      Map<Band, Integer> filled,
      long tookMillis) {
    em.createQuery("delete from MemoryAnalysis a where a.localization = :l")
        .setParameter("l", loc)
        .executeUpdate();
    Instant now = Instant.now();
    for (BandView b : bands(report, filled)) {
      em.persist(
          new MemoryAnalysis(
              loc,
              revision.getNumber(),
              now,
              tookMillis,
              b.band(),
              b.segments(),
              b.words(),
              b.filled()));
    }
  }

  private static List<BandView> bands(Analysis.Report report, Map<Band, Integer> filled) {
    List<BandView> bands = new ArrayList<>();
    for (Band b : Band.values()) {
      bands.add(
          new BandView(
              b.name(),
              report.segments().get(b),
              report.words().get(b),
              filled.getOrDefault(b, 0)));
    }
    return bands;
  }

  private static boolean fits(String source, String target) {
    try {
      InlineCodes.check(source, target);
      return true;
    } catch (PlaceholderMismatchException e) {
      return false;
    }
  }
}
