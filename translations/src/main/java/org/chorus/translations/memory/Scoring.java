package org.chorus.translations.memory;

/**
 * The score of a unit for a query, the same for the index and for the exhaustive search.
 *
 * <p>Both sources are cut into units ({@link Words}); d is the edit distance between the two
 * sequences of keys (inserting, deleting or replacing one unit costs 1) and M the length of the
 * longer. The score is {@code floor(100 × (M − d) / M)}: 100 only when the keys are all equal. When
 * they are but the sentences differ in case or spacing, the score is 99.
 */
final class Scoring {

  private Scoring() {}

  static int score(int distance, int a, int b) {
    int longer = Math.max(a, b);
    return longer == 0 ? 100 : 100 * (longer - distance) / longer;
  }

  /** The largest distance that still scores at least {@code min}. */
  static int maxDistance(int min, int a, int b) {
    return (100 - min) * Math.max(a, b) / 100;
  }

  /** Highest score possible for a unit that shares at most {@code common} units with the query. */
  static int bound(int common, int a, int b) {
    int longer = Math.max(a, b);
    return longer == 0 ? 100 : 100 * Math.min(common, Math.min(a, b)) / longer;
  }

  /**
   * Edit distance between a[0..n) and b[0..m), or {@code max + 1} as soon as it must exceed max.
   *
   * @param row scratch of at least m + 1 ints
   * @param previous scratch of at least m + 1 ints
   */
  static int distance(int[] a, int n, int[] b, int m, int max, int[] row, int[] previous) {
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      row[0] = i;
      int best = i;
      int ai = a[i - 1];
      for (int j = 1; j <= m; j++) {
        int cost = ai == b[j - 1] ? 0 : 1;
        int v = Math.min(Math.min(row[j - 1], previous[j]) + 1, previous[j - 1] + cost);
        row[j] = v;
        if (v < best) {
          best = v;
        }
      }
      if (best > max) {
        return max + 1;
      }
      int[] t = previous;
      previous = row;
      row = t;
    }
    return Math.min(previous[m], max + 1);
  }

  /** Whether two sentences whose keys are all equal are also written alike (case, spacing). */
  static boolean writtenAlike(Words a, Words b) {
    if (a.size != b.size) {
      return false;
    }
    for (int i = 0; i < a.size; i++) {
      if (!a.isPlaceholder(i) && !a.surface(i).equals(b.surface(i))) {
        return false;
      }
      if (i > 0 && a.spaceBefore(i) != b.spaceBefore(i)) {
        return false;
      }
    }
    return true;
  }
}
