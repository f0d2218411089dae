package org.chorus.translations.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a word or phrase in a memory's sources or translations, whatever the case, the diacritics
 * (e, é and ê are one letter; Arabic vowel marks are ignored) or the spacing, in any script; inline
 * placeholders do not break a phrase. Newest units first.
 */
public final class Concordance {

  /** Where to look. */
  public enum Side {
    SOURCE,
    TARGET,
    BOTH
  }

  /** A stretch of a text, from start (inclusive) to end (exclusive), in chars. */
  public record Span(int start, int end) {}

  /** A unit with the stretches of its source and target that match. */
  public record Hit(MemoryUnit unit, List<Span> inSource, List<Span> inTarget) {
    public Hit {
      inSource = List.copyOf(inSource);
      inTarget = List.copyOf(inTarget);
    }
  }

  private Concordance() {}

  /**
   * At most {@code limit} units of the language pair (by language) and scopes whose source or
   * target (as {@code side} says) holds the phrase.
   */
  public static List<Hit> search(
      MemoryIndex index,
      String phrase,
      Side side,
      Locale sourceLocale,
      Locale targetLocale,
      Set<Long> scopes,
      int limit) {
    char[] needle = Folding.folded(phrase == null ? "" : phrase).toCharArray();
    if (needle.length == 0 || limit <= 0) {
      return List.of();
    }
    MemoryQuery pair = new MemoryQuery("", List.of(), sourceLocale, targetLocale, null, scopes);
    ThreadLocal<Folding> buffer = ThreadLocal.withInitial(Folding::new);
    List<MemoryUnit> units =
        index.scan(
            pair,
            texts ->
                side != Side.TARGET && buffer.get().fold(texts[0]).indexOf(needle, 0) >= 0
                    || side != Side.SOURCE && buffer.get().fold(texts[1]).indexOf(needle, 0) >= 0,
            limit);
    List<Hit> hits = new ArrayList<>(units.size());
    Folding f = new Folding();
    for (MemoryUnit u : units) {
      hits.add(
          new Hit(
              u,
              side == Side.TARGET ? List.of() : spans(f.fold(u.source()), needle),
              side == Side.SOURCE ? List.of() : spans(f.fold(u.target()), needle)));
    }
    return hits;
  }

  private static List<Span> spans(Folding f, char[] needle) {
    List<Span> out = new ArrayList<>();
    for (int at = f.indexOf(needle, 0); at >= 0; at = f.indexOf(needle, at + needle.length)) {
      out.add(new Span(f.origin[at], f.origin[at + needle.length - 1] + 1));
    }
    return out;
  }
}
