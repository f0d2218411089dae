package org.chorus.translations.preview;

import static org.chorus.translations.preview.WordView.W;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The styles and numbering of a DOCX package, resolved along their "based on" chains: what makes a
 * paragraph a heading or a list item, and the formatting its style gives its runs.
 */
final class WordStyles {

  private static final Pattern HEADING_NAME =
      Pattern.compile("heading\\s*([1-9])", Pattern.CASE_INSENSITIVE);
  private static final int LONGEST_CHAIN = 16;

  private record Style(String name, String basedOn, Element pPr, Element rPr) {}

  private final Map<String, Style> styles = new HashMap<>();
  private final Map<String, String> abstractOfNum = new HashMap<>();
  private final Map<String, Element> abstractNums = new HashMap<>();

  WordStyles(Element stylesRoot, Element numberingRoot) {
    if (stylesRoot != null) {
      for (Element s : Xml.children(stylesRoot)) {
        if (Xml.is(s, W, "style")) {
          styles.put(
              Xml.attribute(s, W, "styleId"),
              new Style(
                  value(Xml.child(s, W, "name")),
                  value(Xml.child(s, W, "basedOn")),
                  Xml.child(s, W, "pPr"),
                  Xml.child(s, W, "rPr")));
        }
      }
    }
    if (numberingRoot != null) {
      for (Element e : Xml.children(numberingRoot)) {
        if (Xml.is(e, W, "abstractNum")) {
          abstractNums.put(Xml.attribute(e, W, "abstractNumId"), e);
        } else if (Xml.is(e, W, "num")) {
          abstractOfNum.put(Xml.attribute(e, W, "numId"), value(Xml.child(e, W, "abstractNumId")));
        }
      }
    }
  }

  /** The run formatting a style gives, its bases' first. */
  RunFormat run(String styleId) {
    RunFormat format = RunFormat.NONE;
    for (Style s : chainFromBase(styleId)) {
      format = format.with(runFormat(s.rPr()));
    }
    return format;
  }

  /** The heading level (1–6) of a paragraph, 0 when it is no heading. */
  int headingLevel(Element pPr, String styleId) {
    Integer direct = outlineLevel(pPr);
    if (direct != null) {
      return direct;
    }
    String id = styleId;
    for (int i = 0; i < LONGEST_CHAIN && id != null && styles.containsKey(id); i++) {
      Style s = styles.get(id);
      Integer level = outlineLevel(s.pPr());
      if (level != null) {
        return level;
      }
      if (s.name() != null) {
        Matcher m = HEADING_NAME.matcher(s.name());
        if (m.matches()) {
          return Math.min(6, Integer.parseInt(m.group(1)));
        }
        if (s.name().equalsIgnoreCase("title")) {
          return 1;
        }
      }
      id = s.basedOn();
    }
    return 0;
  }

  /** A paragraph property set on the paragraph or, failing that, along its style's chain. */
  Element paragraphProperty(Element pPr, String styleId, String property) {
    Element direct = Xml.child(pPr, W, property);
    if (direct != null) {
      return direct;
    }
    String id = styleId;
    for (int i = 0; i < LONGEST_CHAIN && id != null && styles.containsKey(id); i++) {
      Element found = Xml.child(styles.get(id).pPr(), W, property);
      if (found != null) {
        return found;
      }
      id = styles.get(id).basedOn();
    }
    return null;
  }

  /** "ol" or "ul" for a list level: bullets (or no number) make an unordered list. */
  String listElement(String numId, int level) {
    Element abstractNum = abstractNums.get(abstractOfNum.get(numId));
    if (abstractNum != null) {
      for (Element lvl : Xml.children(abstractNum)) {
        if (Xml.is(lvl, W, "lvl") && String.valueOf(level).equals(Xml.attribute(lvl, W, "ilvl"))) {
          String format = value(Xml.child(lvl, W, "numFmt"));
          return format == null || format.equals("bullet") || format.equals("none") ? "ul" : "ol";
        }
      }
    }
    return "ul";
  }

  static RunFormat runFormat(Element rPr) {
    if (rPr == null) {
      return RunFormat.NONE;
    }
    Element vertAlign = Xml.child(rPr, W, "vertAlign");
    String position = null;
    if (vertAlign != null) {
      position =
          switch (String.valueOf(Xml.attribute(vertAlign, W, "val"))) {
            case "superscript" -> "sup";
            case "subscript" -> "sub";
            default -> "";
          };
    }
    Element u = Xml.child(rPr, W, "u");
    Boolean underline = u == null ? null : !"none".equals(Xml.attribute(u, W, "val"));
    Boolean strike = on(Xml.child(rPr, W, "strike"));
    Boolean doubleStrike = on(Xml.child(rPr, W, "dstrike"));
    return new RunFormat(
        on(Xml.child(rPr, W, "b")),
        on(Xml.child(rPr, W, "i")),
        underline,
        strike == null ? doubleStrike : strike,
        position,
        on(Xml.child(rPr, W, "vanish")));
  }

  /** A toggle property: absent is not said; present is on unless its value says off. */
  static Boolean on(Element property) {
    if (property == null) {
      return null;
    }
    String v = Xml.attribute(property, W, "val");
    return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equals("off"));
  }

  static String value(Element e) {
    return Xml.attribute(e, W, "val");
  }

  private static Integer outlineLevel(Element pPr) {
    String v = value(Xml.child(pPr, W, "outlineLvl"));
    if (v == null || !v.matches("\\d")) {
      return null;
    }
    int level = Integer.parseInt(v);
    return level >= 9 ? 0 : Math.min(6, level + 1); // level 9 is body text
  }

  private List<Style> chainFromBase(String styleId) {
    List<Style> chain = new ArrayList<>();
    String id = styleId;
    for (int i = 0; i < LONGEST_CHAIN && id != null && styles.containsKey(id); i++) {
      Style s = styles.get(id);
      chain.add(s);
      id = s.basedOn();
    }
    Collections.reverse(chain);
    return chain;
  }
}
