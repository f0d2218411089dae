package org.chorus.translations.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns the segments of a new source revision with those of the previous one, sentence by
 * sentence, so that translations follow their sentence:
 *
 * <ol>
 *   <li>a new segment with the key of an old one is the same sentence in the same context, wherever
 *       it moved to: {@link Kind#IDENTICAL};
 *   <li>one with the same text as a still unmatched old one (its context or repeat number changed)
 *       is also {@link Kind#IDENTICAL};
 *   <li>of what is left, pairs whose words are at least {@value #CHANGED_AT_LEAST} alike are the
 *       same sentence edited, best pairs first and nearer positions breaking ties: {@link
 *       Kind#CHANGED}; a sentence is looked for within {@value #WINDOW} places of its own among the
 *       unmatched ones;
 *   <li>a new segment still without a partner is {@link Kind#NEW}, an old one is retired.
 * </ol>
 */
public final class Alignment {

  /** How much two sentences must share to count as one sentence edited (see WordDiff). */
  public static final double CHANGED_AT_LEAST = 0.5;

  /** How far (among the unmatched sentences) an edited sentence is looked for. */
  static final int WINDOW = 40;

  /** A segment as alignment sees it. */
  public record Sentence(String key, String text, int position) {}

  public enum Kind {
    IDENTICAL,
    CHANGED,
    NEW
  }

  /**
   * What became of one new segment.
   *
   * @param previous the old segment it continues, or null when it is new
   */
  public record Match(Sentence current, Kind kind, Sentence previous) {}

  /** The matches in the new revision's order, and the old segments that have no successor. */
  public record Result(List<Match> matches, List<Sentence> retired) {
    public long count(Kind kind) {
      return matches.stream().filter(m -> m.kind() == kind).count();
    }
  }

  private Alignment() {}

  public static Result align(List<Sentence> before, List<Sentence> after) {
    Map<String, Sentence> oldByKey = new LinkedHashMap<>();
    before.forEach(s -> oldByKey.put(s.key(), s));
    Map<Sentence, Match> matched = new HashMap<>();
    Set<Sentence> usedOld = new HashSet<>();

    for (Sentence s : after) {
      Sentence old = oldByKey.get(s.key());
      if (old != null && usedOld.add(old)) {
        matched.put(s, new Match(s, Kind.IDENTICAL, old));
      }
    }
    Map<String, List<Sentence>> oldByText = new LinkedHashMap<>();
    for (Sentence s : before) {
      if (!usedOld.contains(s)) {
        oldByText.computeIfAbsent(s.text(), t -> new ArrayList<>()).add(s);
      }
    }
    for (Sentence s : after) {
      if (matched.containsKey(s)) {
        continue;
      }
      List<Sentence> same = oldByText.getOrDefault(s.text(), List.of());
      if (!same.isEmpty()) {
        Sentence old = same.remove(0);
        usedOld.add(old);
        matched.put(s, new Match(s, Kind.IDENTICAL, old));
      }
    }

    record Candidate(Sentence current, Sentence old, double similarity, int distance) {}
    List<Sentence> newLeft = after.stream().filter(s -> !matched.containsKey(s)).toList();
    List<Sentence> oldLeft = before.stream().filter(s -> !usedOld.contains(s)).toList();
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < newLeft.size(); i++) {
      Sentence s = newLeft.get(i);
      // an edited sentence stays near its place among the unmatched ones; looking only there keeps
      // a revision that rewrites everything linear instead of quadratic
      int from = Math.max(0, i - WINDOW);
      int to = Math.min(oldLeft.size(), i + WINDOW + 1);
      for (Sentence old : oldLeft.subList(Math.min(from, to), to)) {
        double sim = WordDiff.similarity(old.text(), s.text());
        if (sim >= CHANGED_AT_LEAST) {
          candidates.add(new Candidate(s, old, sim, Math.abs(old.position() - s.position())));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::similarity)
            .reversed()
            .thenComparingInt(Candidate::distance));
    for (Candidate c : candidates) {
      if (!matched.containsKey(c.current()) && !usedOld.contains(c.old())) {
        usedOld.add(c.old());
        matched.put(c.current(), new Match(c.current(), Kind.CHANGED, c.old()));
      }
    }

    List<Match> matches = new ArrayList<>();
    for (Sentence s : after) {
      matches.add(matched.getOrDefault(s, new Match(s, Kind.NEW, null)));
    }
    List<Sentence> retired = before.stream().filter(s -> !usedOld.contains(s)).toList();
    return new Result(matches, retired);
  }
}
