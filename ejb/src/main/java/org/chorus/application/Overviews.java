package org.chorus.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.TranslationState;

/**
 * The figures of many appeals and localizations at once — their current revision, segment and word
 * totals, counts per state, latest publication — in a handful of aggregate queries, however many
 * there are: a dashboard of 500 appeals costs the same few queries as one. No file content is ever
 * read for them.
 */
@Dependent
class Overviews {

  @PersistenceContext private EntityManager em;

  /** An appeal's document and its current revision, with the revision's totals. */
  record Source(
      long appealId,
      long documentId,
      String fileName,
      String format,
      long revisionId,
      int revision,
      String sha256,
      int segments,
      int words) {}

  /** A localization's progress on its document's current revision. */
  record Progress(
      Source source,
      Map<TranslationState, long[]> states,
      Long latestPublication,
      Integer latestPublishedRevision,
      boolean nothingChangedSincePublished) {

    int count(TranslationState state) {
      return (int) states.getOrDefault(state, new long[2])[0];
    }

    int words(TranslationState state) {
      return (int) states.getOrDefault(state, new long[2])[1];
    }
  }

  /** The current source of each appeal, by appeal id. */
  Map<Long, Source> sources(List<Long> appealIds) {
    Map<Long, Source> sources = new HashMap<>();
    if (appealIds.isEmpty()) {
      return sources;
    }
    List<Object[]> rows =
        em.createQuery(
                "select d.appeal.id, d.id, d.fileName, d.format, r.id, r.number, r.sha256"
                    + " from SourceDocument d join Revision r on r.document = d"
                    + " where d.appeal.id in :a and r.number ="
                    + " (select max(r2.number) from Revision r2 where r2.document = d)"
                    + " order by d.id desc",
                Object[].class)
            .setParameter("a", appealIds)
            .getResultList();
    Map<Long, long[]> totals = totals(rows.stream().map(r -> (Long) r[4]).toList());
    for (Object[] r : rows) {
      long[] t = totals.getOrDefault((Long) r[4], new long[2]);
      // an appeal's first document is its source (documents are never more than one today)
      sources.put(
          (Long) r[0],
          new Source(
              (Long) r[0],
              (Long) r[1],
              (String) r[2],
              (String) r[3],
              (Long) r[4],
              ((Number) r[5]).intValue(),
              (String) r[6],
              (int) t[0],
              (int) t[1]));
    }
    return sources;
  }

  /** Segment count and words of each revision, by revision id. */
  private Map<Long, long[]> totals(List<Long> revisionIds) {
    Map<Long, long[]> totals = new HashMap<>();
    if (revisionIds.isEmpty()) {
      return totals;
    }
    for (Object[] r :
        em.createQuery(
                "select s.revision.id, count(s), coalesce(sum(s.words), 0) from Segment s"
                    + " where s.revision.id in :r group by s.revision.id",
                Object[].class)
            .setParameter("r", revisionIds)
            .getResultList()) {
      totals.put(
          (Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
    }
    return totals;
  }

  /** The progress of each localization, by localization id. */
  Map<Long, Progress> progress(List<Localization> localizations) {
    Map<Long, Progress> progress = new HashMap<>();
    if (localizations.isEmpty()) {
      return progress;
    }
    List<Long> ids = localizations.stream().map(Localization::getId).toList();
    Map<Long, Source> sources =
        sources(
            localizations.stream()
                .map(l -> l.getDocument().getAppeal().getId())
                .distinct()
                .toList());
    Map<Long, Map<TranslationState, long[]>> states = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                // explicit joins, each on an index: translation → its localization → the current
                // revision of its document → the segment with the translation's key in it
                "select t.localization.id, t.state, count(t), coalesce(sum(s.words), 0)"
                    + " from Translation t join t.localization l"
                    + " join Revision r on r.document = l.document"
                    + " join Segment s on s.revision = r and s.key = t.segmentKey"
                    + " where t.localization.id in :l and r.id in :r"
                    + " group by t.localization.id, t.state",
                Object[].class)
            .setParameter("r", sources.values().stream().map(Source::revisionId).toList())
            .setParameter("l", ids)
            .getResultList()) {
      states
          .computeIfAbsent((Long) r[0], k -> new EnumMap<>(TranslationState.class))
          .put(
              (TranslationState) r[1],
              new long[] {((Number) r[2]).longValue(), ((Number) r[3]).longValue()});
    }
    Map<Long, Object[]> published = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select p.localization.id, p.id, p.revision.number, p.publishedAt,"
                    + " (select max(t.updatedAt) from Translation t"
                    + " where t.localization = p.localization)"
                    + " from Publication p"
                    + " where p.localization.id in :l and p.number ="
                    + " (select max(p2.number) from Publication p2"
                    + " where p2.localization = p.localization)",
                Object[].class)
            .setParameter("l", ids)
            .getResultList()) {
      published.put((Long) r[0], r);
    }
    for (Localization l : localizations) {
      Object[] p = published.get(l.getId());
      progress.put(
          l.getId(),
          new Progress(
              sources.get(l.getDocument().getAppeal().getId()),
              states.getOrDefault(l.getId(), Map.of()),
              p == null ? null : (Long) p[1],
              p == null ? null : ((Number) p[2]).intValue(),
              p != null && (p[4] == null || !((Instant) p[4]).isAfter((Instant) p[3]))));
    }
    return progress;
  }
}
