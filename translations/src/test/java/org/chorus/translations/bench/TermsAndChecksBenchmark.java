package org.chorus.translations.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chorus.translations.checks.CheckSettings;
import org.chorus.translations.checks.Issue;
import org.chorus.translations.checks.QualityChecks;
import org.chorus.translations.checks.SegmentPair;
import org.chorus.translations.terminology.Concept;
import org.chorus.translations.terminology.Glossary;
import org.chorus.translations.terminology.Term;
import org.chorus.translations.terminology.TermFinder;
import org.chorus.translations.terminology.TermMatch;
import org.chorus.translations.terminology.TermStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The term finder on a glossary of 10,000 concepts (English to French, invented words of two to
 * four syllables, one to three words a term, plurals compiled in) over segments of about 25 words
 * holding three terms each; and the quality checks on a localization of 2,000 segments with
 * numbers, dates, placeholders and glossary terms, as one report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TermsAndChecksBenchmark {

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ren", "tu", "sa", "vor", "el", "din", "pa", "ro", "ne", "qui", "bal", "zo",
    "fer", "ta", "ni", "gus", "ma", "le", "do", "ri", "an", "com", "ser", "vi", "ton", "lu", "be"
  };

  private Glossary glossary;
  private TermFinder finder;
  private List<String> segments;
  private int next;
  private QualityChecks checks;
  private List<SegmentPair> localization;

  @Setup(Level.Trial)
  public void build() {
    Random random = new Random(42);
    List<Concept> concepts = new ArrayList<>();
    List<String> english = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String en = phrase(random, 1 + random.nextInt(3));
      english.add(en);
      concepts.add(
          new Concept(
              "c" + i,
              "",
              "",
              "",
              false,
              Map.of(
                  "en",
                  List.of(new Term(en, TermStatus.PREFERRED)),
                  "fr",
                  List.of(
                      new Term(phrase(random, 2), TermStatus.PREFERRED),
                      new Term(phrase(random, 2), TermStatus.FORBIDDEN)))));
    }
    glossary = new Glossary(concepts);
    finder = TermFinder.of(glossary, Locale.ENGLISH, Locale.FRANCE);
    segments = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int t = 0; t < 3; t++) {
        s.append(phrase(random, 6))
            .append(' ')
            .append(english.get(random.nextInt(10_000)))
            .append(' ');
      }
      s.append("{1}").append(phrase(random, 3)).append("{/1}.");
      segments.add(s.toString());
    }
    checks =
        new QualityChecks(
            Locale.ENGLISH, Locale.FRANCE, CheckSettings.defaults(), finder, Set.of("Lumen"));
    localization = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String term = english.get(random.nextInt(10_000));
      String source =
          "On "
              + (1 + i % 28)
              + " July 2026, "
              + (1_000 + i)
              + ",5 people asked {1}"
              + term
              + "{/1} about {p1/}: "
              + phrase(random, 8)
              + ".";
      String target =
          "Le "
              + (1 + i % 28)
              + " juillet 2026, "
              + (1_000 + i)
              + " 5 personnes ont demandé {1}"
              + phrase(random, 2)
              + "{/1} au sujet de {p1/} : "
              + phrase(random, 8)
              + ".";
      localization.add(new SegmentPair("s" + i, source, target));
    }
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<TermMatch> findTermsInOneSegment() {
    next = (next + 1) % segments.size();
    return finder.find(segments.get(next));
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Map<String, List<Issue>> checkLocalizationOf2000Segments() {
    return checks.checkAll(localization);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public TermFinder compileGlossaryOf10000Concepts() {
    return TermFinder.of(glossary, Locale.ENGLISH, Locale.FRANCE);
  }

  private static String phrase(Random random, int words) {
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        out.append(' ');
      }
      int syllables = 2 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        out.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
    }
    return out.toString();
  }
}
