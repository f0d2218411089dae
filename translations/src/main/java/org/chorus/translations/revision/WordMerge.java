package org.chorus.translations.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A three-way merge of two edits of one translation, word by word: when two people changed
 * different words of the text they both started from, both changes are kept. When they changed the
 * same words differently, there is no merge and a person decides.
 */
public final class WordMerge {

  private WordMerge() {}

  /** A replacement of base units [from, to) by some units. */
  private record Hunk(int from, int to, List<String> units) {
    boolean insertion() {
      return from == to;
    }
  }

  /** Both edits together, or empty when they touch the same words in different ways. */
  public static Optional<String> merge(String base, String mine, String theirs) {
    List<String> b = WordDiff.units(base == null ? "" : base);
    List<String> m = WordDiff.units(mine == null ? "" : mine);
    List<String> t = WordDiff.units(theirs == null ? "" : theirs);
    List<Hunk> ours = hunks(b, m);
    List<Hunk> others = hunks(b, t);
    List<Hunk> all = new ArrayList<>();
    for (Hunk h : ours) {
      boolean same = false;
      for (Hunk o : others) {
        if (o.equals(h)) {
          same = true;
        } else if (clash(h, o)) {
          return Optional.empty();
        }
      }
      all.add(h);
      if (same) {
        others = others.stream().filter(o -> !o.equals(h)).toList();
      }
    }
    all.addAll(others);
    all.sort(Comparator.comparingInt(Hunk::from).thenComparingInt(Hunk::to));
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Hunk h : all) {
      for (int i = at; i < h.from(); i++) {
        out.append(b.get(i));
      }
      h.units().forEach(out::append);
      at = Math.max(at, h.to());
    }
    for (int i = at; i < b.size(); i++) {
      out.append(b.get(i));
    }
    return Optional.of(out.toString());
  }

  private static boolean clash(Hunk a, Hunk b) {
    if (a.from() == b.from()) {
      return true;
    }
    if (Math.max(a.from(), b.from()) < Math.min(a.to(), b.to())) {
      return true;
    }
    return (a.insertion() && b.from() < a.from() && a.from() < b.to())
        || (b.insertion() && a.from() < b.from() && b.from() < a.to());
  }

  /** The changes that turn {@code base} into {@code edited}, as replacements of base ranges. */
  private static List<Hunk> hunks(List<String> base, List<String> edited) {
    int[][] lcs = new int[base.size() + 1][edited.size() + 1];
    for (int i = base.size() - 1; i >= 0; i--) {
      for (int j = edited.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            base.get(i).equals(edited.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Hunk> hunks = new ArrayList<>();
    int i = 0;
    int j = 0;
    int fromI = 0;
    int fromJ = 0;
    while (i < base.size() || j < edited.size()) {
      if (i < base.size() && j < edited.size() && base.get(i).equals(edited.get(j))) {
        if (fromI < i || fromJ < j) {
          hunks.add(new Hunk(fromI, i, List.copyOf(edited.subList(fromJ, j))));
        }
        i++;
        j++;
        fromI = i;
        fromJ = j;
      } else if (i < base.size() && (j == edited.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        i++;
      } else {
        j++;
      }
    }
    if (fromI < i || fromJ < j) {
      hunks.add(new Hunk(fromI, i, List.copyOf(edited.subList(fromJ, j))));
    }
    return hunks;
  }
}
