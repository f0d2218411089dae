package org.chorus.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.application.Access.Caller;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.organisation.Section;
import org.chorus.translations.memory.MemoryContext;
import org.chorus.translations.memory.MemoryQuery;

/**
 * What the memory is asked, and who may see which units: a helper of the memory services, in their
 * transactions.
 *
 * <p>A unit's scope is the section it was approved in (0 for the organisation's own imports). The
 * units of a section that shares its memory (the default) are offered everywhere in the
 * organisation; those of a section that keeps it private only in its own localizations, and to its
 * own members. Another organisation's units are never in the index at all.
 *
 * <p>A sentence's place is its appeal's reference with its segment key (the same sentence of the
 * same appeal: in any language of it, and in its later revisions), with the sentences before and
 * after it: an exact match is in context when it stood in the same place or between the same two
 * sentences.
 */
@Dependent
public class MemoryQueries {

  @PersistenceContext private EntityManager em;

  /**
   * The organisation's sections as the memory needs them.
   *
   * @param sharing the sections that share their memory
   * @param codes every section's code, by id
   */
  record Sections(Set<Long> sharing, Map<Long, String> codes) {

    /** The scopes offered in a localization: the sections that share, and its own. */
    Set<Long> scopes(Localization loc) {
      Set<Long> scopes = new HashSet<>(sharing);
      scopes.add(loc.getSection().getId());
      return scopes;
    }

    /** The scopes the caller may read: the sections that share, and the caller's own. */
    Set<Long> scopes(Caller me) {
      Set<Long> scopes = new HashSet<>(sharing);
      scopes.addAll(me.sectionIds());
      return scopes;
    }
  }

  Sections sections() {
    Set<Long> sharing = new HashSet<>();
    Map<Long, String> codes = new HashMap<>();
    for (Section s : em.createQuery("select s from Section s", Section.class).getResultList()) {
      codes.put(s.getId(), s.getCode());
      if (!s.isMemoryPrivate()) {
        sharing.add(s.getId());
      }
    }
    return new Sections(sharing, codes);
  }

  /** A segment of a localization as a memory query, in its place. */
  MemoryQuery of(Localization loc, Segment segment, Sections sections) {
    Map<Integer, Segment> around = neighbours(segment);
    Segment previous = around.get(segment.getPosition() - 1);
    Segment next = around.get(segment.getPosition() + 1);
    return new MemoryQuery(
        segment.getSourceText(),
        SegmentTokens.tokens(segment.getTokens()),
        loc.getDocument().getAppeal().getSourceLocale(),
        loc.getTargetLocale(),
        context(loc, segment, previous, next),
        sections.scopes(loc));
  }

  static MemoryContext context(Localization loc, Segment segment, Segment previous, Segment next) {
    return context(loc.getDocument().getAppeal().getReference(), segment, previous, next);
  }

  /** Where a segment stands: its appeal and key, and the texts of its neighbours (or null). */
  static MemoryContext context(
      String appealReference, Segment segment, Segment previous, Segment next) {
    return MemoryContext.of(
        appealReference + "#" + segment.getKey(),
        previous == null ? null : previous.getSourceText(),
        next == null ? null : next.getSourceText());
  }

  /** The segments just before and after one, by position. */
  Map<Integer, Segment> neighbours(Segment segment) {
    return byPosition(
        segment.getRevision(), List.of(segment.getPosition() - 1, segment.getPosition() + 1));
  }

  Map<Integer, Segment> byPosition(Revision revision, List<Integer> positions) {
    Map<Integer, Segment> out = new HashMap<>();
    for (Segment s :
        em.createQuery(
                "select s from Segment s where s.revision = :r and s.position in :p", Segment.class)
            .setParameter("r", revision)
            .setParameter("p", positions)
            .getResultList()) {
      out.put(s.getPosition(), s);
    }
    return out;
  }
}
