package org.chorus.translations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which characters can end a match of a regular expression, worked out from its text: the test that
 * lets the segmenter skip a rule at a position it cannot match. Understands what SRX rules use
 * (literals, escapes, classes, groups, alternation, quantifiers, anchors and look-arounds);
 * anything else, or a pattern that can match the empty string, gives "any character".
 */
final class LastCharacters {

  /** One character a match can end with, as a one-character pattern. */
  private final List<Pattern> classes;

  private final boolean any;

  private LastCharacters(List<Pattern> classes, boolean any) {
    this.classes = classes;
    this.any = any;
  }

  static LastCharacters of(String regex) {
    try {
      Parser p = new Parser(regex);
      Result r = p.alternation();
      if (p.pos != regex.length() || r.unknown || r.nullable) {
        return new LastCharacters(List.of(), true);
      }
      List<Pattern> compiled = new ArrayList<>();
      for (String c : r.last) {
        compiled.add(Pattern.compile(c, Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL));
      }
      return new LastCharacters(compiled, false).prepared();
    } catch (RuntimeException e) {
      return new LastCharacters(List.of(), true);
    }
  }

  boolean any() {
    return any;
  }

  /** Answers for Latin-1, worked out once; others on demand and kept. */
  private final boolean[] latin1 = new boolean[256];

  private final java.util.concurrent.ConcurrentHashMap<Character, Boolean> others =
      new java.util.concurrent.ConcurrentHashMap<>();

  private LastCharacters prepared() {
    for (char c = 0; c < 256; c++) {
      latin1[c] = test(c);
    }
    return this;
  }

  boolean contains(char c) {
    if (any) {
      return true;
    }
    if (c < 256) {
      return latin1[c];
    }
    return others.computeIfAbsent(c, this::test);
  }

  private boolean test(char c) {
    String s = String.valueOf(c);
    for (Pattern p : classes) {
      if (p.matcher(s).matches()) {
        return true;
      }
    }
    return false;
  }

  /** What a piece of regex can end with, and whether it can match nothing at all. */
  private record Result(List<String> last, boolean nullable, boolean unknown) {
    static Result empty() {
      return new Result(List.of(), true, false);
    }
  }

  private static final class Parser {
    private final String s;
    int pos;

    Parser(String s) {
      this.s = s;
    }

    Result alternation() {
      List<String> last = new ArrayList<>();
      boolean nullable = false;
      boolean unknown = false;
      while (true) {
        Result r = sequence();
        last.addAll(r.last());
        nullable |= r.nullable();
        unknown |= r.unknown();
        if (pos < s.length() && s.charAt(pos) == '|') {
          pos++;
          continue;
        }
        return new Result(last, nullable, unknown);
      }
    }

    private Result sequence() {
      Result acc = Result.empty();
      while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
        int before = pos;
        Result atom = quantified(atom());
        if (pos == before) {
          throw new IllegalArgumentException("no progress at " + pos);
        }
        if (atom.unknown()) {
          acc = new Result(acc.last(), acc.nullable(), true);
        }
        if (atom.nullable()) {
          List<String> last = new ArrayList<>(atom.last());
          last.addAll(acc.last());
          acc = new Result(last, acc.nullable(), acc.unknown() || atom.unknown());
        } else {
          acc = new Result(atom.last(), false, acc.unknown() || atom.unknown());
        }
      }
      return acc;
    }

    private Result quantified(Result atom) {
      if (pos >= s.length()) {
        return atom;
      }
      char q = s.charAt(pos);
      boolean nullable = atom.nullable();
      if (q == '*' || q == '?') {
        pos++;
        nullable = true;
      } else if (q == '+') {
        pos++;
      } else if (q == '{') {
        int close = s.indexOf('}', pos);
        String spec = s.substring(pos + 1, close);
        pos = close + 1;
        if (spec.startsWith("0")) {
          nullable = true;
        }
      } else {
        return atom;
      }
      if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
        pos++;
      }
      return new Result(atom.last(), nullable, atom.unknown());
    }

    private Result atom() {
      char c = s.charAt(pos);
      if (c == '(') {
        pos++;
        boolean zeroWidth = false;
        if (s.startsWith("?:", pos)) {
          pos += 2;
        } else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
          pos += 2;
          zeroWidth = true;
        } else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
          pos += 3;
          zeroWidth = true;
        } else if (c == '(' && pos < s.length() && s.charAt(pos) == '?') {
          throw new IllegalArgumentException("group kind not understood");
        }
        Result inner = alternation();
        if (pos >= s.length() || s.charAt(pos) != ')') {
          throw new IllegalArgumentException("unclosed group");
        }
        pos++;
        return zeroWidth ? Result.empty() : inner;
      }
      if (c == '[') {
        int end = classEnd(pos);
        String cls = s.substring(pos, end);
        pos = end;
        return one(cls);
      }
      if (c == '\\') {
        return escape();
      }
      if (c == '^' || c == '$') {
        pos++;
        return Result.empty();
      }
      if (c == '.') {
        pos++;
        return one(".");
      }
      pos++;
      return one(Pattern.quote(String.valueOf(c)));
    }

    private Result escape() {
      char e = s.charAt(pos + 1);
      if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
        pos += 2;
        return Result.empty();
      }
      if (Character.isDigit(e) || e == 'k' || e == 'Q') {
        throw new IllegalArgumentException("back-references and quoting are not analysed");
      }
      if (e == 'p' || e == 'P') {
        int end = s.charAt(pos + 2) == '{' ? s.indexOf('}', pos) + 1 : pos + 3;
        String cls = s.substring(pos, end);
        pos = end;
        return one(cls);
      }
      if (e == 'u') {
        String cls = s.substring(pos, pos + 6);
        pos += 6;
        return one(cls);
      }
      if (e == 'x') {
        int end = s.charAt(pos + 2) == '{' ? s.indexOf('}', pos) + 1 : pos + 4;
        String cls = s.substring(pos, end);
        pos = end;
        return one(cls);
      }
      String cls = s.substring(pos, pos + 2);
      pos += 2;
      return one(cls);
    }

    private int classEnd(int start) {
      int i = start + 1;
      if (i < s.length() && s.charAt(i) == '^') {
        i++;
      }
      if (i < s.length() && s.charAt(i) == ']') {
        i++; // a ']' first in a class is a literal
      }
      int depth = 1;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '[') {
          depth++;
        } else if (c == ']' && --depth == 0) {
          return i + 1;
        }
      }
      throw new PatternSyntaxException("unclosed class", s, start);
    }

    private static Result one(String cls) {
      Pattern.compile(cls); // fails early on what it does not understand
      return new Result(List.of(cls), false, false);
    }
  }
}
