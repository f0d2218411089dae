package org.chorus.translations.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.translations.terminology.Glossary;
import org.chorus.translations.terminology.TermFinder;

/**
 * The quality checks for one localization (a source and a target locale), as the organisation set
 * them. Immutable and thread-safe: build one per localization and settings, and check single
 * segments as translators save them or a whole localization for its report.
 *
 * <p>An empty translation is not checked (it is not there yet). An adapted segment (a section's own
 * text) gets only the checks that look at the translation alone ({@link Check#appliesToAdapted()}).
 */
public final class QualityChecks {

  private final CheckSettings settings;
  private final TermFinder terms;
  private final Set<String> names;
  private final boolean sameLanguage;
  private final NumbersCheck numbers;
  private final PunctuationCheck punctuation;
  private final PairsCheck pairs;
  private final OkapiChecks okapi;

  /**
   * @param terms the organisation's glossary compiled for this pair ({@link TermFinder#of})
   * @param names the names never to translate that were given to the document engine (the appeal's
   *     and the glossary's), so that a source made only of them may stay as it is
   */
  public QualityChecks(
      Locale source, Locale target, CheckSettings settings, TermFinder terms, Set<String> names) {
    this.settings = settings;
    this.terms = terms;
    this.names = Set.copyOf(names);
    this.sameLanguage = source.getLanguage().equals(target.getLanguage());
    this.numbers = new NumbersCheck(source, target);
    this.punctuation = new PunctuationCheck(target);
    this.pairs = new PairsCheck(source, target);
    this.okapi = new OkapiChecks(source, target);
  }

  /** Checks without a glossary or names. */
  public static QualityChecks of(Locale source, Locale target, CheckSettings settings) {
    return new QualityChecks(
        source, target, settings, TermFinder.of(Glossary.EMPTY, source, target), Set.of());
  }

  /** The issues of one segment, in the order of the checks. */
  public List<Issue> check(SegmentPair pair) {
    return check(pair, okapi.session(settings)).list();
  }

  /**
   * The issues of every segment of a localization by segment key, the consistency check included;
   * segments without issues map to an empty list.
   */
  public Map<String, List<Issue>> checkAll(List<SegmentPair> segments) {
    OkapiChecks.Session session = okapi.session(settings);
    Map<String, Issues> found = new LinkedHashMap<>();
    for (SegmentPair pair : segments) {
      found.put(pair.key(), check(pair, session));
    }
    if (settings.on(Check.CONSISTENCY)) {
      ConsistencyCheck.check(segments, found);
    }
    Map<String, List<Issue>> out = new LinkedHashMap<>();
    found.forEach((key, issues) -> out.put(key, List.copyOf(issues.list())));
    return out;
  }

  /** Whether any issue blocks submitting, approving and publishing. */
  public static boolean blocks(List<Issue> issues) {
    return issues.stream().anyMatch(Issue::blocks);
  }

  private Issues check(SegmentPair segment, OkapiChecks.Session session) {
    Issues out = new Issues(settings);
    if (segment.target().isBlank()) {
      return out;
    }
    Pair p = new Pair(segment.source(), segment.target(), segment.adapted());
    boolean compared = !p.adapted;
    if (on(Check.INLINE_CODES, p)) {
      CodesCheck.check(p, out);
    }
    if (compared && (settings.on(Check.NUMBERS) || settings.on(Check.DATES))) {
      numbers.check(p, out, settings.on(Check.NUMBERS), settings.on(Check.DATES));
    }
    session.check(p, out, compared);
    if (on(Check.SPACES, p)) {
      SpacesCheck.check(p, out);
    }
    if (on(Check.FINAL_PUNCTUATION, p)) {
      punctuation.check(p, out);
    }
    if (on(Check.PAIRS, p)) {
      pairs.check(p, out);
    }
    if (on(Check.LENGTH, p)) {
      LengthCheck.check(p, settings.length(), out);
    }
    if (on(Check.IDENTICAL, p) && !sameLanguage) {
      IdenticalCheck.check(p, names, terms, out);
    }
    if (on(Check.TERMS, p)) {
      TermCheck.check(p, terms, out);
    }
    return out;
  }

  private boolean on(Check check, Pair p) {
    return settings.on(check) && (!p.adapted || check.appliesToAdapted());
  }
}
