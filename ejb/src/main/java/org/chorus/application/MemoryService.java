package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.application.Access.Caller;
import org.chorus.application.MemoryIndexes.CaughtUp;
import org.chorus.application.MemoryViews.ConcordanceHit;
import org.chorus.application.MemoryViews.MatchView;
import org.chorus.application.MemoryViews.Matches;
import org.chorus.application.MemoryViews.PairView;
import org.chorus.application.MemoryViews.SpanView;
import org.chorus.application.Views.DiffView;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.localization.TranslationState;
import org.chorus.domain.memory.MemoryEntry;
import org.chorus.domain.memory.MemoryImport;
import org.chorus.infrastructure.CallContext;
import org.chorus.translations.memory.Concordance;
import org.chorus.translations.memory.ContextFit;
import org.chorus.translations.memory.Match;
import org.chorus.translations.memory.MemoryQuery;
import org.chorus.translations.memory.MemoryUnit;

/**
 * The translation memory: approved translations become units, and translators get matches for a
 * segment and look words up in the memory (concordance).
 */
@Stateless
public class MemoryService {

  /** Matches below this score are not offered. */
  static final int MIN_SCORE = 50;

  /** At most this many matches for a segment (Ctrl+1 to Ctrl+9 in the editor). */
  public static final int MAX_MATCHES = 9;

  private static final int MAX_PHRASE = 200;
  private static final int MAX_HITS = 200;

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private MemoryIndexes indexes;
  @Inject private MemoryQueries queries;

  /**
   * Makes memory units of the approved translations of these segments, in the approval's
   * transaction: its last step, because it locks the organisation's memory generation until the
   * commit. A translation approved again with the same text adds nothing; with another text, the
   * new unit supersedes the sentence's earlier one. A section's own text for an adaptable sentence
   * is not a translation and makes no unit.
   */
  public void remember(long localizationId, Collection<String> keys) {
    Localization loc = em.find(Localization.class, localizationId);
    if (loc == null || keys.isEmpty()) {
      return;
    }
    Revision revision = documents.latestRevision(loc.getDocument());
    Map<String, Segment> segments = new HashMap<>();
    em.createQuery("select s from Segment s where s.revision = :r and s.key in :k", Segment.class)
        .setParameter("r", revision)
        .setParameter("k", keys)
        .getResultList()
        .forEach(s -> segments.put(s.getKey(), s));
    List<Integer> around = new ArrayList<>();
    segments
        .values()
        .forEach(s -> around.addAll(List.of(s.getPosition() - 1, s.getPosition() + 1)));
    Map<Integer, Segment> byPosition = queries.byPosition(revision, around);
    List<MemoryEntry> fresh = new ArrayList<>();
    List<MemoryEntry> replaced = new ArrayList<>();
    for (Translation t :
        em.createQuery(
                "select t from Translation t where t.localization = :l and t.segmentKey in :k",
                Translation.class)
            .setParameter("l", loc)
            .setParameter("k", keys)
            .getResultList()) {
      Segment s = segments.get(t.getSegmentKey());
      if (s == null || t.getState() != TranslationState.APPROVED || t.isAdapted()) {
        continue;
      }
      List<MemoryEntry> current =
          em.createQuery(
                  "select e from MemoryEntry e where e.translation = :t"
                      + " and e.supersededGeneration is null",
                  MemoryEntry.class)
              .setParameter("t", t)
              .getResultList();
      if (current.stream().anyMatch(e -> e.holds(s.getSourceText(), t.getText()))) {
        continue;
      }
      current.stream().filter(e -> e.translates(s.getSourceText())).forEach(replaced::add);
      var context =
          MemoryQueries.context(
              loc, s, byPosition.get(s.getPosition() - 1), byPosition.get(s.getPosition() + 1));
      fresh.add(
          new MemoryEntry(
              t,
              loc.getDocument().getAppeal().getSourceLocale(),
              s.getSourceText(),
              s.getTokens(),
              context.key(),
              context.previous(),
              context.next(),
              loc.getDocument().getAppeal().getReference(),
              t.getTranslatedBy()));
    }
    if (fresh.isEmpty()) {
      return;
    }
    em.flush();
    long generation = nextGeneration();
    for (MemoryEntry e : fresh) {
      e.commitIn(generation);
      em.persist(e);
    }
    replaced.forEach(e -> e.supersede(generation));
  }

  /** See {@link MemoryStore#nextGeneration}: the organisation's row stays locked until commit. */
  private long nextGeneration() {
    String tenant = CallContext.tenant();
    em.createNativeQuery(
            "update tenant set memory_generation = memory_generation + 1 where code = ?1")
        .setParameter(1, tenant)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("select memory_generation from tenant where code = ?1")
                .setParameter(1, tenant)
                .getSingleResult())
        .longValue();
  }

  /**
   * The best matches for a segment of a localization, best first: one per distinct translation,
   * from the units the localization may use (its organisation's shared units and its own section's
   * private ones).
   */
  public Matches matches(long localizationId, String key, int limit) {
    Localization loc = localization(localizationId);
    access.participant(loc);
    Segment segment = segment(loc, key);
    MemoryQueries.Sections sections = queries.sections();
    MemoryQuery query = queries.of(loc, segment, sections);
    CaughtUp index = indexes.caughtUp();
    long start = System.nanoTime();
    int k = Math.max(1, Math.min(MAX_MATCHES, limit));
    List<Match> found = new ArrayList<>();
    Set<String> targets = new HashSet<>();
    // twice as many as asked, for those that repeat a translation already found
    for (Match m : index.index().search(query, k * 2, MIN_SCORE)) {
      if (found.size() < k && targets.add(m.target())) {
        found.add(m);
      }
    }
    long searched = System.nanoTime() - start;
    Provenance from = provenance(found.stream().map(Match::unit).toList(), sections);
    return new Matches(
        found.stream().map(m -> view(m, from)).toList(),
        index.catchUpNanos() / 1000,
        searched / 1000);
  }

  /**
   * Internal to services: the score of a unit for a segment, as the server computes it (never as a
   * client says); not found when the unit is not one the localization may use.
   */
  public int scoreOf(Localization loc, Segment segment, long unitId) {
    return indexes
        .caughtUp()
        .index()
        .match(queries.of(loc, segment, queries.sections()), unitId)
        .orElseThrow(() -> new NotFoundException("Memory unit", unitId))
        .score();
  }

  /**
   * Units of a language pair whose source, target or either holds a word or phrase (whatever its
   * case, accents or spacing), newest first, among those the caller may read.
   *
   * @param side SOURCE, TARGET or BOTH (null: both)
   */
  public List<ConcordanceHit> concordance(
      String phrase, String side, String sourceLocale, String targetLocale, int limit) {
    Caller me = access.me();
    if (phrase == null || phrase.isBlank() || phrase.length() > MAX_PHRASE) {
      throw new InvalidInputException(Refusal.of("memory.concordance.phrase", MAX_PHRASE));
    }
    Concordance.Side where = side(side);
    Locale source = locale(sourceLocale);
    Locale target = locale(targetLocale);
    MemoryQueries.Sections sections = queries.sections();
    List<Concordance.Hit> hits =
        Concordance.search(
            indexes.caughtUp().index(),
            phrase.strip(),
            where,
            source,
            target,
            sections.scopes(me),
            Math.max(1, Math.min(MAX_HITS, limit)));
    Provenance from = provenance(hits.stream().map(Concordance.Hit::unit).toList(), sections);
    return hits.stream()
        .map(
            h -> {
              MemoryUnit u = h.unit();
              return new ConcordanceHit(
                  u.id(),
                  u.source(),
                  u.target(),
                  u.sourceLocale().toLanguageTag(),
                  u.targetLocale().toLanguageTag(),
                  spans(h.inSource()),
                  spans(h.inTarget()),
                  u.properties().get("appeal"),
                  from.section(u),
                  from.file(u),
                  u.createdBy().isEmpty() ? null : u.createdBy(),
                  u.createdAt());
            })
        .toList();
  }

  /** The language pairs of the memory the caller may read, with their units, largest first. */
  public List<PairView> pairs() {
    Caller me = access.me();
    return em
        .createQuery(
            "select e.sourceLocale, e.targetLocale, count(e) from MemoryEntry e"
                + " where e.supersededGeneration is null and (e.generation is not null"
                + " or e.importId in (select i.id from MemoryImport i"
                + " where i.generation is not null))"
                + " and e.scope in :scopes"
                + " group by e.sourceLocale, e.targetLocale"
                + " order by count(e) desc, e.sourceLocale, e.targetLocale",
            Object[].class)
        .setParameter("scopes", withOrganisation(queries.sections().scopes(me)))
        .getResultList()
        .stream()
        .map(r -> new PairView((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
        .toList();
  }

  /** Scopes with the organisation's own (0) among them. */
  private static Set<Long> withOrganisation(Set<Long> scopes) {
    Set<Long> all = new HashSet<>(scopes);
    all.add(0L);
    return all;
  }

  private static List<SpanView> spans(List<Concordance.Span> spans) {
    return spans.stream().map(s -> new SpanView(s.start(), s.end())).toList();
  }

  private static Concordance.Side side(String side) {
    if (side == null || side.isBlank()) {
      return Concordance.Side.BOTH;
    }
    try {
      return Concordance.Side.valueOf(side.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Refusal.of("memory.concordance.side", side));
    }
  }

  /** A language tag the caller sent, such as en or fr-FR. */
  static Locale locale(String tag) {
    Locale l = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag.strip());
    if (l.getLanguage().isEmpty()) {
      throw new InvalidInputException(Refusal.of("memory.language", tag == null ? "" : tag));
    }
    return l;
  }

  private MatchView view(Match m, Provenance from) {
    MemoryUnit u = m.unit();
    return new MatchView(
        u.id(),
        m.score(),
        m.rawScore(),
        m.adapted(),
        m.score() == 100 && m.context() == ContextFit.IN_CONTEXT,
        m.context().name(),
        m.target(),
        m.difference().stream().map(d -> new DiffView(d.kind().name(), d.text())).toList(),
        u.sourceLocale().toLanguageTag(),
        u.targetLocale().toLanguageTag(),
        u.properties().get("appeal"),
        from.section(u),
        from.file(u),
        u.createdBy().isEmpty() ? null : u.createdBy(),
        u.createdAt());
  }

  /** Where units came from: section codes and the names of the files they were imported from. */
  private record Provenance(Map<Long, String> sections, Map<Long, String> files) {
    String section(MemoryUnit u) {
      return sections.get(u.scope());
    }

    String file(MemoryUnit u) {
      String id = u.properties().get("import");
      return id == null ? null : files.get(Long.parseLong(id));
    }
  }

  private Provenance provenance(List<MemoryUnit> units, MemoryQueries.Sections sections) {
    Map<Long, String> files = new HashMap<>();
    List<Long> imports =
        units.stream()
            .map(u -> u.properties().get("import"))
            .filter(id -> id != null)
            .map(Long::valueOf)
            .distinct()
            .toList();
    if (!imports.isEmpty()) {
      em.createQuery("select i from MemoryImport i where i.id in :ids", MemoryImport.class)
          .setParameter("ids", imports)
          .getResultList()
          .forEach(i -> files.put(i.getId(), i.getFileName()));
    }
    return new Provenance(sections.codes(), files);
  }

  /** A localization with its document and appeal, which the memory's queries name. */
  private Localization localization(long id) {
    EntityGraph<Localization> graph = em.createEntityGraph(Localization.class);
    graph.addSubgraph("document").addAttributeNodes("appeal");
    Localization l =
        em.find(Localization.class, id, Map.of("jakarta.persistence.fetchgraph", graph));
    if (l == null) {
      throw new NotFoundException("Localization", id);
    }
    return l;
  }

  private Segment segment(Localization loc, String key) {
    return documents
        .segment(documents.latestRevision(loc.getDocument()), key)
        .orElseThrow(() -> new NotFoundException("Segment", key));
  }
}
