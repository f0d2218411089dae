package org.chorus.translations.checks;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brackets and quotes opened and closed in the translation. Brackets are the same everywhere;
 * quotes are each language's own, from CLDR through ICU (“ ” and ‘ ’ in English, « » in French, „ “
 * in German, 「 」 and 『 』 in Japanese, » « in Danish...), « » where the language's own marks leave
 * them free, and the straight double quote, which pairs with itself. A quote that is also the
 * apostrophe (’) cannot be told from one and is left out. The source is read the same way with its
 * own quotes: a quotation that spans two segments leaves a mark open in both, and only a difference
 * from the source is reported.
 */
final class PairsCheck {

  private static final String BRACKETS = "()[]{}（）［］｛｝【】〔〕〈〉《》";

  private final Marks source;
  private final Marks target;

  PairsCheck(Locale source, Locale target) {
    this.source = new Marks(source);
    this.target = new Marks(target);
  }

  void check(Pair p, Issues out) {
    List<Integer> sourceOpen = source.unpaired(p.maskedSource);
    List<Integer> targetOpen = target.unpaired(p.maskedTarget);
    if (summary(p.maskedSource, sourceOpen, source)
        .equals(summary(p.maskedTarget, targetOpen, target))) {
      return;
    }
    for (int at : targetOpen) {
      char c = p.target.charAt(at);
      String key = BRACKETS.indexOf(c) >= 0 ? "unpaired.bracket" : "unpaired.quote";
      out.add(Check.PAIRS, key, null, new Span(at, at + 1), String.valueOf(c));
    }
    if (targetOpen.isEmpty()) {
      for (int at : sourceOpen) {
        char c = p.source.charAt(at);
        String key = BRACKETS.indexOf(c) >= 0 ? "unpaired.bracket" : "unpaired.quote";
        out.add(Check.PAIRS, key, new Span(at, at + 1), null, String.valueOf(c));
      }
    }
  }

  /** How many marks of each kind (bracket or quote, opening or closing) stay unpaired. */
  private static String summary(String text, List<Integer> unpaired, Marks marks) {
    int[] counts = new int[4];
    for (int at : unpaired) {
      char c = text.charAt(at);
      int kind = BRACKETS.indexOf(c) >= 0 ? 0 : 2;
      counts[kind + (marks.opening(c) ? 0 : 1)]++;
    }
    return counts[0] + "," + counts[1] + "," + counts[2] + "," + counts[3];
  }

  /**
   * One language's pairs: closing mark by opening mark, and the marks that pair with themselves.
   */
  private static final class Marks {
    private final Map<Character, Character> closing = new HashMap<>();
    private final Map<Character, Character> opening = new HashMap<>();
    private final StringBuilder self = new StringBuilder("\"");
    private final BitSet marks = new BitSet(0x10000);

    Marks(Locale locale) {
      marks.set('"');
      for (int i = 0; i < BRACKETS.length(); i += 2) {
        pair(BRACKETS.charAt(i), BRACKETS.charAt(i + 1));
      }
      LocaleData data = LocaleData.getInstance(ULocale.forLocale(locale));
      quotes(
          data.getDelimiter(LocaleData.QUOTATION_START),
          data.getDelimiter(LocaleData.QUOTATION_END));
      quotes(
          data.getDelimiter(LocaleData.ALT_QUOTATION_START),
          data.getDelimiter(LocaleData.ALT_QUOTATION_END));
      quotes("«", "»"); // also common where CLDR names other marks (Arabic, Persian)
    }

    private void quotes(String start, String end) {
      if (start.length() != 1 || end.length() != 1) {
        return;
      }
      char s = start.charAt(0);
      char e = end.charAt(0);
      if (s == '’' || e == '’' || s == '\'' || e == '\'') {
        return; // also the apostrophe
      }
      if (s == e) {
        self.append(s);
        marks.set(s);
      } else if (!used(s) && !used(e)) {
        pair(s, e);
      }
    }

    private void pair(char open, char close) {
      closing.put(open, close);
      opening.put(close, open);
      marks.set(open);
      marks.set(close);
    }

    private boolean used(char c) {
      return closing.containsKey(c) || opening.containsKey(c);
    }

    boolean opening(char c) {
      return closing.containsKey(c);
    }

    /** Offsets of the marks left unpaired, in order. */
    List<Integer> unpaired(String text) {
      Deque<Integer> open = new ArrayDeque<>();
      List<Integer> stray = new ArrayList<>();
      Map<Character, Integer> selfOpen = new HashMap<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!marks.get(c)) {
          continue;
        }
        if (self.indexOf(String.valueOf(c)) >= 0) {
          if (selfOpen.remove(c) == null) {
            selfOpen.put(c, i);
          }
        } else if (closing.containsKey(c)) {
          open.push(i);
        } else if (opening.containsKey(c)) {
          if (!open.isEmpty() && text.charAt(open.peek()) == opening.get(c)) {
            open.pop();
          } else {
            stray.add(i);
          }
        }
      }
      stray.addAll(open);
      stray.addAll(selfOpen.values());
      stray.sort(Integer::compare);
      return stray;
    }
  }
}
