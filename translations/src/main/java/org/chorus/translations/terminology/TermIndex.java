package org.chorus.translations.terminology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms of one language of a glossary, compiled to find them in segments.
 *
 * <p>Matching is on folded text (see {@link Folded}): case-insensitive where the script has case;
 * never inside a placeholder, and across a placeholder as across a space; whole words in scripts
 * written with spaces (a word may go on in a script without spaces: "Amnestyは"), anywhere in
 * Chinese, Japanese, Thai, Lao, Khmer, Myanmar and Tibetan; Korean particles may follow a term; an
 * Arabic term may take a one- or two-letter proclitic (و ف ب ل ك); regular plurals as {@link
 * Inflections} says. Longest match first: a longer term wins over a shorter one it overlaps, and
 * two concepts with the same term are both found.
 *
 * <p>Immutable and thread-safe once built: compile once per glossary and language, and share.
 */
public final class TermIndex {

  private static final Set<String> PROCLITICS =
      Set.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك");

  private record Entry(Concept concept, Term term, boolean boundedStart, boolean boundedEnd) {}

  private record Candidate(int from, int to, Entry entry) {}

  private final Trie<Entry> trie = new Trie<>();
  private final String language;

  private TermIndex(String language) {
    this.language = language;
  }

  /** Every term of the glossary in the locale's language (see {@link Concept#termsIn}). */
  public static TermIndex of(Glossary glossary, Locale locale) {
    TermIndex index = new TermIndex(locale.getLanguage());
    for (Concept concept : glossary.concepts()) {
      for (Term term : concept.termsIn(locale)) {
        index.add(concept, term);
      }
    }
    return index;
  }

  private void add(Concept concept, Term term) {
    int[] key = Folded.key(term.text());
    if (key.length == 0) {
      return;
    }
    boolean boundedStart = !Folded.unspaced(key[0]);
    boolean boundedEnd = !Folded.unspaced(key[key.length - 1]);
    Entry entry = new Entry(concept, term, boundedStart, boundedEnd);
    for (int[] form : Inflections.of(key, language)) {
      trie.put(form, entry);
    }
  }

  public boolean isEmpty() {
    return trie.isEmpty();
  }

  /** The terms in a text, in order of position. */
  public List<TermHit> find(String text) {
    if (trie.isEmpty() || text.isEmpty()) {
      return List.of();
    }
    Folded f = Folded.of(text);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < f.length; i++) {
      int c = f.chars[i];
      if (c == Folded.SPACE) {
        continue;
      }
      boolean midWord = i > 0 && continuesWord(f.chars[i - 1]) && !proclitic(f, i);
      if (midWord && !Folded.unspaced(c)) {
        continue; // most positions: inside a word of a spaced script
      }
      walk(f, i, midWord, candidates);
    }
    return choose(f, candidates);
  }

  private void walk(Folded f, int from, boolean midWord, List<Candidate> out) {
    int node = 0;
    for (int j = from; j < f.length; j++) {
      node = trie.child(node, f.chars[j]);
      if (node < 0) {
        return;
      }
      for (Entry e : trie.at(node)) {
        if (e.boundedStart() && midWord) {
          continue;
        }
        if (e.boundedEnd() && j + 1 < f.length && endsTooSoon(f.chars[j + 1])) {
          continue;
        }
        out.add(new Candidate(from, j + 1, e));
      }
    }
  }

  /** Whether a word character before a match means the match starts inside a word. */
  private static boolean continuesWord(int cp) {
    return Folded.wordChar(cp) && !Folded.unspaced(cp);
  }

  /** Whether the character after a match means it stops inside a word. */
  private boolean endsTooSoon(int next) {
    if (!Folded.wordChar(next) || Folded.unspaced(next)) {
      return false;
    }
    return !(language.equals("ko")
        && Character.UnicodeScript.of(next) == Character.UnicodeScript.HANGUL);
  }

  /** Whether the letters from the word's start to {@code i} are an Arabic proclitic. */
  private boolean proclitic(Folded f, int i) {
    if (!language.equals("ar")) {
      return false;
    }
    int start = i;
    while (start > 0 && i - start < 3 && Folded.wordChar(f.chars[start - 1])) {
      start--;
    }
    if (start > 0 && Folded.wordChar(f.chars[start - 1])) {
      return false;
    }
    StringBuilder prefix = new StringBuilder();
    for (int k = start; k < i; k++) {
      prefix.appendCodePoint(f.chars[k]);
    }
    return PROCLITICS.contains(prefix.toString());
  }

  /** Longest first; a span overlapping a longer one is dropped, one equal to it kept. */
  private static List<TermHit> choose(Folded f, List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> c.from() - c.to())
            .thenComparingInt(Candidate::from)
            .thenComparing(c -> c.entry().term().status()));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean keep = true;
      for (Candidate k : chosen) {
        boolean same = k.from() == c.from() && k.to() == c.to();
        if (same && k.entry().concept() == c.entry().concept()) {
          keep = false; // the concept is there already, by a better-rated term
          break;
        }
        if (!same && c.from() < k.to() && k.from() < c.to()) {
          keep = false;
          break;
        }
      }
      if (keep) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::from));
    List<TermHit> hits = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      hits.add(
          new TermHit(
              f.starts[c.from()], f.ends[c.to() - 1], c.entry().concept(), c.entry().term()));
    }
    return hits;
  }
}
