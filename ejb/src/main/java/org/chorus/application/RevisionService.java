package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chorus.application.Views.RevisionReport;
import org.chorus.application.Views.RevisionView;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StateConflictException;
import org.chorus.domain.appeal.Appeal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.appeal.SourceDocument;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.localization.TranslationEvent;
import org.chorus.domain.organisation.Account;
import org.chorus.infrastructure.CallContext;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.ExtractedDocument;
import org.chorus.translations.SourceSegment;
import org.chorus.translations.UnsupportedFormatException;
import org.chorus.translations.revision.Alignment;
import org.chorus.translations.revision.Alignment.Match;
import org.chorus.translations.revision.Alignment.Sentence;

/**
 * New revisions of an appeal's source document. A revision is aligned with the previous one
 * sentence by sentence and every localization follows: identical sentences keep their translation
 * and state, edited ones keep their translation as outdated with the old source, new ones start
 * untranslated, removed ones are retired (kept, never deleted).
 */
@Stateless
public class RevisionService {

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private Glossaries glossaries;
  @Inject private PreTranslation preTranslation;
  @Inject private jakarta.enterprise.event.Event<SegmentsChanged> changes;

  public RevisionReport revise(long appealId, String fileName, byte[] content) {
    Account coordinator = access.requireCoordinator();
    Appeal appeal = em.find(Appeal.class, appealId);
    if (appeal == null) {
      throw new NotFoundException("Appeal", appealId);
    }
    if (content == null || content.length == 0) {
      throw new InvalidInputException(Refusal.of("revision.emptyFile"));
    }
    SourceDocument doc = documents.documentOf(appeal);
    DocumentFormat format = DocumentFormat.valueOf(doc.getFormat());
    DocumentFormat given;
    try {
      given = DocumentFormat.detect(fileName == null ? doc.getFileName() : fileName, content);
    } catch (UnsupportedFormatException e) {
      throw new InvalidInputException(
          Refusal.of("document.unsupported", e.fileName(), String.valueOf(e.supported())), e);
    }
    if (given != format) {
      throw new InvalidInputException(Refusal.of("revision.format", format.name(), given.name()));
    }
    Revision previous = documents.latestRevision(doc);
    if (Revision.sha256(content).equals(previous.getSha256())) {
      throw new StateConflictException(
          Refusal.of("revision.identical", String.valueOf(previous.getNumber())));
    }
    Set<String> names = new LinkedHashSet<>(appeal.getDoNotTranslate());
    names.addAll(glossaries.doNotTranslate());
    ExtractedDocument extracted =
        documents.extract(content, format, appeal.getSourceLocale(), names);
    List<Segment> oldSegments = documents.segments(previous);
    Alignment.Result aligned =
        Alignment.align(
            oldSegments.stream()
                .map(s -> new Sentence(s.getKey(), s.getSourceText(), s.getPosition()))
                .toList(),
            extracted.segments().stream()
                .map(s -> new Sentence(s.key(), s.text(), s.position()))
                .toList());

    Revision revision =
        new Revision(doc, previous.getNumber() + 1, content, coordinator.getUsername());
    revision.protect(names);
    em.persist(revision);
    Map<String, Segment> oldByKey = new HashMap<>();
    oldSegments.forEach(s -> oldByKey.put(s.getKey(), s));
    for (int i = 0; i < extracted.segments().size(); i++) {
      SourceSegment s = extracted.segments().get(i);
      Match m = aligned.matches().get(i);
      Segment segment = documents.persistSegment(revision, s);
      if (m.previous() != null) {
        Segment old = oldByKey.get(m.previous().key());
        segment.markAdaptable(old.isAdaptable());
        if (m.kind() == Alignment.Kind.CHANGED) {
          segment.continues(old.getKey());
        }
      }
    }

    List<Localization> localizations =
        em.createQuery("select l from Localization l where l.document = :d", Localization.class)
            .setParameter("d", doc)
            .getResultList();
    for (Localization loc : localizations) {
      follow(loc, aligned, coordinator.getUsername());
    }
    em.flush();
    preTranslation.fill(
        doc,
        aligned.matches().stream()
            .filter(m -> m.kind() == Alignment.Kind.NEW || m.kind() == Alignment.Kind.CHANGED)
            .map(m -> m.current().key())
            .collect(Collectors.toSet()),
        coordinator.getUsername());
    // editors open on the appeal switch to the new sentences
    localizations.forEach(
        loc ->
            changes.fire(
                SegmentsChanged.all(CallContext.tenant(), loc.getId(), coordinator.getUsername())));
    return new RevisionReport(
        view(revision),
        previous.getNumber(),
        (int) aligned.count(Alignment.Kind.IDENTICAL),
        (int) aligned.count(Alignment.Kind.CHANGED),
        (int) aligned.count(Alignment.Kind.NEW),
        aligned.retired().size(),
        localizations.size());
  }

  /** Moves one localization's translations onto the new revision's sentences. */
  private void follow(Localization loc, Alignment.Result aligned, String by) {
    Map<String, Translation> byKey = new HashMap<>();
    for (Translation t :
        em.createQuery("select t from Translation t where t.localization = :l", Translation.class)
            .setParameter("l", loc)
            .getResultList()) {
      byKey.put(t.getSegmentKey(), t);
    }
    List<TranslationEvent> events = new ArrayList<>();
    java.util.Set<Translation> kept = new java.util.HashSet<>();
    for (Match m : aligned.matches()) {
      String key = m.current().key();
      Translation own = byKey.get(key);
      if (own != null) {
        // the sentence under this key already has a row: the same one, or one retired earlier
        if (own.isRetired()) {
          events.add(own.revive(by));
        }
        kept.add(own);
        continue;
      }
      Translation previous = m.previous() == null ? null : byKey.get(m.previous().key());
      if (previous == null || kept.contains(previous)) {
        Translation fresh = new Translation(loc, key);
        em.persist(fresh);
        kept.add(fresh);
      } else if (m.kind() == Alignment.Kind.CHANGED) {
        TranslationEvent e = previous.outdate(key, m.previous().text(), by);
        if (e != null) {
          events.add(e);
        }
        kept.add(previous);
      } else {
        previous.rekey(key);
        kept.add(previous);
      }
    }
    for (Translation t : byKey.values()) {
      if (!kept.contains(t) && !t.isRetired()) {
        events.add(t.retire(by));
      }
    }
    events.forEach(em::persist);
  }

  /** Every revision of an appeal's source document, newest first. */
  public List<RevisionView> revisions(long appealId) {
    access.caller();
    Appeal appeal = em.find(Appeal.class, appealId);
    if (appeal == null) {
      throw new NotFoundException("Appeal", appealId);
    }
    return em
        .createQuery(
            "select r from Revision r where r.document = :d order by r.number desc", Revision.class)
        .setParameter("d", documents.documentOf(appeal))
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  private RevisionView view(Revision r) {
    Documents.Totals totals = documents.totals(r);
    return new RevisionView(
        r.getNumber(),
        r.getSha256(),
        r.getSizeBytes(),
        r.getUploadedBy(),
        r.getUploadedAt(),
        totals.segments(),
        totals.words());
  }
}
