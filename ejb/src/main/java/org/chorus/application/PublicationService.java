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
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.StateConflictException;
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

  /** Renders the approved localization in the source's format as a new, immutable publication. */
  public PublicationView publish(long localizationId) {
    Localization loc = localizations.find(localizationId);
    Participant p = access.participant(loc);
    if (!p.publishes()) {
      throw new ForbiddenException(
          "Only a coordinator or an admin of section "
              + loc.getSection().getCode()
              + " may publish.");
    }
    Revision revision = documents.latestRevision(loc.getDocument());
    List<Segment> segments = documents.segments(revision);
    Map<String, Translation> byKey = new HashMap<>();
    localizations.translations(loc).forEach(t -> byKey.put(t.getSegmentKey(), t));
    Map<String, String> texts = new HashMap<>();
    int notApproved = 0;
    for (Segment s : segments) {
      Translation t = byKey.get(s.getKey());
      if (t == null || t.getState() != TranslationState.APPROVED) {
        notApproved++;
      } else {
        texts.put(s.getKey(), t.getText());
      }
    }
    if (notApproved > 0) {
      throw new StateConflictException(
          notApproved
              + " of "
              + segments.size()
              + " segments are not approved yet; only approved text is published.");
    }
    byte[] rendered = documents.merge(revision, loc.getTargetLocale(), texts);
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
            p.username());
    em.persist(pub);
    em.flush();
    return view(pub);
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
        .map(PublicationService::view)
        .toList();
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

  private static PublicationView view(Publication p) {
    Revision r = p.getRevision();
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
        p.getPublishedAt());
  }
}
