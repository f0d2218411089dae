package org.chorus.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.application.CheckViews.IssueView;
import org.chorus.application.CheckViews.SpanView;
import org.chorus.application.GlossaryViews.TargetTerm;
import org.chorus.application.GlossaryViews.TermView;
import org.chorus.domain.BlockingIssuesException;
import org.chorus.domain.Refusal;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.appeal.Segment;
import org.chorus.domain.checks.CheckPolicy;
import org.chorus.domain.localization.Localization;
import org.chorus.domain.localization.Translation;
import org.chorus.domain.terminology.GlossaryConcept;
import org.chorus.infrastructure.CallContext;
import org.chorus.translations.checks.Issue;
import org.chorus.translations.checks.QualityChecks;
import org.chorus.translations.checks.SegmentPair;
import org.chorus.translations.checks.Span;
import org.chorus.translations.terminology.TermFinder;
import org.chorus.translations.terminology.TermMatch;

/**
 * The quality checks and glossary terms of a localization's segments, for the other services: the
 * organisation's settings, its glossary and the names the revision protects, built into one check
 * engine per localization (and kept while none of them changes). A helper of the services, running
 * in their transactions.
 */
@Dependent
public class Checks {

  @PersistenceContext private EntityManager em;
  @Inject private Glossaries glossaries;
  @Inject private GlossaryCache cache;

  /** The organisation's settings: its row, or the engine's defaults when it never set any. */
  CheckPolicy policy() {
    return em.createQuery("select p from CheckPolicy p", CheckPolicy.class)
        .getResultStream()
        .findFirst()
        .orElseGet(CheckPolicy::new);
  }

  /** The glossary compiled for a localization's language pair. */
  TermFinder finder(Localization loc) {
    return glossaries.finder(
        loc.getDocument().getAppeal().getSourceLocale(), loc.getTargetLocale());
  }

  /** The issues of every segment of a revision, by key; segments without any map to none. */
  Map<String, List<Issue>> all(
      Localization loc, Revision revision, List<Segment> segments, Map<String, Translation> byKey) {
    List<SegmentPair> pairs = new ArrayList<>();
    for (Segment s : segments) {
      pairs.add(pair(s, byKey.get(s.getKey())));
    }
    return engine(loc, revision).checkAll(pairs);
  }

  /**
   * The issues of some segments (a page of the editor): their own checks, and consistency with
   * every segment of the same source in the localization, as the whole report has them.
   */
  Map<String, List<Issue>> some(
      Localization loc, Revision revision, List<Segment> rows, Map<String, Translation> byKey) {
    List<String> keys = rows.stream().map(Segment::getKey).toList();
    List<Segment> twins =
        em.createQuery(
                "select s from Segment s where s.revision = :r and s.sourceText in :x"
                    + " and s.key not in :k",
                Segment.class)
            .setParameter("r", revision)
            .setParameter("x", rows.stream().map(Segment::getSourceText).distinct().toList())
            .setParameter("k", keys)
            .getResultList();
    if (twins.isEmpty()) {
      return all(loc, revision, rows, byKey);
    }
    Map<String, Translation> all = new LinkedHashMap<>(byKey);
    em.createQuery(
            "select t from Translation t where t.localization = :l and t.segmentKey in :k",
            Translation.class)
        .setParameter("l", loc)
        .setParameter("k", twins.stream().map(Segment::getKey).toList())
        .getResultList()
        .forEach(t -> all.putIfAbsent(t.getSegmentKey(), t));
    List<Segment> together = new ArrayList<>(rows);
    together.addAll(twins);
    return all(loc, revision, together, all);
  }

  /**
   * The issues of one segment: its own checks, and consistency with the segments of the same source
   * in the localization, exactly as the whole localization's report has them.
   */
  List<Issue> of(Localization loc, Revision revision, Segment segment, Translation t) {
    List<Segment> same =
        em.createQuery(
                "select s from Segment s where s.revision = :r and s.sourceText = :x"
                    + " order by s.position",
                Segment.class)
            .setParameter("r", revision)
            .setParameter("x", segment.getSourceText())
            .getResultList();
    Map<String, Translation> byKey = new LinkedHashMap<>();
    byKey.put(segment.getKey(), t);
    if (same.size() > 1) {
      em.createQuery(
              "select t from Translation t where t.localization = :l and t.segmentKey in :k",
              Translation.class)
          .setParameter("l", loc)
          .setParameter("k", same.stream().map(Segment::getKey).toList())
          .getResultList()
          .forEach(other -> byKey.putIfAbsent(other.getSegmentKey(), other));
    } else {
      same = List.of(segment);
    }
    return all(loc, revision, same, byKey).getOrDefault(segment.getKey(), List.of());
  }

  /**
   * Refuses to let a segment go further (submit, approve) while a check that blocks fails on it:
   * the refusal names the segment and says each problem in the reader's language.
   */
  void refuseBlocking(Localization loc, Revision revision, Segment segment, Translation t) {
    List<BlockingIssuesException.Problem> problems = new ArrayList<>();
    for (Issue i : of(loc, revision, segment, t)) {
      if (i.blocks()) {
        problems.add(problem(segment, i));
      }
    }
    if (!problems.isEmpty()) {
      throw new BlockingIssuesException(
          Refusal.of("checks.blocked", String.valueOf(segment.getPosition() + 1), joined(problems)),
          problems);
    }
  }

  /** Refuses to publish while any segment has a problem that blocks, naming the segments. */
  void refusePublishing(
      Localization loc, Revision revision, List<Segment> segments, Map<String, Translation> byKey) {
    Map<String, List<Issue>> found = all(loc, revision, segments, byKey);
    List<BlockingIssuesException.Problem> problems = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (Segment s : segments) {
      boolean blocked = false;
      for (Issue i : found.getOrDefault(s.getKey(), List.of())) {
        if (i.blocks()) {
          problems.add(problem(s, i));
          blocked = true;
        }
      }
      if (blocked) {
        positions.add(s.getPosition() + 1);
      }
    }
    if (!problems.isEmpty()) {
      throw new BlockingIssuesException(
          Refusal.of(
              "checks.publishBlocked",
              String.valueOf(positions.size()),
              String.join(", ", positions.stream().map(String::valueOf).toList()),
              joined(problems.subList(0, 1))),
          problems);
    }
  }

  /** The issues as the reader sees them, in the caller's language. */
  static List<IssueView> views(List<Issue> issues) {
    if (issues == null || issues.isEmpty()) {
      return List.of();
    }
    Locale language = CallContext.language();
    return issues.stream()
        .map(
            i ->
                new IssueView(
                    i.check(),
                    i.key(),
                    i.severity().name(),
                    i.arguments(),
                    CheckMessage.of(i).in(language),
                    span(i.source()),
                    span(i.target())))
        .toList();
  }

  /** The glossary's terms in a source text, with what to write for each. */
  static List<TermView> terms(TermFinder finder, String sourceText) {
    if (finder.isEmpty()) {
      return List.of();
    }
    return finder.find(sourceText).stream().map(Checks::term).toList();
  }

  static SegmentPair pair(Segment s, Translation t) {
    return new SegmentPair(
        s.getKey(),
        s.getSourceText(),
        t == null || t.getText() == null ? "" : t.getText(),
        t != null && t.isAdapted());
  }

  private QualityChecks engine(Localization loc, Revision revision) {
    Locale source = loc.getDocument().getAppeal().getSourceLocale();
    Locale target = loc.getTargetLocale();
    CheckPolicy policy = policy();
    Set<String> names = revision.getProtectedNames();
    List<Object> key =
        List.of(
            CallContext.tenant(),
            glossaries.stamp(),
            policy.getId() == null ? -1L : policy.getId(),
            policy.getVersion(),
            source.toLanguageTag(),
            target.toLanguageTag(),
            names);
    return cache.checks(
        key,
        () ->
            new QualityChecks(
                source, target, policy.settings(), glossaries.finder(source, target), names));
  }

  private static TermView term(TermMatch m) {
    String note =
        String.join(
            " ",
            List.of(m.concept().note(), m.sourceTerm().note()).stream()
                .filter(n -> !n.isEmpty())
                .toList());
    Long id = GlossaryConcept.idInFile(m.concept().id());
    return new TermView(
        m.start(),
        m.end(),
        m.sourceTerm().text(),
        id == null ? 0 : id,
        m.doNotTranslate(),
        note,
        m.targetTerms().stream()
            .map(t -> new TargetTerm(t.text(), t.status().name(), t.note()))
            .toList());
  }

  private static BlockingIssuesException.Problem problem(Segment s, Issue i) {
    return new BlockingIssuesException.Problem(
        s.getKey(), s.getPosition() + 1, i.check(), i.key(), i.arguments(), CheckMessage.of(i));
  }

  private static Refusal.Phrase joined(List<BlockingIssuesException.Problem> problems) {
    return new CheckMessage.Joined(
        problems.stream().map(p -> new CheckMessage(p.key(), p.arguments())).toList());
  }

  private static SpanView span(Span s) {
    return s == null ? null : new SpanView(s.start(), s.end());
  }
}
