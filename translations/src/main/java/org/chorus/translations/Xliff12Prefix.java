package org.chorus.translations;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * XLIFF 1.2 whose elements carry a prefix ({@code <x:xliff>}, valid XML): Okapi's writer adds
 * targets without the prefix, which puts them in no namespace and makes the file invalid. They are
 * moved into the XLIFF namespace under the document's prefix.
 */
final class Xliff12Prefix {

  private static final String NS12 = "urn:oasis:names:tc:xliff:document:1.2";

  private Xliff12Prefix() {}

  static byte[] fix(byte[] written) {
    String root = XmlProlog.rootStartTag(XmlProlog.head(written));
    if (root == null || !root.matches("(?s)<[\\w.-]+:xliff\\b.*")) {
      return written;
    }
    Document doc = XmlDocuments.parse(written);
    String prefix = doc.getDocumentElement().getPrefix();
    intoNamespace(doc, doc.getDocumentElement(), prefix);
    return XmlDocuments.serialize(doc);
  }

  private static void intoNamespace(Document doc, Element e, String prefix) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        Element moved =
            child.getNamespaceURI() == null
                ? (Element) doc.renameNode(child, NS12, prefix + ":" + child.getNodeName())
                : child;
        intoNamespace(doc, moved, prefix);
        n = moved;
      }
    }
  }
}
