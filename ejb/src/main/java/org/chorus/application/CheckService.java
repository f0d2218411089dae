package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.application.CheckViews.CheckCount;
import org.chorus.application.CheckViews.CheckReport;
import org.chorus.application.CheckViews.CheckRule;
import org.chorus.application.CheckViews.CheckSettingsView;
import org.chorus.application.CheckViews.IssueView;
import org.chorus.application.CheckViews.LengthLimits;
import org.chorus.application.CheckViews.SegmentIssues;
import org.chorus.application.GlossaryViews.TermView;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.checks.CheckPolicy;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.localization.TranslationState;
import org.chorus.translations.checks.Check;
import org.chorus.translations.checks.CheckSettings;
import org.chorus.translations.checks.Issue;
import org.chorus.translations.checks.Severity;

/**
 * The organisation's quality-check settings, the checks of a localization as a report, and the
 * glossary terms of a segment. Everyone in the organisation reads the settings; coordinators set
 * them. A localization's report and terms are for those who take part in it.
 */
@Stateless
public class CheckService {

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Documents documents;
  @Inject private Checks checks;
  @Inject private LocalizationService localizations;

  public CheckSettingsView settings() {
    access.caller();
    return view(checks.policy());
  }

  /**
   * Sets how checks are taken: severities by check code (BLOCK, WARN or OFF; codes not given keep
   * theirs) and, when given, the length bounds.
   */
  public CheckSettingsView configure(Map<String, String> severities, LengthLimits length) {
    access.requireCoordinator();
    Map<Check, Severity> changes = new EnumMap<>(Check.class);
    if (severities != null) {
      severities.forEach((code, severity) -> changes.put(check(code), severity(code, severity)));
    }
    CheckPolicy policy = checks.policy();
    CheckPolicy.Limits limits =
        length == null
            ? CheckPolicy.Limits.of(policy.settings().length())
            : new CheckPolicy.Limits(
                length.shortSource(),
                length.shortMinPercent(),
                length.shortMaxPercent(),
                length.minPercent(),
                length.maxPercent());
    policy.configure(changes, limits);
    if (policy.getId() == null) {
      em.persist(policy);
    }
    em.flush();
    return view(policy);
  }

  /** Every check's findings in a localization: counts per check and the segments with issues. */
  public CheckReport report(long localizationId) {
    Localization loc = localizations.find(localizationId);
    access.participant(loc);
    Revision revision = documents.latestRevision(loc.getDocument());
    List<Segment> segments = documents.segments(revision);
    Map<String, Translation> byKey = new HashMap<>();
    localizations.translations(loc).forEach(t -> byKey.put(t.getSegmentKey(), t));
    Map<String, List<Issue>> found = checks.all(loc, revision, segments, byKey);
    CheckSettings settings = checks.policy().settings();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Check c : Check.values()) {
      counts.put(c.code(), new int[2]);
    }
    List<SegmentIssues> withIssues = new ArrayList<>();
    int checked = 0;
    int blocking = 0;
    int warnings = 0;
    for (Segment s : segments) {
      Translation t = byKey.get(s.getKey());
      if (t != null && t.getText() != null && !t.getText().isBlank()) {
        checked++;
      }
      List<Issue> issues = found.getOrDefault(s.getKey(), List.of());
      if (issues.isEmpty()) {
        continue;
      }
      for (Issue i : issues) {
        counts.get(i.check())[0]++;
        if (i.blocks()) {
          blocking++;
        } else {
          warnings++;
        }
      }
      issues.stream().map(Issue::check).distinct().forEach(c -> counts.get(c)[1]++);
      withIssues.add(
          new SegmentIssues(
              s.getPosition() + 1,
              s.getKey(),
              t == null ? TranslationState.UNTRANSLATED.name() : t.getState().name(),
              t != null && t.isAdapted(),
              s.getSourceText(),
              t == null ? null : t.getText(),
              Checks.views(issues)));
    }
    List<CheckCount> perCheck = new ArrayList<>();
    counts.forEach(
        (code, n) -> {
          if (n[0] > 0) {
            perCheck.add(
                new CheckCount(code, settings.severity(Check.ofCode(code)).name(), n[0], n[1]));
          }
        });
    return new CheckReport(
        loc.getId(),
        loc.getDocument().getAppeal().getSourceLocale().toLanguageTag(),
        loc.getTargetLocale().toLanguageTag(),
        segments.size(),
        checked,
        blocking,
        warnings,
        perCheck,
        withIssues);
  }

  /** The issues of one segment, as its row in the editor shows them. */
  public List<IssueView> issues(long localizationId, String key) {
    Localization loc = localizations.find(localizationId);
    access.participant(loc);
    Revision revision = documents.latestRevision(loc.getDocument());
    Segment segment = segment(revision, key);
    Translation t =
        localizations.translations(loc).stream()
            .filter(x -> x.getSegmentKey().equals(key))
            .findFirst()
            .orElse(null);
    return Checks.views(checks.of(loc, revision, segment, t));
  }

  /** The glossary terms in a segment's source, with the target language's terms for each. */
  public List<TermView> terms(long localizationId, String key) {
    Localization loc = localizations.find(localizationId);
    access.participant(loc);
    Segment segment = segment(documents.latestRevision(loc.getDocument()), key);
    return Checks.terms(checks.finder(loc), segment.getSourceText());
  }

  private Segment segment(Revision revision, String key) {
    return documents
        .segment(revision, key)
        .orElseThrow(() -> new NotFoundException("Segment", key));
  }

  private static CheckSettingsView view(CheckPolicy policy) {
    CheckSettings s = policy.settings();
    List<CheckRule> rules = new ArrayList<>();
    for (Check c : Check.values()) {
      rules.add(new CheckRule(c.code(), s.severity(c).name(), c == Check.INLINE_CODES, c.keys()));
    }
    CheckPolicy.Limits l = CheckPolicy.Limits.of(s.length());
    return new CheckSettingsView(
        rules,
        new LengthLimits(
            l.shortSource(),
            l.shortMinPercent(),
            l.shortMaxPercent(),
            l.minPercent(),
            l.maxPercent()));
  }

  private static Check check(String code) {
    try {
      return Check.ofCode(code == null ? "" : code.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Refusal.of("checks.unknown", code), e);
    }
  }

  private static Severity severity(String code, String severity) {
    try {
      return Severity.valueOf(severity == null ? "" : severity.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Refusal.of("checks.severity", code, severity), e);
    }
  }
}
