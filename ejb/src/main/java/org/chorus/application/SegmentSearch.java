package org.chorus.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.localization.Assignment;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.TranslationState;

/**
 * The segments of a localization's current revision that a filter selects, a page at a time, by
 * queries in the database: the editor of a long report never loads more than the rows it shows.
 *
 * @param state a {@link TranslationState} name, or null for all
 * @param mine only the segments assigned to the caller (these assignments)
 * @param query words the source or the translation contains, case-insensitive; null for any
 */
record SegmentSearch(String state, List<Assignment> mine, String query) {

  static SegmentSearch of(String state, List<Assignment> mine, String query) {
    if (state != null && !state.isEmpty()) {
      try {
        TranslationState.valueOf(state);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(Refusal.of("segment.noSuchState", state));
      }
    }
    return new SegmentSearch(
        state == null || state.isEmpty() ? null : state,
        mine,
        query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT));
  }

  /** How many segments the filter selects. */
  long count(EntityManager em, Localization loc, Revision revision) {
    return query(em, "select count(s)", loc, revision, Long.class, "").getSingleResult();
  }

  /** One page of the selected segments, in document order. */
  List<Segment> page(EntityManager em, Localization loc, Revision revision, int first, int max) {
    return query(em, "select s", loc, revision, Segment.class, " order by s.position")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  private <T> TypedQuery<T> query(
      EntityManager em,
      String select,
      Localization loc,
      Revision revision,
      Class<T> type,
      String order) {
    StringBuilder jpql =
        new StringBuilder(select)
            .append(" from Segment s left join Translation t")
            .append(" on t.localization = :l and t.segmentKey = s.key")
            .append(" where s.revision = :r");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("l", loc);
    parameters.put("r", revision);
    if (state != null) {
      TranslationState st = TranslationState.valueOf(state);
      jpql.append(
          st == TranslationState.UNTRANSLATED
              ? " and (t.id is null or t.state = :st)"
              : " and t.state = :st");
      parameters.put("st", st);
    }
    if (mine != null) {
      jpql.append(" and (").append(ranges(parameters)).append(")");
    }
    if (query != null) {
      jpql.append(
          " and (lower(s.sourceText) like :q escape '!' or lower(t.text) like :q escape '!')");
      parameters.put(
          "q", "%" + query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
    parameters.forEach(q::setParameter);
    return q;
  }

  /** The positions the caller's assignments cover (see {@link Assignment#covers}). */
  private String ranges(Map<String, Object> parameters) {
    if (mine.isEmpty()) {
      return "1 = 0";
    }
    List<String> any = new ArrayList<>();
    for (int i = 0; i < mine.size(); i++) {
      Assignment a = mine.get(i);
      if (a.getFirst() == null) {
        return "1 = 1";
      }
      any.add("s.position between :from" + i + " and :to" + i);
      parameters.put("from" + i, a.getFirst() - 1);
      parameters.put("to" + i, a.getLast() - 1);
    }
    return String.join(" or ", any);
  }
}
