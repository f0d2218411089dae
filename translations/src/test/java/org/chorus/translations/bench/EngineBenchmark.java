package org.chorus.translations.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.ExtractedDocument;
import org.chorus.translations.SourceSegment;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine on the sample appeal's HTML (or, in a clone without ../shared, the UA 58.27 fixture)
 * and on a document 100 times its size, beside a bare Okapi pass on the same input: Okapi's HTML
 * filter and Okapi's SRX segmenter with its default rules, nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

  @Param({"x1", "x100"})
  public String size;

  private byte[] html;
  private Map<String, String> identity;
  private final DocumentEngine engine = new DocumentEngine();
  private SRXDocument okapiRules;

  @Setup(Level.Trial)
  public void load() throws IOException {
    byte[] one = sample();
    html = "x1".equals(size) ? one : times100(new String(one, StandardCharsets.UTF_8));
    ExtractedDocument doc = engine.extract(html, DocumentFormat.HTML, Locale.ENGLISH);
    identity = new HashMap<>();
    for (SourceSegment s : doc.segments()) {
      identity.put(s.key(), s.text());
    }
    okapiRules = new SRXDocument();
    try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
      okapiRules.loadRules(in);
    }
  }

  @Benchmark
  public ExtractedDocument chorusExtractAndSegment() {
    return engine.extract(html, DocumentFormat.HTML, Locale.ENGLISH);
  }

  @Benchmark
  public byte[] chorusMerge() {
    return engine.merge(html, DocumentFormat.HTML, Locale.ENGLISH, Locale.FRANCE, identity);
  }

  /** Okapi's HTML filter and its default SRX rules, as a caller of Okapi would write it. */
  @Benchmark
  public void okapiFilterAndDefaultSrx(Blackhole bh) {
    ISegmenter segmenter = okapiRules.compileLanguageRules(LocaleId.ENGLISH, null);
    try (HtmlFilter filter = new HtmlFilter();
        RawDocument raw =
            new RawDocument(new ByteArrayInputStream(html), "UTF-8", LocaleId.ENGLISH)) {
      filter.open(raw);
      while (filter.hasNext()) {
        Event e = filter.next();
        if (e.isTextUnit()) {
          TextContainer tc = e.getTextUnit().getSource();
          segmenter.computeSegments(tc);
          tc.getSegments().create(segmenter.getRanges());
          bh.consume(tc);
        }
      }
    }
  }

  /** Okapi's HTML filter alone: the floor under both. */
  @Benchmark
  public void okapiFilterOnly(Blackhole bh) {
    try (HtmlFilter filter = new HtmlFilter();
        RawDocument raw =
            new RawDocument(new ByteArrayInputStream(html), "UTF-8", LocaleId.ENGLISH)) {
      filter.open(raw);
      while (filter.hasNext()) {
        bh.consume(filter.next());
      }
    }
  }

  private static byte[] sample() throws IOException {
    Path p =
        Path.of(
            System.getProperty("chorus.samples.dir", "../../shared/samples/ua-26-23"),
            "ua-26-23.html");
    if (Files.exists(p)) {
      return Files.readAllBytes(p);
    }
    System.out.println("EngineBenchmark: " + p + " is absent; measuring the UA 58.27 fixture.");
    try (InputStream in = EngineBenchmark.class.getResourceAsStream("/appeal/ua-58-27.html")) {
      return in.readAllBytes();
    }
  }

  /** The body repeated 100 times, each copy numbered so that its sentences differ. */
  private static byte[] times100(String html) {
    int start = html.indexOf("<body");
    start = html.indexOf('>', start) + 1;
    int end = html.lastIndexOf("</body>");
    String body = html.substring(start, end);
    StringBuilder out = new StringBuilder(html.length() * 101);
    out.append(html, 0, start);
    for (int i = 1; i <= 100; i++) {
      out.append("<h2>Part ").append(i).append("</h2>").append(body);
    }
    out.append(html.substring(end));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
