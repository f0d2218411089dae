package org.chorus.translations.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.Metadata;
import net.sf.okapi.tm.pensieve.common.MetadataType;
import net.sf.okapi.tm.pensieve.common.TmHit;
import net.sf.okapi.tm.pensieve.common.TranslationUnit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import net.sf.okapi.tm.pensieve.seeker.PensieveSeeker;
import net.sf.okapi.tm.pensieve.writer.PensieveWriter;
import org.apache.lucene.store.FSDirectory;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.Token;
import org.chorus.translations.memory.Analysis;
import org.chorus.translations.memory.Match;
import org.chorus.translations.memory.MemoryIndex;
import org.chorus.translations.memory.MemoryQuery;
import org.chorus.translations.memory.MemoryUnit;
import org.chorus.translations.memory.TmxHeader;
import org.chorus.translations.memory.TmxReader;
import org.chorus.translations.memory.TmxWriter;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The translation memory at the size of a large organisation: 1,000,000 generated appeal units
 * ({@link AppealCorpus}, seed 1) in 17 language pairs and six scripts.
 *
 * <ul>
 *   <li>{@code chorusTop5} and {@code pensieveTop5}: latency of the top 5 matches (score at least
 *       50) for 400 queries: 70% units edited in one to three words, 20% new appeal sentences, 10%
 *       unrelated sentences. Set-up prints each one's recall@5 against {@link
 *       MemoryIndex#searchExhaustively} (the same score over every unit of the pair); Okapi's
 *       Pensieve gets the sentences as plain text, the pair as its group name.
 *   <li>{@code importTmx}: reading the units from a TMX file (written to target/ once) and indexing
 *       them; set-up and each run print reading and indexing apart.
 *   <li>{@code analyseAppeal}: pre-translation analysis of a 2,000-sentence appeal (half of them
 *       edited memory sentences, a tenth repeated, the rest new) against the index.
 * </ul>
 *
 * <p>Run with {@code -Dmemory.units=N} for a smaller memory while developing.
 */
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
public class MemoryBenchmark {

  static final int UNITS = Integer.getInteger("memory.units", 1_000_000);
  static final int QUERIES = 400;
  static final int MIN_SCORE = 50;
  static final Path DIR = Path.of(System.getProperty("memory.dir", "target/memory-bench"));

  /** The units, the queries and the exhaustive best five of each. */
  @State(Scope.Benchmark)
  public static class Memory {
    List<MemoryUnit> units;
    MemoryIndex index;
    List<MemoryQuery> queries = new ArrayList<>();
    List<Set<Long>> reference = new ArrayList<>();
    int next;

    @Setup(Level.Trial)
    public void build() {
      AppealCorpus corpus = new AppealCorpus(1);
      units = corpus.units(UNITS, 1);
      Runtime rt = Runtime.getRuntime();
      long before = usedAfterGc(rt);
      long start = System.nanoTime();
      index = MemoryIndex.of(units);
      long built = System.nanoTime() - start;
      long after = usedAfterGc(rt);
      System.out.printf(
          "%nmemory: %,d units indexed in %.1f s; heap held by the index %,d MB (its arrays"
              + " count %,d MB)%n",
          index.size(), built / 1e9, (after - before) >> 20, index.footprint() >> 20);
      SplittableRandom random = new SplittableRandom(2);
      for (int i = 0; i < QUERIES; i++) {
        MemoryUnit u = units.get(random.nextInt(units.size()));
        int kind = random.nextInt(10);
        queries.add(
            kind < 7
                ? corpus.edited(u)
                : corpus.fresh(u.sourceLocale(), u.targetLocale(), kind == 9));
      }
      start = System.nanoTime();
      reference =
          IntStream.range(0, QUERIES)
              .parallel()
              .mapToObj(i -> ids(index.searchExhaustively(queries.get(i), 5, MIN_SCORE)))
              .toList();
      System.out.printf(
          "memory: exhaustive reference for %d queries in %.1f s%n",
          QUERIES, (System.nanoTime() - start) / 1e9);
      List<Set<Long>> found =
          queries.stream().map(q -> ids(index.search(q, 5, MIN_SCORE))).toList();
      System.out.printf("memory: Chorus recall@5 = %.4f%n", recall(found, reference));
    }

    MemoryQuery nextQuery() {
      MemoryQuery q = queries.get(next);
      next = (next + 1) % queries.size();
      return q;
    }
  }

  /** Okapi's Pensieve over the same units, on disk under target/. */
  @State(Scope.Benchmark)
  public static class Pensieve {
    PensieveSeeker seeker;
    int next;

    @Setup(Level.Trial)
    public void build(Memory memory) throws IOException {
      Path dir = DIR.resolve("pensieve-" + UNITS);
      if (!Files.exists(dir.resolve("done"))) {
        long start = System.nanoTime();
        Files.createDirectories(dir);
        PensieveWriter writer = new PensieveWriter(FSDirectory.open(dir), true);
        for (MemoryUnit u : memory.units) {
          TranslationUnit tu =
              new TranslationUnit(
                  new TranslationUnitVariant(
                      LocaleId.fromBCP47(u.sourceLocale().toLanguageTag()),
                      new TextFragment(plain(u.source(), u.tokens()))),
                  new TranslationUnitVariant(
                      LocaleId.fromBCP47(u.targetLocale().toLanguageTag()),
                      new TextFragment(plain(u.target(), u.tokens()))));
          tu.setMetadataValue(MetadataType.ID, Long.toString(u.id()));
          tu.setMetadataValue(MetadataType.GROUP_NAME, pair(u.sourceLocale(), u.targetLocale()));
          writer.indexTranslationUnit(tu);
        }
        writer.commit();
        writer.close();
        Files.writeString(dir.resolve("done"), "");
        System.out.printf(
            "%npensieve: %,d units indexed in %.1f s%n",
            memory.units.size(), (System.nanoTime() - start) / 1e9);
      }
      seeker = new PensieveSeeker(FSDirectory.open(dir));
      List<Set<Long>> found = new ArrayList<>();
      for (MemoryQuery q : memory.queries) {
        found.add(
            search(q).stream()
                .map(h -> Long.parseLong(h.getTu().getMetadataValue(MetadataType.ID)))
                .collect(Collectors.toSet()));
      }
      System.out.printf("pensieve: recall@5 = %.4f%n", recall(found, memory.reference));
    }

    List<TmHit> search(MemoryQuery q) {
      Metadata pair = new Metadata();
      pair.put(MetadataType.GROUP_NAME, pair(q.sourceLocale(), q.targetLocale()));
      return seeker.searchFuzzy(
          new TextFragment(plain(q.source(), q.tokens())), MIN_SCORE, 5, pair);
    }

    @TearDown
    public void close() {
      seeker.close();
    }
  }

  /** A TMX file of the same units, written once under target/. */
  @State(Scope.Benchmark)
  public static class TmxFile {
    Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
      file = DIR.resolve("units-" + UNITS + ".tmx");
      if (!Files.exists(file)) {
        Files.createDirectories(DIR);
        List<MemoryUnit> units = new AppealCorpus(1).units(UNITS, 1);
        try (OutputStream out = Files.newOutputStream(file);
            TmxWriter writer = new TmxWriter(out, TmxHeader.chorus("en"))) {
          units.forEach(u -> writer.write(u.withId(0)));
        }
      }
      System.out.printf("%ntmx: %s, %,d MB%n", file, Files.size(file) >> 20);
    }
  }

  /** A 2,000-sentence appeal: half edited memory sentences, a tenth repeats, the rest new. */
  @State(Scope.Benchmark)
  public static class Appeal {
    List<Analysis.Segment> segments = new ArrayList<>();

    @Setup(Level.Trial)
    public void write(Memory memory) {
      AppealCorpus corpus = new AppealCorpus(3);
      SplittableRandom random = new SplittableRandom(4);
      List<MemoryUnit> enFr =
          memory.units.stream()
              .filter(
                  u ->
                      u.sourceLocale().getLanguage().equals("en")
                          && u.targetLocale().getLanguage().equals("fr"))
              .toList();
      for (int i = 0; i < 2_000; i++) {
        MemoryQuery q;
        int kind = random.nextInt(10);
        if (kind == 0 && !segments.isEmpty()) {
          Analysis.Segment s = segments.get(random.nextInt(segments.size()));
          q = MemoryQuery.of(s.source(), s.tokens(), Locale.ENGLISH, Locale.FRENCH);
        } else if (kind < 6) {
          MemoryUnit u = enFr.get(random.nextInt(enFr.size()));
          q =
              random.nextBoolean()
                  ? MemoryQuery.of(u.source(), u.tokens(), Locale.ENGLISH, Locale.FRENCH)
                  : corpus.edited(u);
        } else {
          q = corpus.fresh(Locale.ENGLISH, Locale.FRENCH, false);
        }
        segments.add(
            new Analysis.Segment(
                "s" + i,
                q.source(),
                q.tokens(),
                InlineCodes.plainText(q.source()).split(" ").length,
                null));
      }
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Match> chorusTop5(Memory memory) {
    return memory.index.search(memory.nextQuery(), 5, MIN_SCORE);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1, time = 5)
  @Measurement(iterations = 2, time = 10)
  public List<TmHit> pensieveTop5(Memory memory, Pensieve pensieve) {
    MemoryQuery q = memory.queries.get(pensieve.next);
    pensieve.next = (pensieve.next + 1) % memory.queries.size();
    return pensieve.search(q);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public MemoryIndex importTmx(TmxFile tmx) throws IOException {
    List<MemoryUnit> units = new ArrayList<>();
    long start = System.nanoTime();
    long[] id = {0};
    try (InputStream in = Files.newInputStream(tmx.file)) {
      TmxReader.read(in, TmxReader.Options.DEFAULT, u -> units.add(u.withId(++id[0])));
    }
    long read = System.nanoTime();
    MemoryIndex index = MemoryIndex.of(units);
    long indexed = System.nanoTime();
    System.out.printf(
        "%ntmx: read %,d units in %.1f s, indexed in %.1f s%n",
        units.size(), (read - start) / 1e9, (indexed - read) / 1e9);
    return index;
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 10)
  public Analysis.Report analyseAppeal(Memory memory, Appeal appeal) {
    return Analysis.analyse(
        appeal.segments, memory.index, Locale.ENGLISH, Locale.FRENCH, Set.of(), MIN_SCORE);
  }

  static String pair(Locale source, Locale target) {
    return source.getLanguage() + ">" + target.getLanguage();
  }

  /** Text as a tool without Chorus's placeholders sees it: protected content as text, no codes. */
  static String plain(String text, List<Token> tokens) {
    String out = text;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.PROTECTED) {
        out = out.replace(t.placeholder(), t.display());
      }
    }
    return InlineCodes.plainText(out);
  }

  static Set<Long> ids(List<Match> matches) {
    Set<Long> out = new HashSet<>();
    matches.forEach(m -> out.add(m.unit().id()));
    return out;
  }

  /**
   * Mean share of the reference's ids found. A query with no match of 50 or more in the reference
   * counts 1: nothing was there to find.
   */
  static double recall(List<Set<Long>> found, List<Set<Long>> reference) {
    double sum = 0;
    for (int i = 0; i < reference.size(); i++) {
      Set<Long> ref = reference.get(i);
      if (ref.isEmpty()) {
        sum += 1;
        continue;
      }
      long hit = found.get(i).stream().filter(ref::contains).count();
      sum += (double) hit / ref.size();
    }
    return sum / reference.size();
  }

  private static long usedAfterGc(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
