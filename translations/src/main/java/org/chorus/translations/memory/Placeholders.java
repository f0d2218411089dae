package org.chorus.translations.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chorus.translations.Placeholder;
import org.chorus.translations.Token;

/**
 * Reading and renumbering Chorus placeholders ({@code {1}}, {@code {/1}}, {@code {2/}}, {@code
 * {p1/}}).
 */
final class Placeholders {

  static final Pattern PLACEHOLDER = Placeholder.PATTERN;

  private Placeholders() {}

  /** The end of the placeholder that starts at i, or -1 when none does. */
  static int endOf(String s, int i) {
    int j = i + 1;
    int n = s.length();
    if (j < n && s.charAt(j) == '/') {
      j++;
    }
    if (j < n && s.charAt(j) == 'p') {
      j++;
    }
    int digits = j;
    while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    if (j == digits) {
      return -1;
    }
    if (j < n && s.charAt(j) == '/') {
      j++;
    }
    return j < n && s.charAt(j) == '}' ? j + 1 : -1;
  }

  static Words.Kind kind(String placeholder) {
    if (placeholder.startsWith("{/")) {
      return Words.Kind.CLOSING;
    }
    if (placeholder.startsWith("{p")) {
      return Words.Kind.PROTECTED;
    }
    return placeholder.endsWith("/}") ? Words.Kind.STANDALONE : Words.Kind.OPENING;
  }

  /** The code number of a placeholder: "1" for {1}, {/1} and {1/}; "p1" for {p1/}. */
  static String id(String placeholder) {
    Matcher m = PLACEHOLDER.matcher(placeholder);
    return m.matches() ? m.group(2) : placeholder;
  }

  static Map<String, String> protectedDisplays(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>();
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.PROTECTED) {
        out.put(t.placeholder(), t.display());
      }
    }
    return out;
  }

  /**
   * Rewrites the placeholders of a text by their code number; a placeholder whose number is not
   * mapped is dropped.
   */
  static String renumber(String text, Map<String, String> ids) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      String to = ids.get(m.group(2));
      if (to != null) {
        out.append('{').append(m.group(1)).append(to).append(m.group(3)).append('}');
      }
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /** Protected placeholders replaced by the text they stand for, for showing a difference. */
  static String showProtected(String text, List<Token> tokens) {
    Map<String, String> displays = protectedDisplays(tokens);
    if (displays.isEmpty()) {
      return text;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      out.append(displays.getOrDefault(m.group(), m.group()));
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }
}
