package org.chorus.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.appeal.Appeal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.appeal.SourceDocument;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentException;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.ExtractedDocument;
import org.chorus.translations.preview.DocumentPreview;

/**
 * Source documents, their revisions and segments, and the bridge to the document engine; a helper
 * of the services, running in their transactions.
 */
@Dependent
public class Documents {

  private static final DocumentEngine ENGINE = new DocumentEngine();
  private static final DocumentPreview PREVIEW = new DocumentPreview(ENGINE);

  @PersistenceContext private EntityManager em;

  ExtractedDocument extract(
      byte[] content, DocumentFormat format, Locale source, Set<String> doNotTranslate) {
    try {
      return ENGINE.extract(content, format, source, doNotTranslate);
    } catch (DocumentException e) {
      throw new InvalidInputException(
          Refusal.of("document.unreadable", format.name(), e.getMessage()), e);
    }
  }

  byte[] merge(Revision revision, Locale target, Map<String, String> texts, Set<String> adapted) {
    Appeal appeal = revision.getDocument().getAppeal();
    DocumentFormat format = DocumentFormat.valueOf(revision.getDocument().getFormat());
    return ENGINE.merge(
        revision.getContent(),
        format,
        appeal.getSourceLocale(),
        target,
        texts,
        names(revision),
        adapted);
  }

  /**
   * The document as it will look, as safe HTML with a span per sentence: the source (when {@code
   * target} is null) or the translation so far, through the same merge as {@link #merge}.
   */
  String preview(Revision revision, Locale target, Map<String, String> texts, Set<String> adapted) {
    Appeal appeal = revision.getDocument().getAppeal();
    var document =
        new org.chorus.translations.preview.SourceDocument(
            revision.getContent(),
            DocumentFormat.valueOf(revision.getDocument().getFormat()),
            appeal.getSourceLocale(),
            names(revision));
    try {
      return (target == null
              ? PREVIEW.source(document)
              : PREVIEW.translated(document, target, texts, adapted))
          .html();
    } catch (DocumentException e) {
      throw new InvalidInputException(Refusal.of("preview.unreadable", e.getMessage()), e);
    }
  }

  /**
   * What is never translated in a revision: the names it was read with (the appeal's names and the
   * glossary's do-not-translate terms of that moment), the same for every pass over it.
   */
  private static Set<String> names(Revision revision) {
    return revision.getProtectedNames();
  }

  /** Stores an extracted sentence as a segment of a revision. */
  Segment persistSegment(Revision revision, org.chorus.translations.SourceSegment s) {
    Segment segment =
        new Segment(
            revision,
            s.position(),
            s.key(),
            s.text(),
            s.context().name(),
            s.words(),
            SegmentTokens.encode(s.tokens()));
    em.persist(segment);
    return segment;
  }

  SourceDocument documentOf(Appeal appeal) {
    return em.createQuery(
            "select d from SourceDocument d where d.appeal = :a order by d.id",
            SourceDocument.class)
        .setParameter("a", appeal)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Source document of appeal", appeal.getId()));
  }

  Revision latestRevision(SourceDocument doc) {
    return em.createQuery(
            "select r from Revision r where r.document = :d order by r.number desc", Revision.class)
        .setParameter("d", doc)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** Segment count and word total of a revision. */
  record Totals(int segments, int words) {}

  Totals totals(Revision revision) {
    Object[] row =
        em.createQuery(
                "select count(s), coalesce(sum(s.words), 0) from Segment s where s.revision = :r",
                Object[].class)
            .setParameter("r", revision)
            .getSingleResult();
    return new Totals(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
  }

  Optional<Segment> segment(Revision revision, String key) {
    return em.createQuery(
            "select s from Segment s where s.revision = :r and s.key = :k", Segment.class)
        .setParameter("r", revision)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  List<Segment> segments(Revision revision) {
    return em.createQuery(
            "select s from Segment s where s.revision = :r order by s.position", Segment.class)
        .setParameter("r", revision)
        .getResultList();
  }
}
