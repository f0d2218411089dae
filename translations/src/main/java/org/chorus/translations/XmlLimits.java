package org.chorus.translations;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Structural limits of an XML file, checked in one streaming pass before a parser that builds a
 * tree or recurses (Okapi's filters, the DOM of {@link Xliff2Modules}) sees it: how deep elements
 * nest and how many attributes one has. Real XLIFF nests a few dozen deep at most.
 */
final class XmlLimits {

  static final int MAX_DEPTH = 200;
  static final int MAX_ATTRIBUTES = 500;

  private XmlLimits() {}

  /** Refuses a file beyond the limits; one that is not well-formed is left to its parser. */
  static void check(byte[] xml) {
    XMLInputFactory f = XMLInputFactory.newInstance();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (++depth > MAX_DEPTH) {
            throw refused("nests elements more than " + MAX_DEPTH + " deep", r);
          }
          if (r.getAttributeCount() > MAX_ATTRIBUTES) {
            throw refused("has an element with more than " + MAX_ATTRIBUTES + " attributes", r);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      // not well-formed: its own parser says where, with the rule it breaks
    }
  }

  private static UnreadableDocumentException refused(String what, XMLStreamReader r) {
    return new UnreadableDocumentException(
        "Refused: the file "
            + what
            + " (line "
            + r.getLocation().getLineNumber()
            + "), beyond what a document needs.");
  }
}
