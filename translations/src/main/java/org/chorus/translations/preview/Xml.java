package org.chorus.translations.preview;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reading the parts of a zipped office document: no DTD, no entities, no includes. */
final class Xml {

  private static final DocumentBuilderFactory FACTORY = factory();

  private Xml() {}

  /** The XML parts of a package by name (media and thumbnails left out). */
  static Map<String, byte[]> parts(byte[] zip) {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          parts.put(e.getName(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new PreviewException("The merged package cannot be read: " + e.getMessage(), e);
    }
    return parts;
  }

  /** The root element of a part, or null when the package has no such part. */
  static Element root(Map<String, byte[]> parts, String name) {
    byte[] bytes = parts.get(name);
    if (bytes == null) {
      return null;
    }
    try {
      DocumentBuilder builder;
      synchronized (FACTORY) { // a factory is not promised to be thread-safe
        builder = FACTORY.newDocumentBuilder();
      }
      builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
      return builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new PreviewException(name + " cannot be read: " + e.getMessage(), e);
    }
  }

  static List<Element> children(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        found.add(e);
      }
    }
    return found;
  }

  static Element child(Element parent, String ns, String local) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, ns, local)) {
        return (Element) n;
      }
    }
    return null;
  }

  static boolean is(Node node, String ns, String local) {
    return node instanceof Element
        && local.equals(node.getLocalName())
        && ns.equals(node.getNamespaceURI());
  }

  /** An attribute's value, or null when it is absent. */
  static String attribute(Element e, String ns, String local) {
    if (e == null || !e.hasAttributeNS(ns, local)) {
      return null;
    }
    return e.getAttributeNS(ns, local);
  }

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser refuses its own features", e);
    }
    return f;
  }
}
