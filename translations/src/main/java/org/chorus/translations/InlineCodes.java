package org.chorus.translations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;

/**
 * Inline codes (bold, links, line breaks...) as placeholders in segment text.
 *
 * <p>An opening code is written {@code {1}}, its closing code {@code {/1}} and a standalone code
 * {@code {2/}}, where the number is the code's id in the source sentence; protected content (an
 * e-mail address, a name...) is a standalone {@code {p1/}}. A translation must keep every
 * placeholder of its source as often as the source has it, and keep a closing placeholder after its
 * opening one without crossing another pair, unless the source itself does so; it may move pairs
 * and standalone codes around.
 */
public final class InlineCodes {

  private InlineCodes() {}

  /** The placeholders of a text, in order of appearance. */
  public static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Placeholder.PATTERN.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** The text without its placeholders, for counts and checks. */
  public static String plainText(String text) {
    return Placeholder.PATTERN.matcher(text).replaceAll("");
  }

  /**
   * Refuses a translation that drops, adds, duplicates or illegally reorders the placeholders of
   * its source. What the source itself does, the translation may do too: a placeholder the source
   * has twice (a code id a file repeats) may appear twice, and pairs that cross in the source (HTML
   * such as {@code <a><font>…</a></font>}) may cross in the translation.
   *
   * @throws PlaceholderMismatchException naming the first offending placeholder
   */
  public static void check(String source, String translation) {
    Map<String, Integer> expected = counts(placeholders(source));
    List<String> actual = placeholders(translation);
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (String p : actual) {
      Integer allowed = expected.get(p);
      if (allowed == null) {
        throw new PlaceholderMismatchException(
            "The translation has " + p + ", which is not in the source sentence.",
            PlaceholderMismatchException.Reason.EXTRA,
            List.of(p));
      }
      if (seen.merge(p, 1, Integer::sum) > allowed) {
        throw new PlaceholderMismatchException(
            "The translation has "
                + p
                + (allowed == 1 ? " more than once." : " more often than the source does."),
            PlaceholderMismatchException.Reason.TWICE,
            List.of(p));
      }
    }
    for (var e : expected.entrySet()) {
      if (seen.getOrDefault(e.getKey(), 0) < e.getValue()) {
        throw new PlaceholderMismatchException(
            "The translation lacks " + e.getKey() + " from the source.",
            PlaceholderMismatchException.Reason.MISSING,
            List.of(e.getKey()));
      }
    }
    checkNesting(source, expected.keySet(), actual);
  }

  /**
   * The check for a section's own text in place of an adaptable sentence: it may leave out
   * placeholders, but those it keeps follow the rules (no foreign ones, none more often than in the
   * source, pairs whole and not crossing unless the source crosses them).
   */
  public static void checkAdapted(String source, String adaptation) {
    Map<String, Integer> expected = counts(placeholders(source));
    List<String> actual = placeholders(adaptation);
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (String p : actual) {
      if (!expected.containsKey(p)) {
        throw new PlaceholderMismatchException(
            "The text has " + p + ", which is not in the source sentence.",
            PlaceholderMismatchException.Reason.EXTRA,
            List.of(p));
      }
      if (seen.merge(p, 1, Integer::sum) > expected.get(p)) {
        throw new PlaceholderMismatchException(
            "The text has " + p + " more than once.",
            PlaceholderMismatchException.Reason.TWICE,
            List.of(p));
      }
    }
    for (String p : actual) {
      Matcher m = Placeholder.PATTERN.matcher(p);
      m.matches();
      String id = m.group(2);
      if (m.group(3).isEmpty()) {
        String partner = m.group(1).isEmpty() ? "{/" + id + "}" : "{" + id + "}";
        if (expected.containsKey(partner) && !seen.containsKey(partner)) {
          throw new PlaceholderMismatchException(
              "The text has " + p + " without " + partner + ": keep both or neither.",
              PlaceholderMismatchException.Reason.UNPAIRED,
              List.of(p, partner));
        }
      }
    }
    checkNesting(source, expected.keySet(), actual);
  }

  private static Map<String, Integer> counts(List<String> placeholders) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    placeholders.forEach(p -> counts.merge(p, 1, Integer::sum));
    return counts;
  }

  /** How the source orders its pairs: which cross each other, which close before they open. */
  private record Order(Set<String> crossing, Set<String> closedFirst) {
    static Order of(List<String> placeholders, Set<String> paired) {
      Set<String> crossing = new HashSet<>();
      Set<String> closedFirst = new HashSet<>();
      walk(
          placeholders,
          paired,
          (id, above) -> {
            above.forEach(other -> crossing.add(pair(id, other)));
          },
          closedFirst::add);
      return new Order(crossing, closedFirst);
    }
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static void checkNesting(String source, Set<String> expected, List<String> actual) {
    Set<String> paired = new HashSet<>();
    for (String p : expected) {
      Matcher m = Placeholder.PATTERN.matcher(p);
      m.matches();
      String id = m.group(2);
      if (m.group(3).isEmpty()
          && expected.contains("{" + id + "}")
          && expected.contains("{/" + id + "}")) {
        paired.add(id);
      }
    }
    Order allowed = Order.of(placeholders(source), paired);
    walk(
        actual,
        paired,
        (id, above) -> {
          for (String other : above) {
            if (!allowed.crossing().contains(pair(id, other))) {
              throw new PlaceholderMismatchException(
                  "The translation closes {/"
                      + id
                      + "} before {/"
                      + other
                      + "}: pairs may not cross.",
                  PlaceholderMismatchException.Reason.CROSSING,
                  List.of("{/" + id + "}", "{/" + other + "}"));
            }
          }
        },
        id -> {
          if (!allowed.closedFirst().contains(id)) {
            throw new PlaceholderMismatchException(
                "The translation closes {/" + id + "} before it opens {" + id + "}.",
                PlaceholderMismatchException.Reason.CLOSED_FIRST,
                List.of("{/" + id + "}", "{" + id + "}"));
          }
        });
  }

  /**
   * Walks the pairs in order and tells of each one closed while pairs opened after it are still
   * open (they cross), and of each one closed before it opens.
   */
  private static void walk(
      List<String> placeholders,
      Set<String> paired,
      BiConsumer<String, List<String>> crossing,
      Consumer<String> unopened) {
    List<String> open = new ArrayList<>();
    for (String p : placeholders) {
      Matcher m = Placeholder.PATTERN.matcher(p);
      m.matches();
      String id = m.group(2);
      if (!m.group(3).isEmpty() || !paired.contains(id)) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.add(id);
        continue;
      }
      int at = open.lastIndexOf(id);
      if (at < 0) {
        unopened.accept(id);
      } else {
        if (at < open.size() - 1) {
          crossing.accept(id, List.copyOf(open.subList(at + 1, open.size())));
        }
        open.remove(at);
      }
    }
  }

  /** Okapi fragment to placeholder text. */
  static String toText(TextFragment fragment) {
    String coded = fragment.getCodedText();
    List<Code> codes = fragment.getCodes();
    StringBuilder out = new StringBuilder(coded.length() + 16);
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (TextFragment.isMarker(c)) {
        Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
        switch (code.getTagType()) {
          case OPENING -> out.append('{').append(code.getId()).append('}');
          case CLOSING -> out.append("{/").append(code.getId()).append('}');
          default -> out.append('{').append(code.getId()).append("/}");
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Placeholder text back to an Okapi fragment, using the codes of the source fragment. A
   * placeholder the source has more than once (a repeated code id) takes the source's codes in
   * their order.
   */
  static TextFragment toFragment(String text, TextFragment source) {
    Map<String, ArrayDeque<Code>> byPlaceholder = new LinkedHashMap<>();
    for (Code code : source.getCodes()) {
      byPlaceholder.computeIfAbsent(placeholderOf(code), p -> new ArrayDeque<>()).add(code);
    }
    TextFragment out = new TextFragment();
    Matcher m = Placeholder.PATTERN.matcher(text);
    int last = 0;
    while (m.find()) {
      ArrayDeque<Code> codes = byPlaceholder.get(m.group());
      if (codes == null || codes.isEmpty()) {
        continue;
      }
      out.append(text.substring(last, m.start()));
      Code code = codes.size() > 1 ? codes.poll() : codes.peek();
      out.append(code.clone());
      last = m.end();
    }
    out.append(text.substring(last));
    return out;
  }

  private static String placeholderOf(Code code) {
    TagType type = code.getTagType();
    return switch (type) {
      case OPENING -> "{" + code.getId() + "}";
      case CLOSING -> "{/" + code.getId() + "}";
      default -> "{" + code.getId() + "/}";
    };
  }
}
