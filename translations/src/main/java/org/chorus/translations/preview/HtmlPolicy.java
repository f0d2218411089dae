package org.chorus.translations.preview;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a preview may contain: an allow-list of elements and attributes, with URL and style rules.
 * Anything not listed is left out; what could run, load or submit is left out with its content.
 */
final class HtmlPolicy {

  /** What becomes of an element of the document. */
  enum Decision {
    /** written, with its allowed attributes */
    KEEP,
    /** left out, its content kept */
    UNWRAP,
    /** left out with all its content */
    DROP
  }

  /** Elements written as they are. */
  private static final Set<String> KEPT =
      Set.of(
          ("p div span h1 h2 h3 h4 h5 h6 br hr b strong i em u s del ins sub sup "
                  + "small mark code pre kbd samp var q blockquote cite abbr dfn ul ol li "
                  + "dl dt dd table caption thead tbody tfoot tr th td col colgroup a img "
                  + "address bdi bdo ruby rt rp wbr time")
              .split(" "));

  /** Elements written as another, plainer one, so that the page's own styles do not reach them. */
  private static final Map<String, String> RENAMED =
      Map.ofEntries(
          Map.entry("strike", "s"),
          Map.entry("center", "div"),
          Map.entry("section", "div"),
          Map.entry("article", "div"),
          Map.entry("header", "div"),
          Map.entry("footer", "div"),
          Map.entry("nav", "div"),
          Map.entry("aside", "div"),
          Map.entry("main", "div"),
          Map.entry("figure", "div"),
          Map.entry("figcaption", "div"),
          Map.entry("details", "div"),
          Map.entry("summary", "div"),
          Map.entry("tt", "code"),
          Map.entry("big", "span"));

  /** Elements whose content is code, a frame, a form control, media or page metadata. */
  private static final Set<String> DROPPED =
      Set.of(
          ("script style head title meta link base iframe frame frameset "
                  + "noframes object embed applet param svg math template noscript "
                  + "noembed audio video source track canvas map area input select option "
                  + "optgroup textarea datalist output xmp plaintext portal dialog slot "
                  + "image")
              .split(" "));

  static final Set<String> VOID = Set.of("br", "hr", "img", "wbr", "col");

  static final Set<String> BLOCKS =
      Set.of(
          ("p div h1 h2 h3 h4 h5 h6 hr pre blockquote ul ol li dl dt dd table "
                  + "caption thead tbody tfoot tr th td col colgroup address")
              .split(" "));

  private static final Set<String> DIRECTIONS = Set.of("ltr", "rtl", "auto");
  private static final Set<String> LIST_TYPES = Set.of("1", "a", "A", "i", "I");
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,6}");
  private static final Pattern SMALL_NUMBER = Pattern.compile("-?\\d{1,4}");
  private static final Pattern SAFE_LINK =
      Pattern.compile("(?i)(https?://|mailto:|tel:)[^\\s\"'<>`]*");
  private static final Pattern SAFE_IMAGE =
      Pattern.compile("(?i)data:image/(png|gif|jpeg|webp);base64,[A-Za-z0-9+/]+=*");
  private static final Pattern DECORATION =
      Pattern.compile(
          "(underline|line-through|overline|none)( +(underline|line-through|overline))*");

  /** The only declarations a style attribute keeps: keywords, so no url() or expression(). */
  private static final Map<String, Pattern> STYLES =
      Map.of(
          "text-align", Pattern.compile("left|right|center|justify|start|end"),
          "font-weight", Pattern.compile("bold|bolder|normal|lighter|[1-9]00"),
          "font-style", Pattern.compile("italic|oblique|normal"),
          "text-decoration", DECORATION,
          "text-decoration-line", DECORATION,
          "vertical-align", Pattern.compile("super|sub|baseline"));

  private HtmlPolicy() {}

  static Decision decide(String tag) {
    if (KEPT.contains(tag) || RENAMED.containsKey(tag)) {
      return Decision.KEEP;
    }
    return DROPPED.contains(tag) ? Decision.DROP : Decision.UNWRAP;
  }

  static String outputName(String tag) {
    return RENAMED.getOrDefault(tag, tag);
  }

  /**
   * The attributes of a kept element that may stay, in a form safe to write: values without segment
   * marks, links only to the web, mail or telephone, styles from a short list of keywords. The
   * document's ids, classes and data attributes never stay: they could reach the page's own
   * elements, styles and scripts.
   */
  static Map<String, String> attributes(String tag, Map<String, String> given) {
    Map<String, String> kept = new LinkedHashMap<>();
    given.forEach(
        (rawName, rawValue) -> {
          String name = rawName.toLowerCase(Locale.ROOT);
          String value = Sentinels.strip(rawValue == null ? "" : rawValue);
          String safe = attribute(tag, name, value);
          if (safe != null) {
            kept.put(name, safe);
          }
        });
    if (tag.equals("bdo") && !kept.containsKey("dir")) {
      kept.put("dir", "ltr");
    }
    return kept;
  }

  private static String attribute(String tag, String name, String value) {
    return switch (name) {
      case "title" -> value;
      case "lang" -> LANGUAGE_TAG.matcher(value.strip()).matches() ? value.strip() : null;
      case "dir" ->
          DIRECTIONS.contains(value.strip().toLowerCase(Locale.ROOT))
              ? value.strip().toLowerCase(Locale.ROOT)
              : null;
      case "style" -> style(value);
      case "href" -> tag.equals("a") ? link(value) : null;
      case "colspan", "rowspan" -> tag.equals("td") || tag.equals("th") ? count(value) : null;
      case "span" -> tag.equals("col") || tag.equals("colgroup") ? count(value) : null;
      case "start" -> tag.equals("ol") ? number(value) : null;
      case "value" -> tag.equals("li") ? number(value) : null;
      case "reversed" -> tag.equals("ol") ? "" : null;
      case "type" -> tag.equals("ol") && LIST_TYPES.contains(value.strip()) ? value.strip() : null;
      default -> null;
    };
  }

  /**
   * A link target the preview may keep: http(s), mailto or tel. Characters that browsers ignore
   * inside a URL (controls, blanks) are taken out first, so "java&#9;script:" cannot pass as
   * something else.
   */
  static String link(String value) {
    String compact = withoutControls(value);
    return SAFE_LINK.matcher(compact).matches() ? compact : null;
  }

  /** An image source that loads nothing: an inline picture of a raster type. */
  static String image(String value) {
    String compact = withoutControls(value);
    return SAFE_IMAGE.matcher(compact).matches() ? compact : null;
  }

  /** The declarations of a style attribute that are on the list, rebuilt; null when none is. */
  static String style(String value) {
    StringBuilder out = new StringBuilder();
    for (String declaration : value.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String v = declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
      Pattern allowed = STYLES.get(property);
      if (allowed != null && allowed.matcher(v).matches()) {
        if (out.length() > 0) {
          out.append("; ");
        }
        out.append(property).append(": ").append(v);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static String withoutControls(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > ' ' && c != '\u007F' && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String count(String value) {
    String v = value.strip();
    if (!SMALL_NUMBER.matcher(v).matches()) {
      return null;
    }
    int n = Integer.parseInt(v);
    return n >= 1 && n <= 1000 ? String.valueOf(n) : null;
  }

  private static String number(String value) {
    String v = value.strip();
    return SMALL_NUMBER.matcher(v).matches() ? String.valueOf(Integer.parseInt(v)) : null;
  }
}
