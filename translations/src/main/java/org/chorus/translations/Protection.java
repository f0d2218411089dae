package org.chorus.translations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never be translated in a segment and locks it behind a placeholder {@code {pN/}}:
 * e-mail addresses, URLs, social-media handles, phone and fax numbers, postal codes in address
 * lines, markup that the document marks as not translatable (class "notranslate" or
 * translate="no"), the names the caller lists, and control characters that XML cannot hold.
 */
final class Protection {

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
  private static final Pattern URL =
      Pattern.compile("(?:https?://|www\\.)[^\\s{}<>\"]+[^\\s{}<>\".,;:!?)\\]']");
  private static final Pattern HANDLE =
      Pattern.compile("(?<![\\p{L}\\p{N}_@./])@[A-Za-z0-9_]{2,30}\\b");

  /** At least seven digits, in groups, with an optional country code: not a year or a count. */
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d[\\d ()./-]{5,}\\d(?![\\p{L}\\p{N}])");

  private static final Pattern POSTAL_CODE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:\\d{4,6}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2})(?![\\p{L}\\p{N}])");

  /** Characters XML 1.0 cannot hold, which XLIFF 2 writes as {@code <cp hex>}. */
  static final Pattern XML_INVALID =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

  /** A segment text with its protected spans replaced by placeholders. */
  record Protected(String text, Map<String, String> originals) {}

  private record Span(int start, int end) {}

  private final List<Pattern> names;

  Protection(Collection<String> doNotTranslate) {
    names =
        doNotTranslate.stream()
            .filter(n -> n != null && !n.isBlank())
            .map(String::strip)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(
                n ->
                    Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])"))
            .toList();
  }

  /**
   * @param text segment text with code placeholders
   * @param notTranslatable ids of paired codes whose content the document marks as not to be
   *     translated
   * @param addressLine whether the segment reads as a line of a postal address
   */
  Protected protect(String text, java.util.Set<String> notTranslatable, boolean addressLine) {
    List<Span> spans = new ArrayList<>();
    for (String id : notTranslatable) {
      int open = text.indexOf("{" + id + "}");
      int close = text.indexOf("{/" + id + "}");
      if (open >= 0 && close > open) {
        spans.add(new Span(open, close + id.length() + 3));
      }
    }
    // cheap tests first: most sentences hold no address, link, handle or phone number
    boolean at = text.indexOf('@') >= 0;
    if (at) {
      collect(EMAIL, text, spans);
      collect(HANDLE, text, spans);
    }
    if (text.contains("://") || text.contains("www.")) {
      collect(URL, text, spans);
    }
    if (digits(text) >= 7) {
      collect(PHONE, text, spans, 7);
    }
    for (Pattern name : names) {
      collect(name, text, spans);
    }
    if (XML_INVALID.matcher(text).find()) {
      // a control character (an XLIFF 2 <cp hex="0007"/>) is kept as it is, never shown raw
      collect(XML_INVALID, text, spans);
    }
    if (addressLine) {
      collect(POSTAL_CODE, text, spans);
    }
    if (spans.isEmpty()) {
      return new Protected(text, Map.of());
    }
    spans.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -s.end()));
    StringBuilder out = new StringBuilder(text.length());
    Map<String, String> originals = new LinkedHashMap<>();
    int last = 0;
    for (Span s : spans) {
      if (s.start() < last) {
        continue;
      }
      out.append(text, last, s.start());
      String token = "{p" + (originals.size() + 1) + "/}";
      originals.put(token, text.substring(s.start(), s.end()));
      out.append(token);
      last = s.end();
    }
    out.append(text.substring(last));
    return new Protected(out.toString(), originals);
  }

  private static int digits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Puts the protected originals back in place of their placeholders. */
  static String restore(String translated, Map<String, String> originals) {
    String out = translated;
    for (Map.Entry<String, String> e : originals.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  /** Whether a segment reads as a line of a postal address rather than a sentence. */
  static boolean looksLikeAddressLine(String text) {
    String plain = InlineCodes.plainText(text).strip();
    if (plain.isEmpty() || plain.length() > 90 || plain.matches(".*[.!?]$")) {
      return false;
    }
    return plain.matches(".*\\d.*") && (plain.contains(",") || plain.split("\\s+").length <= 6);
  }

  private static void collect(Pattern p, String text, List<Span> spans) {
    collect(p, text, spans, 0);
  }

  private static void collect(Pattern p, String text, List<Span> spans, int minDigits) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (insidePlaceholder(text, m.start(), m.end())) {
        continue;
      }
      if (minDigits > 0
          && (m.group().chars().filter(Character::isDigit).count() < minDigits
              || DATE.matcher(m.group()).matches())) {
        continue;
      }
      spans.add(new Span(m.start(), m.end()));
    }
  }

  private static boolean insidePlaceholder(String text, int start, int end) {
    Matcher m = Placeholder.PATTERN.matcher(text);
    while (m.find()) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    return false;
  }
}
