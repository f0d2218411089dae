package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chorus.application.Views.FileContent;
import org.chorus.application.Views.ImportReport;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Origin;
import org.chorus.domain.localization.Participant;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.localization.TranslationState;
import org.chorus.infrastructure.CallContext;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.OfflineFile;
import org.chorus.translations.OfflineUnit;
import org.chorus.translations.PlaceholderMismatchException;
import org.chorus.translations.Token;
import org.chorus.translations.UnitState;
import org.chorus.translations.Xliff;
import org.chorus.translations.XliffException;
import org.chorus.translations.checks.Issue;

/** A localization out to a CAT tool as XLIFF, and the translated file back in. */
@Stateless
public class OfflineService {

  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private LocalizationService localizations;
  @Inject private Checks checks;
  @Inject private jakarta.enterprise.event.Event<SegmentsChanged> changes;
  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager em;

  /** The localization as XLIFF 2.1 (or 1.2): every segment, its translation, state and notes. */
  public FileContent export(long localizationId, boolean xliff12) {
    Localization loc = localizations.find(localizationId);
    access.participant(loc);
    Revision revision = documents.latestRevision(loc.getDocument());
    Map<String, Translation> byKey = translations(loc);
    List<OfflineUnit> units = new ArrayList<>();
    for (Segment s : documents.segments(revision)) {
      Translation t = byKey.get(s.getKey());
      List<String> notes = new ArrayList<>();
      notes.add(s.getContext());
      if (t != null && t.getRejectionReason() != null) {
        notes.add("Rejected: " + t.getRejectionReason());
      }
      units.add(
          new OfflineUnit(
              s.getKey(),
              s.getSourceText(),
              t == null ? null : t.getText(),
              t == null ? UnitState.UNTRANSLATED : UnitState.valueOf(t.getState().name()),
              notes,
              tokens(s),
              t == null ? null : t.getVersion()));
    }
    String fileName = loc.getDocument().getFileName();
    OfflineFile file =
        new OfflineFile(
            Long.toString(loc.getId()),
            revision.getNumber(),
            fileName,
            loc.getDocument().getAppeal().getSourceLocale().toLanguageTag(),
            loc.getTargetLocale().toLanguageTag(),
            units);
    byte[] bytes = xliff12 ? Xliff.write12(file) : Xliff.write21(file);
    String name =
        PublicationService.fileName(fileName, loc.getTargetLocale(), null)
            + (xliff12 ? ".xliff12.xlf" : ".xlf");
    return new FileContent(name, "application/xliff+xml", bytes, Revision.sha256(bytes));
  }

  /**
   * Takes the translations of an XLIFF file exported for this localization: each changed target
   * becomes a draft (submitted when the file says it is translated), from an offline file. A unit
   * is applied only where the segment is unchanged since the export (the version the file records
   * for it); the others are conflicts, reported with both texts and not applied. Units whose target
   * breaks its placeholders, or whose translation is approved already, are left as they are and
   * reported.
   */
  public ImportReport importFile(long localizationId, byte[] content) {
    Localization loc = localizations.find(localizationId);
    Participant p = access.participant(loc);
    if (!p.translates() && !p.reviews()) {
      throw new ForbiddenException(Refusal.of("offline.importForbidden"));
    }
    OfflineFile file;
    try {
      file = Xliff.read(content);
    } catch (XliffException e) {
      throw new InvalidInputException(Refusal.of("offline.xliff", e.getMessage()), e);
    } catch (org.chorus.translations.DocumentException e) {
      throw new InvalidInputException(Refusal.of("offline.unreadable", e.getMessage()), e);
    }
    if (!Long.toString(loc.getId()).equals(file.localization())) {
      throw new InvalidInputException(
          file.localization() == null
              ? Refusal.of("offline.otherLocalization")
              : Refusal.of("offline.otherLocalizationNamed", file.localization()));
    }
    if (file.targetLanguage() != null
        && !Locale.forLanguageTag(file.targetLanguage()).equals(loc.getTargetLocale())) {
      throw new InvalidInputException(
          Refusal.of(
              "offline.targetLanguage",
              file.targetLanguage(),
              loc.getTargetLocale().toLanguageTag()));
    }
    Revision revision = documents.latestRevision(loc.getDocument());
    Map<String, Segment> segments =
        documents.segments(revision).stream()
            .collect(Collectors.toMap(Segment::getKey, Function.identity()));
    Map<String, Translation> byKey = translations(loc);
    int updated = 0;
    int unchanged = 0;
    int locked = 0;
    int unknown = 0;
    List<String> refused = new ArrayList<>();
    List<Views.ImportConflict> conflicts = new ArrayList<>();
    for (OfflineUnit u : file.units()) {
      Segment s = segments.get(u.key());
      Translation t = byKey.get(u.key());
      if (s == null || t == null) {
        unknown++;
        continue;
      }
      if (u.target() == null || u.target().isBlank() || u.target().strip().equals(t.getText())) {
        unchanged++;
        continue;
      }
      if (t.getState() == TranslationState.APPROVED) {
        locked++;
        continue;
      }
      if (!unchangedSinceExport(u, t)) {
        conflicts.add(
            new Views.ImportConflict(
                s.getPosition() + 1,
                s.getKey(),
                u.target(),
                t.getText(),
                t.getState().name(),
                t.getTranslatedBy()));
        continue;
      }
      try {
        InlineCodes.check(s.getSourceText(), u.target());
      } catch (PlaceholderMismatchException e) {
        refused.add("Segment " + (s.getPosition() + 1) + ": " + e.getMessage());
        continue;
      }
      em.persist(t.saveDraft(u.target(), p, Origin.OFFLINE_FILE));
      if (p.translates()
          && (u.state() == UnitState.TRANSLATED || u.state() == UnitState.APPROVED)) {
        List<Issue> blocking =
            checks.of(loc, revision, s, t).stream().filter(Issue::blocks).toList();
        if (blocking.isEmpty()) {
          em.persist(t.submit(p));
        } else {
          // saved, but not submitted: a check that blocks fails on it
          refused.add(
              "Segment "
                  + (s.getPosition() + 1)
                  + ": "
                  + String.join(
                      " ",
                      Checks.views(blocking).stream().map(CheckViews.IssueView::message).toList()));
        }
      }
      updated++;
    }
    if (unknown == file.units().size() && !file.units().isEmpty()) {
      throw new InvalidInputException(Refusal.of("offline.noUnit"));
    }
    em.flush();
    if (updated > 0) {
      changes.fire(SegmentsChanged.all(CallContext.tenant(), localizationId, p.username()));
    }
    return new ImportReport(updated, unchanged, locked, unknown, refused, conflicts);
  }

  /**
   * Whether a segment is as it was when the unit was exported: the same version. A file that does
   * not say its versions (another tool dropped them) may only fill segments that have no text.
   */
  private static boolean unchangedSinceExport(OfflineUnit u, Translation t) {
    if (u.basedOn() == null) {
      return t.getText() == null || t.getText().isEmpty();
    }
    return u.basedOn() == t.getVersion();
  }

  private Map<String, Translation> translations(Localization loc) {
    return localizations.translations(loc).stream()
        .collect(Collectors.toMap(Translation::getSegmentKey, Function.identity()));
  }

  private static List<Token> tokens(Segment s) {
    return SegmentTokens.decode(s.getTokens()).stream()
        .map(v -> new Token(v.placeholder(), Token.Kind.valueOf(v.kind()), v.display()))
        .toList();
  }
}
