package org.chorus.translations.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.SourceSegment;
import org.chorus.translations.preview.DocumentPreview;
import org.chorus.translations.preview.Preview;
import org.chorus.translations.preview.SourceDocument;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The preview of a 2,000-sentence appeal ({@link LargeAppeal}: 200 parts, 167 in Markdown, whose
 * tables have a header row) in each format: of the source, and in French with every sentence
 * translated; beside the merge that publishing does on the same document, the floor under a preview
 * that goes through it.
 *
 * <p>The machine these run on is shared, so wall-clock scores swing with its load. Each iteration
 * also prints the CPU time the benchmark thread spent per operation ("cpu ms/op"): close to what a
 * free core would take (the JIT and the garbage collector run on other threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PreviewBenchmark {

  private static final int PARTS = 200;
  private static final int MARKDOWN_PARTS = 167;

  @Param({"HTML", "MARKDOWN", "DOCX", "ODT"})
  public String format;

  private SourceDocument document;
  private Map<String, String> french;
  private final DocumentPreview preview = new DocumentPreview();
  private final DocumentEngine engine = new DocumentEngine();
  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  private long cpuNanos;
  private long operations;

  @Setup(Level.Trial)
  public void load() {
    DocumentFormat f = DocumentFormat.valueOf(format);
    byte[] content =
        switch (f) {
          case HTML -> LargeAppeal.html(PARTS);
          case MARKDOWN -> LargeAppeal.markdown(MARKDOWN_PARTS);
          case DOCX -> LargeAppeal.docx(PARTS);
          case ODT -> LargeAppeal.odt(PARTS);
          default -> throw new IllegalArgumentException(format);
        };
    document = new SourceDocument(content, f, Locale.ENGLISH, Set.of("Elena Vidal"));
    french = new HashMap<>();
    for (SourceSegment s :
        engine.extract(content, f, Locale.ENGLISH, document.doNotTranslate()).segments()) {
      french.put(s.key(), "[fr] " + s.text());
    }
    System.out.println(format + ": " + french.size() + " segments, " + content.length + " bytes");
  }

  @Benchmark
  public Preview previewSource() {
    long start = cpu.getCurrentThreadCpuTime();
    Preview p = preview.source(document);
    counted(start);
    return p;
  }

  @Benchmark
  public Preview previewTranslated() {
    long start = cpu.getCurrentThreadCpuTime();
    Preview p = preview.translated(document, Locale.FRANCE, french);
    counted(start);
    return p;
  }

  /** What publishing the translation costs: the merge alone, no HTML. */
  @Benchmark
  public byte[] publishMerge() {
    long start = cpu.getCurrentThreadCpuTime();
    byte[] merged =
        engine.merge(
            document.content(),
            document.format(),
            Locale.ENGLISH,
            Locale.FRANCE,
            french,
            document.doNotTranslate());
    counted(start);
    return merged;
  }

  @TearDown(Level.Iteration)
  public void printCpuTime() {
    if (operations > 0) {
      System.out.printf("cpu %.1f ms/op%n", cpuNanos / 1e6 / operations);
    }
    cpuNanos = 0;
    operations = 0;
  }

  private void counted(long start) {
    cpuNanos += cpu.getCurrentThreadCpuTime() - start;
    operations++;
  }
}
