package org.chorus.translations.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.translations.Token;
import org.chorus.translations.revision.WordDiff;

/**
 * Turns a unit found for a query into a match: the unit's target with the query's placeholders, and
 * adapted when the sources differ only in protected content and numbers.
 *
 * <p>The two sources are aligned unit by unit (the alignment of least edit distance). Placeholders
 * that face each other map the unit's numbering to the query's; the others map to the query's
 * unused placeholders of the same shape in order, and those left over are dropped from the target.
 * A protected placeholder in the target thereby stands for the query's content (its new name,
 * e-mail...). A number of the unit's source facing another number of the query's is replaced in the
 * target where the target writes it the same way; if it does not, the match is not adapted.
 */
final class Adaptation {

  private enum Op {
    SAME,
    REPLACE,
    DELETE,
    INSERT
  }

  private Adaptation() {}

  static Match match(
      MemoryQuery query, Words q, MemoryUnit unit, int rawScore, ContextFit context) {
    Words u = Words.of(unit.source(), unit.tokens());
    List<int[]> steps = align(q, u);
    Map<String, String> ids = new HashMap<>();
    Map<String, String> numbers = new HashMap<>();
    boolean adaptable = rawScore < 100;
    boolean alike = true;
    for (int[] step : steps) {
      Op op = Op.values()[step[0]];
      int i = step[1];
      int j = step[2];
      if (op == Op.SAME || op == Op.REPLACE) {
        if (q.isPlaceholder(i) && u.kinds[j] == q.kinds[i]) {
          ids.putIfAbsent(Placeholders.id(u.surface(j)), Placeholders.id(q.surface(i)));
        }
      }
      if (op == Op.SAME) {
        alike &= q.isPlaceholder(i) || q.surface(i).equals(u.surface(j));
        alike &= i == 0 || q.spaceBefore(i) == u.spaceBefore(j);
      } else if (op == Op.REPLACE
          && q.kinds[i] == Words.Kind.NUMBER
          && u.kinds[j] == Words.Kind.NUMBER) {
        String before = numbers.putIfAbsent(u.surface(j), q.surface(i));
        adaptable &= before == null || before.equals(q.surface(i));
      } else if (op != Op.REPLACE
          || q.kinds[i] != Words.Kind.PROTECTED
          || u.kinds[j] != Words.Kind.PROTECTED) {
        adaptable = false;
      }
    }
    mapTheRest(q, u, ids);
    String target = Placeholders.renumber(unit.target(), ids);
    if (adaptable && !numbers.isEmpty()) {
      String replaced = replaceNumbers(target, numbers);
      adaptable = replaced != null;
      target = replaced != null ? replaced : target;
    }
    int score = adaptable ? (alike ? 100 : 99) : rawScore;
    List<WordDiff.Piece> difference =
        WordDiff.diff(
            Placeholders.showProtected(
                Placeholders.renumber(unit.source(), ids), renumberedTokens(unit, ids)),
            Placeholders.showProtected(query.source(), query.tokens()));
    return new Match(unit, score, rawScore, adaptable, context, target, difference);
  }

  /** The unit's tokens under the query's numbering, to show the unit's own protected content. */
  private static List<Token> renumberedTokens(MemoryUnit unit, Map<String, String> ids) {
    List<Token> out = new ArrayList<>();
    for (Token t : unit.tokens()) {
      String to = ids.get(Placeholders.id(t.placeholder()));
      if (to != null) {
        out.add(new Token(Placeholders.renumber(t.placeholder(), ids), t.kind(), t.display()));
      }
    }
    return out;
  }

  /**
   * Unit placeholders not aligned with one of the query's take the query's unused ones in order.
   */
  private static void mapTheRest(Words q, Words u, Map<String, String> ids) {
    Set<String> used = new HashSet<>(ids.values());
    Map<String, List<String>> free = new HashMap<>();
    for (String id : placeholderIds(q)) {
      if (!used.contains(id)) {
        free.computeIfAbsent(shape(q, id), s -> new ArrayList<>()).add(id);
      }
    }
    for (String id : placeholderIds(u)) {
      if (!ids.containsKey(id)) {
        List<String> candidates = free.get(shape(u, id));
        if (candidates != null && !candidates.isEmpty()) {
          ids.put(id, candidates.remove(0));
        }
      }
    }
  }

  private static Set<String> placeholderIds(Words w) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < w.size; i++) {
      if (w.isPlaceholder(i)) {
        out.add(Placeholders.id(w.surface(i)));
      }
    }
    return out;
  }

  /** Which placeholders a code number has in a sentence: a pair, an opening alone, a standalone. */
  private static String shape(Words w, String id) {
    StringBuilder kinds = new StringBuilder();
    for (int i = 0; i < w.size; i++) {
      if (w.isPlaceholder(i) && Placeholders.id(w.surface(i)).equals(id)) {
        kinds.append(w.kinds[i].ordinal());
      }
    }
    return kinds.toString();
  }

  /** The target with each old number replaced by the new, or null when one is not found. */
  private static String replaceNumbers(String target, Map<String, String> numbers) {
    Words t = Words.of(target, List.of());
    StringBuilder out = new StringBuilder(target.length());
    Set<String> found = new HashSet<>();
    int last = 0;
    for (int i = 0; i < t.size; i++) {
      String to = t.kinds[i] == Words.Kind.NUMBER ? numbers.get(t.surface(i)) : null;
      if (to != null) {
        out.append(target, last, t.starts[i]).append(to);
        last = t.ends[i];
        found.add(t.surface(i));
      }
    }
    out.append(target, last, target.length());
    return found.size() == numbers.size() ? out.toString() : null;
  }

  /** The alignment of least edit distance, as steps {op, query index, unit index}. */
  private static List<int[]> align(Words q, Words u) {
    int n = q.size;
    int m = u.size;
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = q.keys[i - 1].equals(u.keys[j - 1]) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j], d[i][j - 1]) + 1, d[i - 1][j - 1] + cost);
      }
    }
    List<int[]> steps = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      if (i > 0 && j > 0) {
        boolean same = q.keys[i - 1].equals(u.keys[j - 1]);
        if (d[i][j] == d[i - 1][j - 1] + (same ? 0 : 1)) {
          steps.add(new int[] {(same ? Op.SAME : Op.REPLACE).ordinal(), i - 1, j - 1});
          i--;
          j--;
          continue;
        }
      }
      if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
        steps.add(new int[] {Op.INSERT.ordinal(), i - 1, -1});
        i--;
      } else {
        steps.add(new int[] {Op.DELETE.ordinal(), -1, j - 1});
        j--;
      }
    }
    Collections.reverse(steps);
    return steps;
  }
}
