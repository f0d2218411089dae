package org.chorus.translations.preview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chorus.translations.preview.WordRelationships.Relationship;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A DOCX document as HTML: paragraphs, headings (by outline level or heading style), bold, italic,
 * underline, strike-through, super- and subscript, lists by their numbering, tables, links, line
 * breaks, text boxes; pictures become a box. The document's title, headers, footnotes, endnotes and
 * footers are shown around the body.
 */
final class WordView implements View {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String R =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String WP =
      "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  /** Deeper than this (tables in tables...), content is left out rather than risk the stack. */
  private static final int MAX_DEPTH = 48;

  @Override
  public void write(byte[] merged, PreviewHtml out) {
    Map<String, byte[]> parts = Xml.parts(merged);
    Element document = Xml.root(parts, "word/document.xml");
    if (document == null) {
      throw new PreviewException("The DOCX package has no word/document.xml.");
    }
    new Pass(parts, out).document(document);
  }

  /** One walk over one package. */
  private static final class Pass {
    private final Map<String, byte[]> parts;
    private final PreviewHtml out;
    private final WordStyles styles;
    private final HtmlLists lists;
    private final Map<String, Integer> noteNumbers = new HashMap<>();
    private Map<String, String> links = Map.of();
    private int currentNote;
    private int depth;

    Pass(Map<String, byte[]> parts, PreviewHtml out) {
      this.parts = parts;
      this.out = out;
      this.lists = new HtmlLists(out);
      this.styles =
          new WordStyles(Xml.root(parts, "word/styles.xml"), Xml.root(parts, "word/numbering.xml"));
    }

    void document(Element document) {
      title();
      List<Relationship> rels = WordRelationships.of(parts, "word/document.xml");
      section(rels, "header", "doc-header");
      links = WordRelationships.links(rels);
      out.openOwn("div", "doc-body");
      blocks(Xml.child(document, W, "body"));
      lists.closeAll();
      out.close();
      notes(rels, "footnotes", "footnote");
      notes(rels, "endnotes", "endnote");
      section(rels, "footer", "doc-footer");
    }

    private void title() {
      Element core = Xml.root(parts, "docProps/core.xml");
      Element title = Xml.child(core, DC, "title");
      if (title != null && !title.getTextContent().isBlank()) {
        out.openOwn("div", "doc-title");
        out.text(title.getTextContent());
        out.close();
      }
    }

    /** The headers or footers the body refers to, each once, in the order of their names. */
    private void section(List<Relationship> rels, String type, String cssClass) {
      List<Relationship> found = new ArrayList<>();
      for (Relationship r : rels) {
        if (r.type().equals(type) && !r.external()) {
          found.add(r);
        }
      }
      found.sort(Comparator.comparing(Relationship::target));
      for (Relationship r : found) {
        String name = WordRelationships.partName(r.target());
        Element root = Xml.root(parts, name);
        if (root != null) {
          links = WordRelationships.links(WordRelationships.of(parts, name));
          out.openOwn("div", cssClass);
          blocks(root);
          lists.closeAll();
          out.close();
        }
      }
    }

    private void notes(List<Relationship> rels, String type, String element) {
      for (Relationship r : rels) {
        if (!r.type().equals(type) || r.external()) {
          continue;
        }
        String name = WordRelationships.partName(r.target());
        Element root = Xml.root(parts, name);
        if (root == null) {
          continue;
        }
        links = WordRelationships.links(WordRelationships.of(parts, name));
        out.openOwn("div", "doc-notes");
        for (Element note : Xml.children(root)) {
          String noteType = Xml.attribute(note, W, "type");
          if (Xml.is(note, W, element) && (noteType == null || noteType.equals("normal"))) {
            currentNote = noteNumbers.getOrDefault(element + Xml.attribute(note, W, "id"), 0);
            out.openOwn("div", "doc-note");
            blocks(note);
            lists.closeAll();
            out.close();
          }
        }
        out.close();
      }
    }

    private void blocks(Element container) {
      if (container == null || depth >= MAX_DEPTH) {
        return;
      }
      depth++;
      for (Element e : Xml.children(container)) {
        if (Xml.is(e, W, "p")) {
          paragraph(e);
        } else if (Xml.is(e, W, "tbl")) {
          lists.closeAll();
          table(e);
        } else if (Xml.is(e, W, "sdt")) {
          blocks(Xml.child(e, W, "sdtContent"));
        } else if (transparent(e)) {
          blocks(e);
        } else if (Xml.is(e, MC, "AlternateContent")) {
          blocks(Xml.child(e, MC, "Choice"));
        }
      }
      depth--;
    }

    private void paragraph(Element p) {
      Element pPr = Xml.child(p, W, "pPr");
      String style = WordStyles.value(Xml.child(pPr, W, "pStyle"));
      int heading = styles.headingLevel(pPr, style);
      Map<String, String> attributes = paragraphAttributes(pPr, style);
      RunFormat format = styles.run(style);
      Element numPr = styles.paragraphProperty(pPr, style, "numPr");
      String numId = WordStyles.value(Xml.child(numPr, W, "numId"));
      if (heading == 0 && numId != null && !numId.equals("0")) {
        String ilvl = WordStyles.value(Xml.child(numPr, W, "ilvl"));
        int level = ilvl != null && ilvl.matches("[0-8]") ? Integer.parseInt(ilvl) : 0;
        lists.item(styles.listElement(numId, level), level, attributes);
        inline(p, format);
        return; // the item stays open for a list nested under it
      }
      lists.closeAll();
      out.open(heading > 0 ? "h" + heading : "p", attributes);
      inline(p, format);
      out.close();
    }

    private Map<String, String> paragraphAttributes(Element pPr, String style) {
      Map<String, String> attributes = new LinkedHashMap<>();
      String jc = WordStyles.value(styles.paragraphProperty(pPr, style, "jc"));
      String align =
          jc == null
              ? null
              : switch (jc) {
                case "center" -> "center";
                case "right", "end" -> "end";
                case "both", "distribute", "lowKashida", "mediumKashida", "highKashida" ->
                    "justify";
                default -> null;
              };
      if (align != null) {
        attributes.put("style", "text-align: " + align);
      }
      if (Boolean.TRUE.equals(WordStyles.on(styles.paragraphProperty(pPr, style, "bidi")))) {
        attributes.put("dir", "rtl");
      }
      return attributes;
    }

    private void table(Element tbl) {
      out.open("table", Map.of());
      for (Element row : rows(tbl)) {
        out.open("tr", Map.of());
        for (Element cell : Xml.children(row)) {
          if (Xml.is(cell, W, "tc")) {
            Map<String, String> attributes = new LinkedHashMap<>();
            String span = WordStyles.value(Xml.child(Xml.child(cell, W, "tcPr"), W, "gridSpan"));
            if (span != null) {
              attributes.put("colspan", span);
            }
            out.open("td", attributes);
            blocks(cell);
            lists.closeAll();
            out.close();
          }
        }
        out.close();
      }
      out.close();
    }

    private List<Element> rows(Element tbl) {
      List<Element> rows = new ArrayList<>();
      for (Element e : Xml.children(tbl)) {
        if (Xml.is(e, W, "tr")) {
          rows.add(e);
        } else if (Xml.is(e, W, "sdt") || transparent(e)) {
          Element content = Xml.is(e, W, "sdt") ? Xml.child(e, W, "sdtContent") : e;
          if (content != null) {
            rows.addAll(rows(content));
          }
        }
      }
      return rows;
    }

    private void inline(Element parent, RunFormat paragraphFormat) {
      if (parent == null || depth >= MAX_DEPTH) {
        return;
      }
      depth++;
      for (Element e : Xml.children(parent)) {
        if (Xml.is(e, W, "r")) {
          run(e, paragraphFormat);
        } else if (Xml.is(e, W, "hyperlink")) {
          String href = links.get(Xml.attribute(e, R, "id"));
          out.open("a", href == null ? Map.of() : Map.of("href", href));
          inline(e, paragraphFormat);
          out.close();
        } else if (Xml.is(e, W, "sdt")) {
          inline(Xml.child(e, W, "sdtContent"), paragraphFormat);
        } else if (Xml.is(e, MC, "AlternateContent")) {
          inline(Xml.child(e, MC, "Choice"), paragraphFormat);
        } else if (transparent(e) || Xml.is(e, W, "fldSimple") || Xml.is(e, W, "dir")) {
          inline(e, paragraphFormat);
        }
      }
      depth--;
    }

    private void run(Element r, RunFormat paragraphFormat) {
      Element rPr = Xml.child(r, W, "rPr");
      RunFormat format =
          paragraphFormat
              .with(styles.run(WordStyles.value(Xml.child(rPr, W, "rStyle"))))
              .with(WordStyles.runFormat(rPr));
      if (format.isHidden()) {
        return;
      }
      List<String> elements = format.elements();
      for (String tag : elements) {
        out.open(tag, Map.of());
      }
      runContent(r);
      for (int i = 0; i < elements.size(); i++) {
        out.close();
      }
    }

    private void runContent(Element r) {
      for (Element e : Xml.children(r)) {
        if (!W.equals(e.getNamespaceURI())) {
          if (Xml.is(e, MC, "AlternateContent")) {
            Element choice = Xml.child(e, MC, "Choice");
            if (choice != null) {
              runContent(choice);
            }
          }
          continue;
        }
        switch (e.getLocalName()) {
          case "t" -> out.text(e.getTextContent());
          case "tab", "ptab" -> out.text("\t");
          case "br" -> {
            String type = Xml.attribute(e, W, "type");
            if (type == null || type.equals("textWrapping")) {
              lineBreak();
            }
          }
          case "cr" -> lineBreak();
          case "noBreakHyphen" -> out.text("\u2011");
          case "softHyphen" -> out.text("\u00AD");
          case "drawing", "pict", "object" -> picture(e);
          case "footnoteReference" -> noteReference("footnote", e);
          case "endnoteReference" -> noteReference("endnote", e);
          case "footnoteRef", "endnoteRef" -> superscript(String.valueOf(currentNote));
          default -> {}
        }
      }
    }

    private void noteReference(String element, Element reference) {
      int number = noteNumbers.size() + 1;
      noteNumbers.put(element + Xml.attribute(reference, W, "id"), number);
      superscript(String.valueOf(number));
    }

    private void superscript(String text) {
      out.open("sup", Map.of());
      out.text(text);
      out.close();
    }

    private void lineBreak() {
      out.open("br", Map.of());
      out.close();
    }

    /** A text box shows its paragraphs, one a line; a picture, a box with its description. */
    private void picture(Element drawing) {
      NodeList boxes = drawing.getElementsByTagNameNS(W, "txbxContent");
      if (boxes.getLength() > 0) {
        Element box = (Element) boxes.item(0);
        out.openOwn("span", "doc-textbox");
        NodeList paragraphs = box.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
          Element p = (Element) paragraphs.item(i);
          if (nearestBox(p) == box) {
            Element pPr = Xml.child(p, W, "pPr");
            inline(p, styles.run(WordStyles.value(Xml.child(pPr, W, "pStyle"))));
            lineBreak();
          }
        }
        out.close();
        return;
      }
      Element docPr = first(drawing, WP, "docPr");
      String description = docPr == null ? "" : docPr.getAttribute("descr");
      out.image(
          null, description.isBlank() && docPr != null ? docPr.getAttribute("title") : description);
    }

    private static Element nearestBox(Element p) {
      for (Node n = p.getParentNode(); n != null; n = n.getParentNode()) {
        if (Xml.is(n, W, "txbxContent")) {
          return (Element) n;
        }
      }
      return null;
    }

    private static Element first(Element parent, String ns, String local) {
      NodeList found = parent.getElementsByTagNameNS(ns, local);
      return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static boolean transparent(Element e) {
      if (!W.equals(e.getNamespaceURI())) {
        return false;
      }
      return switch (e.getLocalName()) {
        case "ins", "moveTo", "smartTag", "customXml" -> true;
        default -> false;
      };
    }
  }
}
