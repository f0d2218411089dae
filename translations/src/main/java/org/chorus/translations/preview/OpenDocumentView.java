package org.chorus.translations.preview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * An ODT document as HTML: paragraphs, headings by outline level, text styles (bold, italic,
 * underline, strike-through, super- and subscript), lists numbered or not by their list style,
 * tables with spans, links, line breaks, tabs and spaces, ruby, text boxes; pictures become a box
 * showing their title. The document's title, page headers, notes and page footers are shown around
 * the body.
 */
final class OpenDocumentView implements View {

  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
  private static final String XLINK = "http://www.w3.org/1999/xlink";
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  /** Deeper than this (lists in tables in lists...), content is left out. */
  private static final int MAX_DEPTH = 48;

  @Override
  public void write(byte[] merged, PreviewHtml out) {
    Map<String, byte[]> parts = Xml.parts(merged);
    Element content = Xml.root(parts, "content.xml");
    if (content == null) {
      throw new PreviewException("The ODT package has no content.xml.");
    }
    Element styles = Xml.root(parts, "styles.xml");
    new Pass(out, new OpenDocumentStyles(styles, content)).document(content, styles, parts);
  }

  /** A footnote or endnote: its mark and its text, shown after the body. */
  private record Note(String citation, Element body) {}

  /** One walk over one package. */
  private static final class Pass {
    private final PreviewHtml out;
    private final OpenDocumentStyles styles;
    private final List<Note> notes = new ArrayList<>();
    private int depth;

    Pass(PreviewHtml out, OpenDocumentStyles styles) {
      this.out = out;
      this.styles = styles;
    }

    void document(Element content, Element stylesRoot, Map<String, byte[]> parts) {
      title(Xml.root(parts, "meta.xml"));
      pages(stylesRoot, "header", "doc-header");
      out.openOwn("div", "doc-body");
      blocks(Xml.child(Xml.child(content, OFFICE, "body"), OFFICE, "text"), null, 0);
      out.close();
      if (!notes.isEmpty()) {
        out.openOwn("div", "doc-notes");
        for (Note note : notes) {
          out.openOwn("div", "doc-note");
          superscript(note.citation());
          blocks(note.body(), null, 0);
          out.close();
        }
        out.close();
      }
      pages(stylesRoot, "footer", "doc-footer");
    }

    private void title(Element meta) {
      Element title = Xml.child(Xml.child(meta, OFFICE, "meta"), DC, "title");
      if (title != null && !title.getTextContent().isBlank()) {
        out.openOwn("div", "doc-title");
        out.text(title.getTextContent());
        out.close();
      }
    }

    /** The headers (or footers) of the master pages: style:header, style:header-left... */
    private void pages(Element stylesRoot, String kind, String cssClass) {
      Element master = Xml.child(stylesRoot, OFFICE, "master-styles");
      if (master == null) {
        return;
      }
      for (Element page : Xml.children(master)) {
        for (Element part : Xml.children(page)) {
          if (STYLE.equals(part.getNamespaceURI()) && part.getLocalName().startsWith(kind)) {
            out.openOwn("div", cssClass);
            blocks(part, null, 0);
            out.close();
          }
        }
      }
    }

    /**
     * Block content.
     *
     * @param listStyle the list style in force, for lists nested without one of their own
     * @param level how deep in lists this content is (0 outside any)
     */
    private void blocks(Element container, String listStyle, int level) {
      if (container == null || depth >= MAX_DEPTH) {
        return;
      }
      depth++;
      for (Element e : Xml.children(container)) {
        if (Xml.is(e, TEXT, "h")) {
          String outline = Xml.attribute(e, TEXT, "outline-level");
          int n = outline != null && outline.matches("\\d{1,2}") ? Integer.parseInt(outline) : 1;
          paragraph(e, "h" + Math.max(1, Math.min(6, n)));
        } else if (Xml.is(e, TEXT, "p")) {
          paragraph(e, "p");
        } else if (Xml.is(e, TEXT, "list")) {
          list(e, listStyle, level);
        } else if (Xml.is(e, TABLE, "table")) {
          table(e);
        } else if (Xml.is(e, TEXT, "section")) {
          out.open("div", Map.of());
          blocks(e, listStyle, level);
          out.close();
        } else if (Xml.is(e, TEXT, "index-body") || Xml.is(e, TEXT, "index-title")) {
          blocks(e, listStyle, level);
        } else if (TEXT.equals(e.getNamespaceURI()) && e.getLocalName().endsWith("index")
            || Xml.is(e, TEXT, "table-of-content")
            || Xml.is(e, TEXT, "bibliography")) {
          blocks(Xml.child(e, TEXT, "index-body"), listStyle, level);
        } else if (DRAW.equals(e.getNamespaceURI())) {
          out.open("p", Map.of());
          drawing(e);
          out.close();
        }
      }
      depth--;
    }

    private void paragraph(Element p, String tag) {
      String style = Xml.attribute(p, TEXT, "style-name");
      out.open(tag, styles.paragraphAttributes(style));
      span(p, styles.run("paragraph", style));
      out.close();
    }

    private void list(Element list, String inherited, int level) {
      String style = Xml.attribute(list, TEXT, "style-name");
      String listStyle = style != null ? style : inherited;
      out.open(styles.listElement(listStyle, level + 1), Map.of());
      for (Element item : Xml.children(list)) {
        if (Xml.is(item, TEXT, "list-item") || Xml.is(item, TEXT, "list-header")) {
          out.open("li", Map.of());
          blocks(item, listStyle, level + 1);
          out.close();
        }
      }
      out.close();
    }

    private void table(Element table) {
      out.open("table", Map.of());
      rows(table);
      out.close();
    }

    private void rows(Element container) {
      for (Element e : Xml.children(container)) {
        if (Xml.is(e, TABLE, "table-row")) {
          out.open("tr", Map.of());
          for (Element cell : Xml.children(e)) {
            if (Xml.is(cell, TABLE, "table-cell")) {
              Map<String, String> attributes = new LinkedHashMap<>();
              putIfPresent(attributes, "colspan", cell, "number-columns-spanned");
              putIfPresent(attributes, "rowspan", cell, "number-rows-spanned");
              out.open("td", attributes);
              blocks(cell, null, 0);
              out.close();
            }
          }
          out.close();
        } else if (TABLE.equals(e.getNamespaceURI()) && e.getLocalName().contains("rows")
            || Xml.is(e, TABLE, "table-row-group")) {
          rows(e);
        }
      }
    }

    private static void putIfPresent(
        Map<String, String> attributes, String name, Element cell, String odfName) {
      String v = Xml.attribute(cell, TABLE, odfName);
      if (v != null) {
        attributes.put(name, v);
      }
    }

    /** The inline content of an element, in the run format {@code format}. */
    private void span(Element parent, RunFormat format) {
      if (depth >= MAX_DEPTH) {
        return;
      }
      depth++;
      List<String> elements = format.isHidden() ? List.of() : format.elements();
      if (!format.isHidden()) {
        for (String tag : elements) {
          out.open(tag, Map.of());
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Text t) {
            out.text(t.getData());
          } else if (n instanceof Element e) {
            inline(e);
          }
        }
        for (int i = 0; i < elements.size(); i++) {
          out.close();
        }
      }
      depth--;
    }

    private void inline(Element e) {
      if (DRAW.equals(e.getNamespaceURI())) {
        drawing(e);
        return;
      }
      if (!TEXT.equals(e.getNamespaceURI())) {
        return; // office:annotation and the like: not part of the text
      }
      switch (e.getLocalName()) {
        case "span" -> span(e, styles.run("text", Xml.attribute(e, TEXT, "style-name")));
        case "a" -> link(e, Xml.attribute(e, XLINK, "href"));
        case "s" -> out.text(" ".repeat(count(Xml.attribute(e, TEXT, "c"))));
        case "tab" -> out.text("\t");
        case "line-break" -> {
          out.open("br", Map.of());
          out.close();
        }
        case "note" -> {
          Element citation = Xml.child(e, TEXT, "note-citation");
          Note note =
              new Note(
                  citation == null ? "" : citation.getTextContent(),
                  Xml.child(e, TEXT, "note-body"));
          superscript(note.citation());
          notes.add(note);
        }
        case "ruby" -> {
          out.open("ruby", Map.of());
          Element base = Xml.child(e, TEXT, "ruby-base");
          if (base != null) {
            span(base, RunFormat.NONE);
          }
          out.open("rt", Map.of());
          Element rt = Xml.child(e, TEXT, "ruby-text");
          if (rt != null) {
            span(rt, RunFormat.NONE);
          }
          out.close();
          out.close();
        }
        case "bookmark",
            "bookmark-start",
            "bookmark-end",
            "reference-mark",
            "reference-mark-start",
            "reference-mark-end",
            "soft-page-break",
            "change",
            "change-start",
            "change-end",
            "toc-mark",
            "toc-mark-start",
            "toc-mark-end",
            "alphabetical-index-mark",
            "alphabetical-index-mark-start",
            "alphabetical-index-mark-end",
            "user-index-mark",
            "user-index-mark-start",
            "user-index-mark-end",
            "hidden-text",
            "hidden-paragraph",
            "note-citation",
            "note-body" -> {}
        default -> span(e, RunFormat.NONE); // fields show their current value
      }
    }

    private void link(Element a, String href) {
      out.open("a", href == null ? Map.of() : Map.of("href", href));
      span(a, RunFormat.NONE);
      out.close();
    }

    /** A text box shows its paragraphs one a line; a picture, a box with its title. */
    private void drawing(Element e) {
      if (Xml.is(e, DRAW, "a")) {
        out.open("a", hrefOf(e));
        for (Element inner : Xml.children(e)) {
          drawing(inner);
        }
        out.close();
        return;
      }
      Element box = Xml.child(e, DRAW, "text-box");
      if (box != null || Xml.child(e, TEXT, "p") != null) {
        out.openOwn("span", "doc-textbox");
        for (Element p : Xml.children(box != null ? box : e)) {
          if (Xml.is(p, TEXT, "p") || Xml.is(p, TEXT, "h")) {
            span(p, styles.run("paragraph", Xml.attribute(p, TEXT, "style-name")));
            out.open("br", Map.of());
            out.close();
          }
        }
        out.close();
        return;
      }
      if (Xml.is(e, DRAW, "frame")) {
        Element title = Xml.child(e, SVG, "title");
        Element description = Xml.child(e, SVG, "desc");
        Element alt = title != null ? title : description;
        out.image(null, alt == null ? "" : alt.getTextContent());
      }
    }

    private static Map<String, String> hrefOf(Element a) {
      String href = Xml.attribute(a, XLINK, "href");
      return href == null ? Map.of() : Map.of("href", href);
    }

    private void superscript(String text) {
      out.open("sup", Map.of());
      out.text(text);
      out.close();
    }

    private static int count(String c) {
      if (c == null || !c.matches("\\d{1,4}")) {
        return 1;
      }
      return Math.max(1, Math.min(1000, Integer.parseInt(c)));
    }
  }
}
