package org.chorus.translations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts the translated units that Okapi's XLIFF 2 writer made back into the original document.
 * Okapi's writer keeps the core and the metadata module but drops what it does not model: other
 * modules (matches, glossary, change tracking, resource data, size profiles, validation rules) and
 * extension elements. So Chorus writes the original document again with only each unit's segments,
 * ignorables and original data taken from Okapi's output, and everything else as it was.
 */
final class Xliff2Modules {

  private static final String CORE = Xliff2Validation.CORE;

  private Xliff2Modules() {}

  static byte[] keep(byte[] original, byte[] written) {
    Document target = XmlDocuments.parse(original);
    target.setXmlStandalone(true);
    Document okapi = XmlDocuments.parse(written);
    Map<String, Element> translated = new HashMap<>();
    for (Element unit : units(okapi)) {
      translated.put(key(unit), unit);
    }
    for (Element unit : units(target)) {
      Element done = translated.get(key(unit));
      if (done != null) {
        replaceContent(unit, done);
      }
    }
    Element root = target.getDocumentElement();
    String trgLang = okapi.getDocumentElement().getAttribute("trgLang");
    if (!trgLang.isEmpty()) {
      root.setAttribute("trgLang", trgLang);
    }
    return XmlDocuments.serialize(target);
  }

  /** A unit's segments, ignorables and original data replaced by those of its translation. */
  private static void replaceContent(Element unit, Element translated) {
    Node anchor = null;
    for (Node n = unit.getFirstChild(); n != null; ) {
      Node next = n.getNextSibling();
      if (isContent(n)) {
        if (anchor == null) {
          anchor = unit.getOwnerDocument().createComment("");
          unit.insertBefore(anchor, n);
        }
        unit.removeChild(n);
      }
      n = next;
    }
    for (Node n = translated.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isContent(n)) {
        Node copy = unit.getOwnerDocument().importNode(n, true);
        if (anchor == null) {
          unit.appendChild(copy);
        } else {
          unit.insertBefore(copy, anchor);
        }
      }
    }
    if (anchor != null) {
      unit.removeChild(anchor);
    }
  }

  private static boolean isContent(Node n) {
    return n instanceof Element e
        && CORE.equals(e.getNamespaceURI())
        && List.of("segment", "ignorable", "originalData").contains(e.getLocalName());
  }

  /** A unit by its file's id and its own: unit ids are unique in a file, file ids in a document. */
  private static String key(Element unit) {
    Node file = unit.getParentNode();
    while (file != null && !(file instanceof Element e && "file".equals(e.getLocalName()))) {
      file = file.getParentNode();
    }
    return (file == null ? "" : ((Element) file).getAttribute("id"))
        + "/"
        + unit.getAttribute("id");
  }

  private static List<Element> units(Document doc) {
    var all = doc.getElementsByTagNameNS(CORE, "unit");
    List<Element> out = new ArrayList<>(all.getLength());
    for (int i = 0; i < all.getLength(); i++) {
      out.add((Element) all.item(i));
    }
    return out;
  }
}
