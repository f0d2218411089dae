package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.application.Views.AppealView;
import org.chorus.application.Views.FileContent;
import org.chorus.application.Views.NewAppeal;
import org.chorus.application.Views.TargetOption;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StateConflictException;
import org.chorus.domain.UnsupportedDocumentException;
import org.chorus.domain.appeal.Appeal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.appeal.SourceDocument;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.organisation.Account;
import org.chorus.domain.organisation.Section;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.ExtractedDocument;
import org.chorus.translations.SourceSegment;
import org.chorus.translations.UnsupportedFormatException;

/** Creating appeals from a source document and reading them. */
@Stateless
public class AppealService {

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private Overviews overviews;
  @Inject private Glossaries glossaries;
  @Inject private PreTranslation preTranslation;

  /**
   * Creates an appeal with its source document, split into segments, and a localization per target,
   * pre-translated from the memory. All or nothing: a bad file or target leaves no trace.
   */
  public AppealView create(NewAppeal cmd) {
    return create(cmd, true);
  }

  /**
   * Creates an appeal; without pre-translation when {@code preTranslate} is false (for it and its
   * later revisions: the memory's analysis is kept all the same).
   */
  public AppealView create(NewAppeal cmd, boolean preTranslate) {
    Account coordinator = access.requireCoordinator();
    Locale sourceLocale = locale(cmd.sourceLocale());
    List<Target> targets = targets(cmd.targets(), sourceLocale);
    if (cmd.content() == null || cmd.content().length == 0) {
      throw new InvalidInputException(
          Refusal.of("appeal.emptyFile", cmd.fileName() == null ? "" : cmd.fileName()));
    }
    DocumentFormat format = format(cmd.fileName(), cmd.content());
    Set<String> names = names(cmd.doNotTranslate());
    Set<String> protectedNames = new LinkedHashSet<>(names);
    protectedNames.addAll(glossaries.doNotTranslate());
    ExtractedDocument extracted =
        documents.extract(cmd.content(), format, sourceLocale, protectedNames);
    if (referenceTaken(cmd.reference())) {
      throw new StateConflictException(
          Refusal.of("appeal.referenceTaken", cmd.reference().strip()));
    }
    Appeal appeal =
        new Appeal(
            cmd.reference(), cmd.title(), sourceLocale, cmd.actUntil(), coordinator.getUsername());
    appeal.protectNames(names);
    if (!preTranslate) {
      appeal.translateWithoutMemory();
    }
    em.persist(appeal);
    SourceDocument document = new SourceDocument(appeal, safeName(cmd.fileName()), format.name());
    em.persist(document);
    Revision revision = new Revision(document, 1, cmd.content(), coordinator.getUsername());
    revision.protect(protectedNames);
    em.persist(revision);
    for (SourceSegment s : extracted.segments()) {
      documents.persistSegment(revision, s);
    }
    for (Target t : targets) {
      Localization loc = new Localization(document, t.section(), t.locale(), cmd.actUntil());
      em.persist(loc);
      for (SourceSegment s : extracted.segments()) {
        em.persist(new Translation(loc, s.key()));
      }
    }
    em.flush();
    preTranslation.fill(document, null, coordinator.getUsername());
    return view(appeal.getId());
  }

  /** Every appeal of the organisation, newest first, with its figures read together. */
  public List<AppealView> list() {
    access.caller();
    List<Appeal> appeals =
        em.createQuery("select a from Appeal a order by a.createdAt desc", Appeal.class)
            .getResultList();
    Map<Long, Overviews.Source> sources =
        overviews.sources(appeals.stream().map(Appeal::getId).toList());
    return appeals.stream().map(a -> view(a, sources.get(a.getId()))).toList();
  }

  public AppealView view(long appealId) {
    access.caller();
    Appeal appeal = find(appealId);
    return view(appeal, overviews.sources(List.of(appealId)).get(appealId));
  }

  private static AppealView view(Appeal appeal, Overviews.Source source) {
    return new AppealView(
        appeal.getId(),
        appeal.getReference(),
        appeal.getTitle(),
        appeal.getSourceLocale().toLanguageTag(),
        appeal.getActUntil(),
        appeal.getStatus().name(),
        appeal.getCreatedAt(),
        source.documentId(),
        source.fileName(),
        source.format(),
        source.revision(),
        source.sha256(),
        source.segments(),
        source.words());
  }

  /** The source document's latest revision, byte for byte as uploaded. */
  public FileContent source(long appealId) {
    access.caller();
    SourceDocument doc = documents.documentOf(find(appealId));
    Revision rev = documents.latestRevision(doc);
    return new FileContent(
        doc.getFileName(),
        DocumentFormat.valueOf(doc.getFormat()).mediaType(),
        rev.getContent(),
        rev.getSha256());
  }

  /** The source segments of an appeal's latest revision, in document order. */
  public List<Views.SegmentView> sourceSegments(long appealId) {
    return sourcePage(appealId, 0, Integer.MAX_VALUE).rows();
  }

  /** A page of the source segments of an appeal's latest revision, in document order. */
  public Views.SegmentPage sourcePage(long appealId, int first, int max) {
    access.caller();
    Overviews.Source source = overviews.sources(List.of(find(appealId).getId())).get(appealId);
    List<Segment> page =
        em.createQuery(
                "select s from Segment s where s.revision.id = :r order by s.position",
                Segment.class)
            .setParameter("r", source.revisionId())
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, max))
            .getResultList();
    return new Views.SegmentPage(
        page.stream().map(AppealService::sourceView).toList(),
        source.segments(),
        source.revision());
  }

  private static Views.SegmentView sourceView(Segment s) {
    return new Views.SegmentView(
        s.getPosition(),
        s.getKey(),
        s.getSourceText(),
        s.getContext(),
        s.getWords(),
        null,
        null,
        0,
        null,
        null,
        null,
        SegmentTokens.decode(s.getTokens()),
        null,
        List.of(),
        s.isAdaptable(),
        false,
        0,
        0,
        Set.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * Marks a sentence of the latest revision adaptable (sections may replace it with their own text,
   * such as their embassy's address) or not.
   */
  public Views.SegmentView markAdaptable(long appealId, String key, boolean adaptable) {
    access.requireCoordinator();
    Revision rev = documents.latestRevision(documents.documentOf(find(appealId)));
    Segment segment =
        documents.segment(rev, key).orElseThrow(() -> new NotFoundException("Segment", key));
    segment.markAdaptable(adaptable);
    em.flush();
    return sourceSegments(appealId).stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  /** Every section and locale an appeal can be localised into. */
  public List<TargetOption> targetOptions() {
    return targetOptions(null);
  }

  /**
   * The sections' languages an appeal may be localised into, without those of its own language
   * {@code sourceLocale} (when it is a language tag).
   */
  public List<TargetOption> targetOptions(String sourceLocale) {
    access.caller();
    Locale source =
        sourceLocale == null || sourceLocale.isBlank()
            ? null
            : Locale.forLanguageTag(sourceLocale.strip());
    List<TargetOption> options = new ArrayList<>();
    for (Section s :
        em.createQuery("select s from Section s order by s.code", Section.class).getResultList()) {
      for (String locale : s.getLocales()) {
        if (source != null && sameLanguage(Locale.forLanguageTag(locale), source)) {
          continue;
        }
        options.add(new TargetOption(s.getCode(), s.getName(), locale));
      }
    }
    return options;
  }

  private Appeal find(long id) {
    Appeal a = em.find(Appeal.class, id);
    if (a == null) {
      throw new NotFoundException("Appeal", id);
    }
    return a;
  }

  private boolean referenceTaken(String reference) {
    if (reference == null) {
      return false;
    }
    return !em.createQuery("select a.id from Appeal a where a.reference = :r", Long.class)
        .setParameter("r", reference.strip())
        .getResultList()
        .isEmpty();
  }

  private record Target(Section section, Locale locale) {}

  private List<Target> targets(List<String> ids, Locale source) {
    if (ids == null || ids.isEmpty()) {
      throw new InvalidInputException(Refusal.of("appeal.noTargets"));
    }
    List<Target> targets = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      String[] parts = id.split("/", 2);
      if (parts.length != 2) {
        throw new InvalidInputException(Refusal.of("appeal.targetForm", id));
      }
      Section section =
          em.createQuery("select s from Section s where s.code = :c", Section.class)
              .setParameter("c", parts[0])
              .getResultStream()
              .findFirst()
              .orElseThrow(
                  () -> new InvalidInputException(Refusal.of("appeal.noSection", parts[0])));
      if (!section.worksIn(parts[1])) {
        throw new InvalidInputException(
            Refusal.of("appeal.sectionLanguage", section.getCode(), parts[1]));
      }
      if (sameLanguage(Locale.forLanguageTag(parts[1]), source)) {
        throw new InvalidInputException(
            Refusal.of("appeal.targetIsSource", parts[1], source.toLanguageTag()));
      }
      targets.add(new Target(section, Locale.forLanguageTag(parts[1])));
    }
    return targets;
  }

  /** An appeal is not localised into its own language (fr-CH is French for an appeal in fr). */
  private static boolean sameLanguage(Locale target, Locale source) {
    return !source.getLanguage().isEmpty() && target.getLanguage().equals(source.getLanguage());
  }

  private static Locale locale(String tag) {
    if (tag == null || tag.isBlank()) {
      throw new InvalidInputException(Refusal.of("appeal.noSourceLocale"));
    }
    Locale l = Locale.forLanguageTag(tag.strip());
    if (l.getLanguage().isEmpty()) {
      throw new InvalidInputException(Refusal.of("appeal.badLocale", tag));
    }
    return l;
  }

  private static Set<String> names(List<String> given) {
    Set<String> names = new LinkedHashSet<>();
    if (given != null) {
      given.stream()
          .flatMap(String::lines)
          .map(String::strip)
          .filter(n -> !n.isEmpty())
          .forEach(names::add);
    }
    return names;
  }

  private static DocumentFormat format(String fileName, byte[] content) {
    try {
      return DocumentFormat.detect(fileName, content);
    } catch (UnsupportedFormatException e) {
      throw new UnsupportedDocumentException(
          Refusal.of("document.unsupported", e.fileName(), String.valueOf(e.supported())), e);
    }
  }

  private static String safeName(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
