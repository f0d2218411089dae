package org.chorus.translations.preview;

import static org.chorus.translations.preview.OpenDocumentView.FO;
import static org.chorus.translations.preview.OpenDocumentView.OFFICE;
import static org.chorus.translations.preview.OpenDocumentView.STYLE;
import static org.chorus.translations.preview.OpenDocumentView.TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The styles of an ODT package (styles.xml's common and automatic styles, with content.xml's
 * automatic styles over them), resolved along their parents: the run formatting of a text or
 * paragraph style, a paragraph's alignment and direction, and whether a list level is numbered.
 */
final class OpenDocumentStyles {

  private static final int LONGEST_CHAIN = 16;

  private final Map<String, Element> styles = new HashMap<>();
  private final Map<String, Element> listStyles = new HashMap<>();

  OpenDocumentStyles(Element stylesRoot, Element contentRoot) {
    for (Element root : new Element[] {stylesRoot, contentRoot}) {
      if (root == null) {
        continue;
      }
      read(Xml.child(root, OFFICE, "styles"));
      read(Xml.child(root, OFFICE, "automatic-styles"));
    }
  }

  private void read(Element container) {
    if (container == null) {
      return;
    }
    for (Element s : Xml.children(container)) {
      if (Xml.is(s, STYLE, "style")) {
        styles.put(Xml.attribute(s, STYLE, "family") + ":" + Xml.attribute(s, STYLE, "name"), s);
      } else if (Xml.is(s, TEXT, "list-style")) {
        listStyles.put(Xml.attribute(s, STYLE, "name"), s);
      }
    }
  }

  /** The run formatting of a style of a family ("text" or "paragraph"), its parents' first. */
  RunFormat run(String family, String name) {
    RunFormat format = RunFormat.NONE;
    for (Element s : chainFromParent(family, name)) {
      format = format.with(runFormat(Xml.child(s, STYLE, "text-properties")));
    }
    return format;
  }

  /** Alignment and direction of a paragraph style, as HTML attributes. */
  Map<String, String> paragraphAttributes(String name) {
    Map<String, String> attributes = new LinkedHashMap<>();
    String align = null;
    String mode = null;
    for (Element s : chainFromParent("paragraph", name)) {
      Element p = Xml.child(s, STYLE, "paragraph-properties");
      align = pick(Xml.attribute(p, FO, "text-align"), align);
      mode = pick(Xml.attribute(p, STYLE, "writing-mode"), mode);
    }
    String css =
        align == null
            ? null
            : switch (align) {
              case "center" -> "center";
              case "end", "right" -> "end";
              case "justify" -> "justify";
              default -> null;
            };
    if (css != null) {
      attributes.put("style", "text-align: " + css);
    }
    if (mode != null && mode.startsWith("rl")) {
      attributes.put("dir", "rtl");
    }
    return attributes;
  }

  /** "ol" when the list style numbers this level (1 for the outermost), else "ul". */
  String listElement(String listStyle, int level) {
    Element style = listStyles.get(listStyle);
    if (style != null) {
      for (Element l : Xml.children(style)) {
        if (String.valueOf(level).equals(Xml.attribute(l, TEXT, "level"))) {
          return Xml.is(l, TEXT, "list-level-style-number") ? "ol" : "ul";
        }
      }
    }
    return "ul";
  }

  private List<Element> chainFromParent(String family, String name) {
    List<Element> chain = new ArrayList<>();
    String n = name;
    for (int i = 0; i < LONGEST_CHAIN && n != null; i++) {
      Element s = styles.get(family + ":" + n);
      if (s == null) {
        break;
      }
      chain.add(0, s);
      n = Xml.attribute(s, STYLE, "parent-style-name");
    }
    return chain;
  }

  private static RunFormat runFormat(Element p) {
    if (p == null) {
      return RunFormat.NONE;
    }
    String weight = Xml.attribute(p, FO, "font-weight");
    String style = Xml.attribute(p, FO, "font-style");
    String underline = Xml.attribute(p, STYLE, "text-underline-style");
    String through = Xml.attribute(p, STYLE, "text-line-through-style");
    String display = Xml.attribute(p, TEXT, "display");
    return new RunFormat(
        weight == null ? null : weight.equals("bold") || weight.matches("[6-9]00"),
        style == null ? null : !style.equals("normal"),
        underline == null ? null : !underline.equals("none"),
        through == null ? null : !through.equals("none"),
        position(Xml.attribute(p, STYLE, "text-position")),
        display == null ? null : display.equals("none"));
  }

  /** "super", "sub" or a signed percentage, then an optional size. */
  private static String position(String value) {
    if (value == null) {
      return null;
    }
    String first = value.strip().split("\\s+")[0];
    if (first.equals("super") || first.matches("0*[1-9]\\d*(\\.\\d+)?%")) {
      return "sup";
    }
    if (first.equals("sub") || first.matches("-0*[1-9]\\d*(\\.\\d+)?%")) {
      return "sub";
    }
    return "";
  }

  private static String pick(String over, String under) {
    return over != null ? over : under;
  }
}
