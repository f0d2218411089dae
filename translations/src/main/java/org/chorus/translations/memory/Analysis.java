package org.chorus.translations.memory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.translations.Token;

/**
 * Pre-translation analysis: the best match of each sentence of a document and the words per match
 * band, as organisations plan and pay translation.
 *
 * <p>A sentence is in context when its best match is 100% and {@link ContextFit#IN_CONTEXT}; else a
 * repetition when the same source (same words, same placeholders) came earlier in the document;
 * else in the band of its best match's score (after adaptation).
 */
public final class Analysis {

  /** The match bands, best first. */
  public enum Band {
    IN_CONTEXT,
    REPETITION,
    EXACT,
    /** 95–99% */
    HIGH,
    /** 85–94% */
    MEDIUM,
    /** 75–84% */
    LOW,
    NO_MATCH;

    static Band of(int score) {
      if (score >= 100) {
        return EXACT;
      }
      if (score >= 95) {
        return HIGH;
      }
      if (score >= 85) {
        return MEDIUM;
      }
      return score >= 75 ? LOW : NO_MATCH;
    }
  }

  /** A sentence of the document analysed. */
  public record Segment(
      String key, String source, List<Token> tokens, int words, MemoryContext context) {
    public Segment {
      tokens = List.copyOf(tokens);
    }
  }

  /** A sentence's band and best match (null when none scored at least the minimum asked). */
  public record Result(Segment segment, Band band, Match match) {}

  /** The sentences in document order, with words and sentences per band. */
  public record Report(
      List<Result> results, Map<Band, Integer> words, Map<Band, Integer> segments) {
    public Report {
      results = List.copyOf(results);
      words = Map.copyOf(words);
      segments = Map.copyOf(segments);
    }
  }

  private Analysis() {}

  /**
   * Analyses a document's sentences against an index.
   *
   * @param minScore the lowest score of a match worth offering (a pre-translation threshold may be
   *     lower than the 75% of the last band)
   */
  public static Report analyse(
      List<Segment> segments,
      MemoryIndex index,
      Locale sourceLocale,
      Locale targetLocale,
      Set<Long> scopes,
      int minScore) {
    List<Match> best =
        segments.parallelStream()
            .map(
                s ->
                    index.search(
                        new MemoryQuery(
                            s.source(),
                            s.tokens(),
                            sourceLocale,
                            targetLocale,
                            s.context(),
                            scopes),
                        1,
                        minScore))
            .map(found -> found.isEmpty() ? null : found.get(0))
            .toList();
    Map<Band, Integer> words = new EnumMap<>(Band.class);
    Map<Band, Integer> counts = new EnumMap<>(Band.class);
    for (Band b : Band.values()) {
      words.put(b, 0);
      counts.put(b, 0);
    }
    Set<String> seen = new HashSet<>();
    List<Result> results = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      Match m = best.get(i);
      boolean repeated = !seen.add(sameness(s));
      Band band;
      if (m != null && m.score() == 100 && m.context() == ContextFit.IN_CONTEXT) {
        band = Band.IN_CONTEXT;
      } else if (repeated) {
        band = Band.REPETITION;
      } else {
        band = m == null ? Band.NO_MATCH : Band.of(m.score());
      }
      words.merge(band, s.words(), Integer::sum);
      counts.merge(band, 1, Integer::sum);
      results.add(new Result(s, band, m));
    }
    return new Report(results, words, counts);
  }

  /** What makes two sentences repetitions: the same words written alike, codes numbered aside. */
  private static String sameness(Segment s) {
    Words w = Words.of(s.source(), s.tokens());
    StringBuilder b = new StringBuilder(s.source().length());
    for (int i = 0; i < w.size; i++) {
      b.append(w.isPlaceholder(i) ? w.keys[i] : w.surface(i)).append('\u0000');
    }
    return b.toString();
  }
}
