package org.chorus.translations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;

/**
 * Inline codes (bold, links, line breaks...) as placeholders in segment text.
 *
 * <p>An opening code is written {@code {1}}, its closing code {@code {/1}} and a standalone code
 * {@code {2/}}, where the number is the code's id in the source sentence; protected content (an
 * e-mail address, a name...) is a standalone {@code {p1/}}. A translation must keep every
 * placeholder of its source exactly once, and keep a closing placeholder after its opening one
 * without crossing another pair; it may move pairs and standalone codes around.
 */
public final class InlineCodes {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(/?)(p?\\d+)(/?)\\}");

  private InlineCodes() {}

  /** The placeholders of a text, in order of appearance. */
  public static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** The text without its placeholders, for counts and checks. */
  public static String plainText(String text) {
    return PLACEHOLDER.matcher(text).replaceAll("");
  }

  /**
   * Refuses a translation that drops, adds, duplicates or illegally reorders the placeholders of
   * its source.
   *
   * @throws PlaceholderMismatchException naming the first offending placeholder
   */
  public static void check(String source, String translation) {
    List<String> expected = placeholders(source);
    List<String> actual = placeholders(translation);
    Set<String> expectedSet = new HashSet<>(expected);
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (String p : actual) {
      if (!expectedSet.contains(p)) {
        throw new PlaceholderMismatchException(
            "The translation has " + p + ", which is not in the source sentence.");
      }
      if (seen.merge(p, 1, Integer::sum) > 1) {
        throw new PlaceholderMismatchException("The translation has " + p + " more than once.");
      }
    }
    for (String p : expected) {
      if (!seen.containsKey(p)) {
        throw new PlaceholderMismatchException("The translation lacks " + p + " from the source.");
      }
    }
    checkNesting(expectedSet, actual);
  }

  /**
   * The check for a section's own text in place of an adaptable sentence: it may leave out
   * placeholders, but those it keeps follow the rules (no foreign ones, none twice, pairs whole and
   * not crossing).
   */
  public static void checkAdapted(String source, String adaptation) {
    Set<String> expected = new HashSet<>(placeholders(source));
    List<String> actual = placeholders(adaptation);
    Set<String> seen = new HashSet<>();
    for (String p : actual) {
      if (!expected.contains(p)) {
        throw new PlaceholderMismatchException(
            "The text has " + p + ", which is not in the source sentence.");
      }
      if (!seen.add(p)) {
        throw new PlaceholderMismatchException("The text has " + p + " more than once.");
      }
    }
    for (String p : actual) {
      Matcher m = PLACEHOLDER.matcher(p);
      m.matches();
      String id = m.group(2);
      if (m.group(3).isEmpty()) {
        String partner = m.group(1).isEmpty() ? "{/" + id + "}" : "{" + id + "}";
        if (expected.contains(partner) && !seen.contains(partner)) {
          throw new PlaceholderMismatchException(
              "The text has " + p + " without " + partner + ": keep both or neither.");
        }
      }
    }
    checkNesting(expected, actual);
  }

  private static void checkNesting(Set<String> expected, List<String> actual) {
    Deque<String> open = new ArrayDeque<>();
    for (String p : actual) {
      Matcher m = PLACEHOLDER.matcher(p);
      m.matches();
      String id = m.group(2);
      boolean closing = !m.group(1).isEmpty();
      boolean isolated = !m.group(3).isEmpty();
      boolean paired = expected.contains("{" + id + "}") && expected.contains("{/" + id + "}");
      if (isolated || !paired) {
        continue;
      }
      if (!closing) {
        open.push(id);
      } else if (open.isEmpty() || !open.peek().equals(id)) {
        throw new PlaceholderMismatchException(
            "The translation closes "
                + p
                + (open.contains(id)
                    ? " before {/" + open.peek() + "}: pairs may not cross."
                    : " before it opens {" + id + "}."));
      } else {
        open.pop();
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

  /** Placeholder text back to an Okapi fragment, using the codes of the source fragment. */
  static TextFragment toFragment(String text, TextFragment source) {
    Map<String, Code> byPlaceholder = new LinkedHashMap<>();
    for (Code code : source.getCodes()) {
      byPlaceholder.put(placeholderOf(code), code);
    }
    TextFragment out = new TextFragment();
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      Code code = byPlaceholder.get(m.group());
      if (code == null) {
        continue;
      }
      out.append(text.substring(last, m.start()));
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
