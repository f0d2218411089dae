package org.chorus.translations.terminology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The regular plural forms of a term, made at compile time so that finding stays one trie walk.
 * Only what is sound without a dictionary:
 *
 * <ul>
 *   <li>English: {@code -s}, {@code -es}, consonant + y to {@code -ies}, on the last word, or on
 *       the head before a preposition ("countries of origin", "prisoners of conscience").
 *       Possessives need nothing: an apostrophe already ends a word.
 *   <li>French, Spanish, Portuguese, Catalan, Galician, Italian: {@code -s} (French also {@code -x}
 *       and {@code -al} to {@code -aux}, Spanish and Portuguese {@code -es}) on the first word, the
 *       last word, or every word that is not already plural and longer than three letters
 *       ("disparitions forcées", "défenseurs des droits humains").
 * </ul>
 *
 * Other languages are matched as written.
 */
final class Inflections {

  private static final Set<String> ENGLISH_PREPOSITIONS =
      Set.of("of", "for", "in", "on", "at", "to", "from", "with", "under");

  private Inflections() {}

  static List<int[]> of(int[] key, String language) {
    List<String> words = List.of(text(key).split(" "));
    Set<String> forms = new LinkedHashSet<>();
    forms.add(text(key));
    switch (language) {
      case "en" -> {
        forms.addAll(inflect(words, words.size() - 1, Inflections::english));
        for (int i = 1; i < words.size(); i++) {
          if (ENGLISH_PREPOSITIONS.contains(words.get(i))) {
            forms.addAll(inflect(words, i - 1, Inflections::english));
            break;
          }
        }
      }
      case "fr", "es", "pt", "ca", "gl", "it" -> {
        forms.addAll(inflect(words, 0, w -> romance(w, language)));
        forms.addAll(inflect(words, words.size() - 1, w -> romance(w, language)));
        if (words.size() > 1) {
          forms.addAll(inflectAll(words, language));
        }
      }
      default -> {}
    }
    List<int[]> keys = new ArrayList<>();
    for (String f : forms) {
      keys.add(f.codePoints().toArray());
    }
    return keys;
  }

  private static List<String> english(String word) {
    if (!regular(word)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(List.of(word + "s", word + "es"));
    int n = word.length();
    if (word.endsWith("y") && "aeiou".indexOf(word.charAt(n - 2)) < 0) {
      out.add(word.substring(0, n - 1) + "ies");
    }
    return out;
  }

  private static List<String> romance(String word, String language) {
    if (!regular(word)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(List.of(word + "s"));
    if (language.equals("fr")) {
      out.add(word + "x");
      if (word.endsWith("al")) {
        out.add(word.substring(0, word.length() - 2) + "aux");
      }
    } else if (language.equals("es") || language.equals("pt")) {
      out.add(word + "es");
    }
    return out;
  }

  /** Every word of more than three letters that does not end in s or x takes -s at once. */
  private static List<String> inflectAll(List<String> words, String language) {
    List<String> out = new ArrayList<>(words);
    for (int i = 0; i < out.size(); i++) {
      String w = out.get(i);
      if (regular(w) && w.length() > 3 && !w.endsWith("s") && !w.endsWith("x")) {
        out.set(i, w + "s");
      }
    }
    return List.of(String.join(" ", out));
  }

  /** The term with the word at {@code at} in each of its inflected forms. */
  private static List<String> inflect(
      List<String> words, int at, Function<String, List<String>> endings) {
    List<String> out = new ArrayList<>();
    for (String form : endings.apply(words.get(at))) {
      List<String> copy = new ArrayList<>(words);
      copy.set(at, form);
      out.add(String.join(" ", copy));
    }
    return out;
  }

  private static boolean regular(String word) {
    return word.length() >= 2 && word.codePoints().allMatch(Character::isLetter);
  }

  private static String text(int[] key) {
    return new String(key, 0, key.length);
  }
}
