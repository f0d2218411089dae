package org.chorus.translations.preview;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML as a browser builds it: the merged file goes through jsoup's HTML5 parser (the tree a
 * browser would build from the published file), then every element, attribute and text through
 * {@link PreviewHtml}. The document's title is shown above its body.
 */
final class HtmlView implements View {

  @Override
  public void write(byte[] merged, PreviewHtml out) {
    Document document;
    try {
      // the charset from a byte-order mark or the file's own declaration, as a browser finds it
      document = Jsoup.parse(new ByteArrayInputStream(merged), null, "");
    } catch (IOException e) {
      throw new PreviewException("The merged HTML cannot be read: " + e.getMessage(), e);
    }
    Element title = document.head().selectFirst("title");
    if (title != null && !title.wholeText().isBlank()) {
      out.openOwn("div", "doc-title");
      out.text(title.wholeText());
      out.close();
    }
    walk(document.body(), out);
  }

  /** Writes an element and everything in it; iterative, so deep nesting cannot overflow. */
  static void walk(Element root, PreviewHtml out) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              out.open(e.normalName(), attributes(e));
            } else if (node instanceof TextNode t) {
              out.text(t.getWholeText());
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element) {
              out.close();
            }
          }
        },
        root);
  }

  private static Map<String, String> attributes(Element e) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Attribute a : e.attributes()) {
      map.put(a.getKey(), a.getValue());
    }
    return map;
  }
}
