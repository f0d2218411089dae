package org.chorus.translations.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two versions of a sentence, for showing a translator what changed
 * in the source. Words, runs of spaces and single punctuation marks are the units; each Han, kana
 * or Hangul character is a unit of its own, since those scripts do not separate words by spaces.
 */
public final class WordDiff {

  /** One piece of the difference. */
  public enum Kind {
    SAME,
    DELETED,
    INSERTED
  }

  /** A run of units that are the same, deleted from the old text, or inserted in the new. */
  public record Piece(Kind kind, String text) {}

  private static final Pattern UNIT =
      Pattern.compile(
          "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]|[\\p{L}\\p{M}\\p{N}_'’-]+|\\s+|.",
          Pattern.DOTALL);

  /** Beyond this many units per side the diff is reported as a whole replacement. */
  private static final int MAX_UNITS = 2_000;

  private WordDiff() {}

  public static List<Piece> diff(String before, String after) {
    List<String> a = units(before == null ? "" : before);
    List<String> b = units(after == null ? "" : after);
    List<Piece> out = new ArrayList<>();
    if (a.size() > MAX_UNITS || b.size() > MAX_UNITS) {
      add(out, Kind.DELETED, String.join("", a));
      add(out, Kind.INSERTED, String.join("", b));
      return out;
    }
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        add(out, Kind.SAME, a.get(i++));
        j++;
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        add(out, Kind.DELETED, a.get(i++));
      } else {
        add(out, Kind.INSERTED, b.get(j++));
      }
    }
    return out;
  }

  /**
   * How alike two sentences are, from 0 (nothing shared) to 1 (the same words): twice the number of
   * shared words over the words of both, ignoring spaces.
   */
  public static double similarity(String before, String after) {
    List<String> a = words(before);
    List<String> b = words(after);
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    if (a.size() > MAX_UNITS || b.size() > MAX_UNITS) {
      return before.equals(after) ? 1 : 0;
    }
    int[] prev = new int[b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      int[] cur = new int[b.size() + 1];
      for (int j = b.size() - 1; j >= 0; j--) {
        cur[j] = a.get(i).equals(b.get(j)) ? prev[j + 1] + 1 : Math.max(prev[j], cur[j + 1]);
      }
      prev = cur;
    }
    return 2.0 * prev[0] / (a.size() + b.size());
  }

  private static List<String> words(String s) {
    return units(s == null ? "" : s).stream().filter(u -> !u.isBlank()).toList();
  }

  static List<String> units(String s) {
    List<String> units = new ArrayList<>();
    Matcher m = UNIT.matcher(s);
    while (m.find()) {
      units.add(m.group());
    }
    return units;
  }

  private static void add(List<Piece> out, Kind kind, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
      Piece last = out.remove(out.size() - 1);
      out.add(new Piece(kind, last.text() + text));
    } else {
      out.add(new Piece(kind, text));
    }
  }
}
