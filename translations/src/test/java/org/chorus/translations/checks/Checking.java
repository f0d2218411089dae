package org.chorus.translations.checks;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chorus.translations.terminology.Glossary;
import org.chorus.translations.terminology.TermFinder;

/** Test helpers: run the checks on one pair and look at what came out. */
final class Checking {

  static final Locale EN = Locale.ENGLISH;
  static final Locale FR = Locale.FRANCE;
  static final Locale DE = Locale.GERMANY;
  static final Locale AR = Locale.forLanguageTag("ar");
  static final Locale JA = Locale.JAPAN;
  static final Locale HI = Locale.forLanguageTag("hi");
  static final Locale ES = Locale.forLanguageTag("es");
  static final Locale TH = Locale.forLanguageTag("th");
  static final Locale AM = Locale.forLanguageTag("am");

  private Checking() {}

  static List<Issue> issues(Locale source, Locale target, String src, String trg) {
    return QualityChecks.of(source, target, CheckSettings.defaults())
        .check(new SegmentPair("k", src, trg));
  }

  static List<Issue> issues(
      Locale source, Locale target, Glossary glossary, Set<String> names, String src, String trg) {
    TermFinder terms = TermFinder.of(glossary, source, target);
    return new QualityChecks(source, target, CheckSettings.defaults(), terms, names)
        .check(new SegmentPair("k", src, trg));
  }

  /** The issues of one check. */
  static List<Issue> of(Check check, List<Issue> issues) {
    return issues.stream().filter(i -> i.check().equals(check.code())).toList();
  }

  static List<String> keys(Check check, List<Issue> issues) {
    return of(check, issues).stream().map(Issue::key).toList();
  }
}
