package org.chorus.translations.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.SourceSegment;
import org.chorus.translations.revision.Alignment;
import org.chorus.translations.revision.Alignment.Sentence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aligning a new source revision with the old one: the UA 88.27 fixture's sentences repeated to
 * {@code sentences} (each made unique), with either a tenth of them edited, one in fifty removed
 * and one in fifty added ("some"), or every sentence edited ("all", the worst case).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AlignmentBenchmark {

  @Param({"200", "5000"})
  public int sentences;

  @Param({"some", "all"})
  public String edits;

  private List<Sentence> before;
  private List<Sentence> after;

  @Setup(Level.Trial)
  public void build() throws IOException {
    List<String> base;
    try (InputStream in =
        AlignmentBenchmark.class.getResourceAsStream("/appeal/revisions/ua-88-27-r1.md")) {
      base =
          new DocumentEngine()
                  .extract(in.readAllBytes(), DocumentFormat.MARKDOWN, Locale.ENGLISH)
                  .segments()
                  .stream()
                  .map(SourceSegment::text)
                  .toList();
    }
    before = new ArrayList<>();
    after = new ArrayList<>();
    boolean all = "all".equals(edits);
    for (int i = 0; i < sentences; i++) {
      String text = base.get(i % base.size()) + " (" + i + ")";
      before.add(new Sentence("k" + i, text, i));
      if (!all && i % 50 == 7) {
        continue; // removed
      }
      if (all || i % 10 == 3) {
        String edited = text.replaceFirst(" ", " indeed ");
        after.add(new Sentence("e" + i, edited, after.size()));
      } else {
        after.add(new Sentence("k" + i, text, after.size()));
      }
      if (!all && i % 50 == 11) {
        after.add(
            new Sentence(
                "n" + i, "A sentence that is new in revision two, " + i + ".", after.size()));
      }
    }
  }

  @Benchmark
  public Alignment.Result align() {
    return Alignment.align(before, after);
  }
}
