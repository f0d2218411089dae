package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.application.Views.FileContent;
import org.chorus.application.Views.PublicationView;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Participant;
import org.chorus.domain.localization.Publication;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.localization.TranslationState;
import org.chorus.translations.DocumentFormat;

/** Publishing a finished localization and handing out its files. */
@Stateless
public class PublicationService {

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private LocalizationService localizations;
  @Inject private Checks checks;

  /**
   * Renders the approved localization in the source's format as a new, immutable publication; when
   * nothing changed since the current publication, answers that one instead of numbering a copy.
   */
  public Views.Published publish(long localizationId) {
    Localization loc = localizations.find(localizationId);
    Participant p = access.participant(loc);
    Publication.requirePublisher(p, loc.getSection().getCode());
    Revision revision = documents.latestRevision(loc.getDocument());
    List<Segment> segments = documents.segments(revision);
    Map<String, Translation> byKey = new HashMap<>();
    localizations.translations(loc).forEach(t -> byKey.put(t.getSegmentKey(), t));
    Map<String, String> texts = new HashMap<>();
    java.util.Set<String> adapted = new java.util.HashSet<>();
    List<Integer> adaptedPositions = new java.util.ArrayList<>();
    int notApproved = 0;
    for (Segment s : segments) {
      Translation t = byKey.get(s.getKey());
      if (t == null || t.getState() != TranslationState.APPROVED) {
        notApproved++;
      } else {
        texts.put(s.getKey(), t.getText());
        if (t.isAdapted()) {
          adapted.add(s.getKey());
          adaptedPositions.add(s.getPosition() + 1);
        }
      }
    }
    Publication.requireAllApproved(notApproved, segments.size());
    checks.refusePublishing(loc, revision, segments, byKey);
    java.util.Optional<Publication> current = latest(loc);
    if (current.isPresent() && current.get().isCurrentFor(revision, lastChange(loc))) {
      return new Views.Published(view(current.get()), false);
    }
    byte[] rendered = documents.merge(revision, loc.getTargetLocale(), texts, adapted);
    int number = nextNumber(loc);
    DocumentFormat format = DocumentFormat.valueOf(loc.getDocument().getFormat());
    Publication pub =
        new Publication(
            loc,
            number,
            revision,
            fileName(loc.getDocument().getFileName(), loc.getTargetLocale(), format),
            format.mediaType(),
            rendered,
            p.username(),
            adaptedPositions);
    em.persist(pub);
    em.flush();
    return new Views.Published(view(pub), true);
  }

  private java.time.Instant lastChange(Localization loc) {
    return em.createQuery(
            "select max(e.at) from TranslationEvent e where e.translation.localization = :l",
            java.time.Instant.class)
        .setParameter("l", loc)
        .getSingleResult();
  }

  public List<PublicationView> of(long localizationId) {
    Localization loc = localizations.find(localizationId);
    access.participant(loc);
    return em
        .createQuery(
            "select p from Publication p where p.localization = :l order by p.number desc",
            Publication.class)
        .setParameter("l", loc)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /**
   * The current publication of every localization of an appeal that the caller's sections own (all
   * of them for a coordinator), as one zip: one folder per section and language.
   */
  public FileContent zipOfAppeal(long appealId) {
    Access.Caller me = access.me();
    if (em.find(org.chorus.domain.appeal.Appeal.class, appealId) == null) {
      throw new NotFoundException("Appeal", appealId);
    }
    List<Publication> current = new java.util.ArrayList<>();
    for (Localization loc :
        em.createQuery(
                "select l from Localization l join l.document d where d.appeal.id = :a"
                    + " order by l.targetLocale",
                Localization.class)
            .setParameter("a", appealId)
            .getResultList()) {
      if (me.in(loc).takesPart()) {
        latest(loc).ifPresent(current::add);
      }
    }
    if (current.isEmpty()) {
      throw new NotFoundException("Publication of appeal", appealId);
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    String reference = current.get(0).getLocalization().getDocument().getAppeal().getReference();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (Publication p : current) {
        Localization loc = p.getLocalization();
        zip.putNextEntry(
            new java.util.zip.ZipEntry(
                loc.getSection().getCode()
                    + "-"
                    + loc.getTargetLocale().toLanguageTag()
                    + "/"
                    + p.getFileName()));
        zip.write(p.getContent());
        zip.closeEntry();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    byte[] zip = bytes.toByteArray();
    return new FileContent(
        reference.replaceAll("[^A-Za-z0-9._-]+", "-") + "-publications.zip",
        "application/zip",
        zip,
        Revision.sha256(zip));
  }

  /** An entry of the publications feed: a new publication, or one a newer source has outdated. */
  public record FeedEntry(
      String kind, PublicationView publication, String appealReference, java.time.Instant at) {}

  /**
   * What the caller's sections should know about, newest first: every publication of their
   * localizations, and for each one whose source has since been revised, that it is outdated.
   */
  public List<FeedEntry> feed() {
    Access.Caller me = access.me();
    List<FeedEntry> entries = new java.util.ArrayList<>();
    Map<Long, Revision> latest = new HashMap<>();
    for (Publication p :
        em.createQuery("select p from Publication p order by p.publishedAt desc", Publication.class)
            .setMaxResults(500)
            .getResultList()) {
      Localization loc = p.getLocalization();
      if (!me.in(loc).takesPart()) {
        continue;
      }
      // one lookup of the current revision per document, however many publications it has
      Revision newer =
          latest.computeIfAbsent(
              loc.getDocument().getId(), d -> documents.latestRevision(loc.getDocument()));
      PublicationView v = view(p, newer);
      String ref = loc.getDocument().getAppeal().getReference();
      entries.add(new FeedEntry("PUBLISHED", v, ref, p.getPublishedAt()));
      if (v.outdated()) {
        entries.add(new FeedEntry("OUTDATED", v, ref, newer.getUploadedAt()));
      }
    }
    entries.sort(java.util.Comparator.comparing(FeedEntry::at).reversed());
    return entries;
  }

  private java.util.Optional<Publication> latest(Localization loc) {
    return em.createQuery(
            "select p from Publication p where p.localization = :l order by p.number desc",
            Publication.class)
        .setParameter("l", loc)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public FileContent file(long publicationId) {
    Publication pub = em.find(Publication.class, publicationId);
    if (pub == null) {
      throw new NotFoundException("Publication", publicationId);
    }
    access.participant(pub.getLocalization());
    return new FileContent(
        pub.getFileName(), pub.getMediaType(), pub.getContent(), pub.getSha256());
  }

  public FileContent latestFile(long localizationId) {
    List<PublicationView> all = of(localizationId);
    if (all.isEmpty()) {
      throw new NotFoundException("Publication of localization", localizationId);
    }
    return file(all.get(0).id());
  }

  private int nextNumber(Localization loc) {
    Integer max =
        em.createQuery(
                "select max(p.number) from Publication p where p.localization = :l", Integer.class)
            .setParameter("l", loc)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  static String fileName(String sourceName, Locale target, DocumentFormat format) {
    int dot = sourceName.lastIndexOf('.');
    String base = dot > 0 ? sourceName.substring(0, dot) : sourceName;
    String ext = dot > 0 ? sourceName.substring(dot + 1) : format.defaultExtension();
    return base + "." + target.toLanguageTag() + "." + ext;
  }

  private PublicationView view(Publication p) {
    return view(p, documents.latestRevision(p.getLocalization().getDocument()));
  }

  private PublicationView view(Publication p, Revision currentRevision) {
    Revision r = p.getRevision();
    Localization loc = p.getLocalization();
    int current = currentRevision.getNumber();
    return new PublicationView(
        p.getId(),
        p.getLocalization().getId(),
        p.getNumber(),
        r.getNumber(),
        r.getSha256(),
        p.getFileName(),
        p.getMediaType(),
        p.getSha256(),
        p.getSizeBytes(),
        p.getPublishedBy(),
        p.getPublishedAt(),
        current,
        p.getAdaptedPositions(),
        loc.getTargetLocale().toLanguageTag(),
        loc.getSection().getCode(),
        current > r.getNumber());
  }
}
