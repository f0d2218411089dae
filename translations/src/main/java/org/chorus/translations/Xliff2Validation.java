package org.chorus.translations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether a document is valid XLIFF 2, decided before Chorus or Okapi reads it: well-formed XML,
 * the OASIS schemas of the core and of the modules (matches, glossary, format style, metadata,
 * resource data, size and length restriction, validation, ITS), and the constraints of the core and
 * module specifications that no schema can say, each refused with its line and the rule it breaks:
 *
 * <ul>
 *   <li>ids: of files in the document, of groups and units in a file, of segments, ignorables and
 *       inline elements in a unit's sources, unique;
 *   <li>an {@code <ec startRef>} names an {@code <sc>} of its unit, and an {@code <sc>} that is not
 *       isolated has its {@code <ec>}; {@code dataRef}s name a {@code <data>} of the unit;
 *   <li>{@code trgLang} is given when the document has targets; a {@code <cp hex>} names a Unicode
 *       character;
 *   <li>a module's element or attribute stands only where the module allows it;
 *   <li>size and length restriction: {@code sizeInfo} and {@code sizeInfoRef} not together; a size
 *       or storage restriction only under a profile that says how to measure it, and for the
 *       standard profiles a number or "min,max" with min &le; max;
 *   <li>resource data: a source or target with either content or an {@code href}, not both and not
 *       neither; a {@code mimeType} when both are empty; a reference names a resource item;
 *   <li>matches: a {@code subType} only with a {@code type}; glossary: an entry has a translation
 *       or a definition; validation: a rule that {@code existsInSource} says exactly one of
 *       isPresent, startsWith, endsWith; change tracking: an item that changes an attribute holds
 *       text only.
 * </ul>
 */
final class Xliff2Validation {

  static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";
  private static final String SLR = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
  private static final String RES = "urn:oasis:names:tc:xliff:resourcedata:2.0";
  private static final String MTC = "urn:oasis:names:tc:xliff:matches:2.0";
  private static final String GLS = "urn:oasis:names:tc:xliff:glossary:2.0";
  private static final String VAL = "urn:oasis:names:tc:xliff:validation:2.0";
  private static final String CTR = "urn:oasis:names:tc:xliff:changetracking:2.0";
  private static final String LINE = "chorus.line";
  private static final String XSD = "/net/sf/okapi/lib/xliff2/";
  private static final Set<String> STANDARD_PROFILES =
      Set.of("xliff:codepoints", "xliff:utf8", "xliff:utf16", "xliff:utf32");
  private static final Pattern RESTRICTION = Pattern.compile("\\d+(,\\d+)?");

  private static final Schema SCHEMA = loadSchema();

  /** Where each module may put elements and attributes: location name to "{ns}name" keys. */
  private static final Map<String, Set<String>> MODULE_PLACES = new HashMap<>();

  private static final Set<String> MODULE_NAMESPACES = new HashSet<>();

  static {
    loadModulePlaces();
  }

  private Xliff2Validation() {}

  /**
   * @throws XliffException naming the line and the rule of the first problem found
   */
  static void check(byte[] content) {
    String version = DocumentFormat.xliffVersion(XmlProlog.head(content));
    if (version != null && !version.equals("2.0") && !version.equals("2.1")) {
      throw new XliffException(
          "This is XLIFF " + version + ": Chorus reads XLIFF 1.2, 2.0 and 2.1.");
    }
    validateSchema(content);
    new Rules().check(parse(content).getDocumentElement());
  }

  private static XliffException invalid(int line, String rule) {
    return new XliffException(
        "The XLIFF 2 file is not valid: " + (line > 0 ? "line " + line + ": " : "") + rule);
  }

  private static void validateSchema(byte[] content) {
    try {
      Validator v = SCHEMA.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setErrorHandler(
          new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
              throw invalid(e.getLineNumber(), Messages.oneLine(e) + " (XLIFF 2 schemas)");
            }

            @Override
            public void fatalError(SAXParseException e) {
              throw invalid(e.getLineNumber(), "not well-formed XML: " + Messages.oneLine(e));
            }
          });
      v.validate(new StreamSource(new ByteArrayInputStream(content)));
    } catch (SAXParseException e) {
      throw invalid(e.getLineNumber(), Messages.oneLine(e) + " (XLIFF 2 schemas)");
    } catch (SAXException e) {
      throw invalid(0, Messages.oneLine(e) + " (XLIFF 2 schemas)");
    } catch (IOException e) {
      throw new XliffException("The XLIFF 2 file cannot be read.", e);
    }
  }

  // ---------------------------------------------------------------- the rules

  private static final class Rules {

    void check(Element root) {
      Set<String> files = new HashSet<>();
      for (Element file : children(root, CORE, "file")) {
        unique(files, file, "id", "a file id must be unique in the document");
        checkFile(file);
      }
      for (Element target : descendants(root, CORE, "target")) {
        if (CORE.equals(target.getParentNode().getNamespaceURI())
            && root.getAttribute("trgLang").isEmpty()) {
          throw invalid(line(target), "the document has targets but no trgLang on <xliff>");
        }
      }
    }

    private void checkFile(Element file) {
      Set<String> groups = new HashSet<>();
      for (Element g : descendants(file, CORE, "group")) {
        unique(groups, g, "id", "a group id must be unique in its file");
      }
      Set<String> units = new HashSet<>();
      for (Element u : descendants(file, CORE, "unit")) {
        unique(units, u, "id", "a unit id must be unique in its file");
        checkUnit(u);
      }
      checkPlaces(file);
      checkSizeRestrictions(file);
      checkResourceData(file);
      for (Element m : descendants(file, MTC, "match")) {
        if (m.hasAttribute("subType") && !m.hasAttribute("type")) {
          throw invalid(line(m), "a match with a subType needs a type (matches module)");
        }
      }
      for (Element e : descendants(file, GLS, "glossEntry")) {
        if (children(e, GLS, "translation").isEmpty() && children(e, GLS, "definition").isEmpty()) {
          throw invalid(
              line(e), "a glossary entry needs a translation or a definition (glossary module)");
        }
      }
      for (Element r : descendants(file, VAL, "rule")) {
        int given = 0;
        for (String a : List.of("isPresent", "startsWith", "endsWith")) {
          given += r.hasAttribute(a) ? 1 : 0;
        }
        if (r.hasAttribute("existsInSource") && given != 1) {
          throw invalid(
              line(r),
              "a rule with existsInSource needs exactly one of isPresent, startsWith, endsWith"
                  + " (validation module)");
        }
      }
      for (Element item : descendants(file, CTR, "item")) {
        if (!"content".equals(item.getAttribute("property")) && !elements(item).isEmpty()) {
          throw invalid(
              line(item),
              "a change-tracking item that changes an attribute holds text only"
                  + " (change tracking module)");
        }
      }
    }

    private void checkUnit(Element unit) {
      Set<String> ids = new HashSet<>();
      for (Element part : elements(unit)) {
        if (!CORE.equals(part.getNamespaceURI())
            || !part.getLocalName().equals("segment") && !part.getLocalName().equals("ignorable")) {
          continue;
        }
        if (part.hasAttribute("id")) {
          unique(ids, part, "id", "an id must be unique among the segments and codes of a unit");
        }
        for (Element source : children(part, CORE, "source")) {
          for (Element inline : descendants(source, CORE, null)) {
            if (inline.hasAttribute("id")) {
              unique(
                  ids, inline, "id", "an id must be unique among the segments and codes of a unit");
            }
          }
        }
      }
      Set<String> data = new HashSet<>();
      for (Element d : descendants(unit, CORE, "data")) {
        data.add(d.getAttribute("id"));
      }
      for (String side : List.of("source", "target")) {
        Map<String, Element> open = new HashMap<>();
        Set<String> closed = new HashSet<>();
        for (Element container : codeContainers(unit, side)) {
          for (Element code : descendants(container, CORE, null)) {
            checkCode(code, data, open, closed);
          }
        }
        for (Map.Entry<String, Element> sc : open.entrySet()) {
          if (!closed.contains(sc.getKey())
              && !"yes".equals(sc.getValue().getAttribute("isolated"))) {
            throw invalid(
                line(sc.getValue()),
                "<sc id=\""
                    + sc.getKey()
                    + "\"> has no <ec startRef> in its unit and is not isolated=\"yes\"");
          }
        }
      }
    }

    /** The sources or targets of a unit's segments and ignorables (not those of its matches). */
    private static List<Element> codeContainers(Element unit, String side) {
      List<Element> out = new ArrayList<>();
      for (Element part : elements(unit)) {
        if (CORE.equals(part.getNamespaceURI())
            && (part.getLocalName().equals("segment") || part.getLocalName().equals("ignorable"))) {
          out.addAll(children(part, CORE, side));
        }
      }
      return out;
    }

    private static void checkCode(
        Element code, Set<String> data, Map<String, Element> open, Set<String> closed) {
      for (String ref : List.of("dataRef", "dataRefStart", "dataRefEnd")) {
        if (code.hasAttribute(ref) && !data.contains(code.getAttribute(ref))) {
          throw invalid(
              line(code), ref + "=\"" + code.getAttribute(ref) + "\" names no <data> of the unit");
        }
      }
      switch (code.getLocalName()) {
        case "sc" -> open.put(code.getAttribute("id"), code);
        case "ec" -> {
          String start = code.getAttribute("startRef");
          if (!start.isEmpty()) {
            if (!open.containsKey(start)) {
              throw invalid(
                  line(code), "<ec startRef=\"" + start + "\"> has no <sc> before it in its unit");
            }
            closed.add(start);
          }
        }
        case "cp" -> {
          int cp;
          try {
            cp = Integer.parseInt(code.getAttribute("hex"), 16);
          } catch (NumberFormatException e) {
            cp = -1;
          }
          if (cp < 0 || cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF) {
            throw invalid(
                line(code),
                "<cp hex=\"" + code.getAttribute("hex") + "\"> names no Unicode character");
          }
        }
        default -> {
          // other inline elements carry no reference
        }
      }
    }

    /** Module elements and attributes stand only where modules.xml says the module allows them. */
    private static void checkPlaces(Element file) {
      List<Element> all = descendants(file, null, null);
      all.add(0, file);
      for (Element e : all) {
        String location =
            CORE.equals(e.getNamespaceURI())
                ? e.getLocalName()
                : MTC.equals(e.getNamespaceURI()) && e.getLocalName().equals("match")
                    ? "mtc:match"
                    : null;
        if (location == null) {
          continue;
        }
        Set<String> allowed = MODULE_PLACES.getOrDefault(location, Set.of());
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
          Node a = attributes.item(i);
          checkPlace(a.getNamespaceURI(), a.getLocalName(), "attribute", location, allowed, e);
        }
        for (Element child : elements(e)) {
          checkPlace(
              child.getNamespaceURI(), child.getLocalName(), "element", location, allowed, child);
        }
      }
    }

    private static void checkPlace(
        String ns, String name, String kind, String location, Set<String> allowed, Element at) {
      if (ns != null
          && MODULE_NAMESPACES.contains(ns)
          && !allowed.contains("{" + ns + "}" + name)) {
        throw invalid(
            line(at), "the module " + kind + " " + name + " may not stand in <" + location + ">");
      }
    }

    private static void checkSizeRestrictions(Element file) {
      String general = null;
      String storage = null;
      for (Element p : children(file, SLR, "profiles")) {
        general = p.hasAttribute("generalProfile") ? p.getAttribute("generalProfile") : null;
        storage = p.hasAttribute("storageProfile") ? p.getAttribute("storageProfile") : null;
      }
      List<Element> all = descendants(file, null, null);
      all.add(0, file);
      for (Element e : all) {
        if (e.hasAttributeNS(SLR, "sizeInfo") && e.hasAttributeNS(SLR, "sizeInfoRef")) {
          throw invalid(
              line(e), "sizeInfo and sizeInfoRef may not be used together (size restriction)");
        }
        restriction(e, "sizeRestriction", general, "generalProfile");
        restriction(e, "storageRestriction", storage, "storageProfile");
      }
    }

    private static void restriction(Element e, String attribute, String profile, String needed) {
      if (!e.hasAttributeNS(SLR, attribute)) {
        return;
      }
      if (profile == null) {
        throw invalid(
            line(e),
            attribute
                + " needs a "
                + needed
                + " in the file's <slr:profiles> to say how it is measured (size restriction)");
      }
      String value = e.getAttributeNS(SLR, attribute).strip();
      if (STANDARD_PROFILES.contains(profile)) {
        boolean ok = RESTRICTION.matcher(value).matches();
        if (ok && value.contains(",")) {
          String[] minMax = value.split(",");
          ok = Long.parseLong(minMax[0]) <= Long.parseLong(minMax[1]);
        }
        if (!ok) {
          throw invalid(
              line(e),
              attribute
                  + "=\""
                  + value
                  + "\" is not a size for "
                  + profile
                  + ": a number, or min,max with min <= max (size restriction)");
        }
      }
    }

    private static void checkResourceData(Element file) {
      Set<String> items = new HashSet<>();
      for (Element item : descendants(file, RES, "resourceItem")) {
        if (item.hasAttribute("id")) {
          items.add(item.getAttribute("id"));
        }
        boolean empty = true;
        for (Element side : elements(item)) {
          if (!RES.equals(side.getNamespaceURI()) || side.getLocalName().equals("reference")) {
            continue;
          }
          boolean content =
              side.hasChildNodes() && !side.getTextContent().isBlank() || !elements(side).isEmpty();
          boolean href = side.hasAttribute("href");
          if (content == href) {
            throw invalid(
                line(side),
                "<res:"
                    + side.getLocalName()
                    + "> needs either content or an href, not "
                    + (href ? "both" : "neither")
                    + " (resource data)");
          }
          empty &= !content;
        }
        if (empty && !item.hasAttribute("mimeType")) {
          throw invalid(
              line(item), "a resource item without content needs a mimeType (resource data)");
        }
      }
      for (Element ref : descendants(file, RES, "resourceItemRef")) {
        if (!items.contains(ref.getAttribute("ref"))) {
          throw invalid(
              line(ref),
              "resourceItemRef ref=\"" + ref.getAttribute("ref") + "\" names no resource item");
        }
      }
    }

    private static void unique(Set<String> seen, Element e, String attribute, String rule) {
      String id = e.getAttribute(attribute);
      if (!seen.add(id)) {
        throw invalid(line(e), rule + ": \"" + id + "\" is used twice");
      }
    }
  }

  // ---------------------------------------------------------------- the tree

  private static List<Element> elements(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> children(Element parent, String ns, String name) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements(parent)) {
      if (ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** Descendants in document order, of a namespace and name where they are given. */
  private static List<Element> descendants(Element parent, String ns, String name) {
    NodeList all = parent.getElementsByTagNameNS(ns == null ? "*" : ns, name == null ? "*" : name);
    List<Element> out = new ArrayList<>(all.getLength());
    for (int i = 0; i < all.getLength(); i++) {
      out.add((Element) all.item(i));
    }
    return out;
  }

  private static int line(Node n) {
    Object line = n.getUserData(LINE);
    return line instanceof Integer i ? i : 0;
  }

  /** A DOM whose elements know the line they start on. */
  private static Document parse(byte[] content) {
    try {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.newSAXParser().parse(new InputSource(new ByteArrayInputStream(content)), new Builder(doc));
      return doc;
    } catch (SAXParseException e) {
      throw invalid(e.getLineNumber(), Messages.oneLine(e));
    } catch (SAXException | ParserConfigurationException | IOException e) {
      throw new XliffException("The XLIFF 2 file cannot be read: " + Messages.oneLine(e), e);
    }
  }

  private static final class Builder extends DefaultHandler {
    private final Document doc;
    private Node current;
    private Locator locator;

    Builder(Document doc) {
      this.doc = doc;
      this.current = doc;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      Element e = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
      for (int i = 0; i < atts.getLength(); i++) {
        String ns = atts.getURI(i);
        e.setAttributeNS(ns.isEmpty() ? null : ns, atts.getQName(i), atts.getValue(i));
      }
      e.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
      current.appendChild(e);
      current = e;
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      current = current.getParentNode();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (current != doc) {
        current.appendChild(doc.createTextNode(new String(ch, start, length)));
      }
    }
  }

  // ---------------------------------------------------------------- schemas and module places

  private static Schema loadSchema() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      // the schemas and their imports come from Okapi's jar (jar:, file: or an application
      // server's vfs: URL): trusted, unlike the files validated with them
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "all");
      f.setResourceResolver(new JarSchemas());
      List<StreamSource> sources = new ArrayList<>();
      for (String xsd :
          List.of(
              "xliff_core_2.0.xsd",
              "modules/metadata.xsd",
              "modules/matches.xsd",
              "modules/glossary.xsd",
              "modules/fs.xsd",
              "modules/resource_data.xsd",
              "modules/size_restriction.xsd",
              "modules/validation.xsd",
              "modules/itsm.xsd")) {
        URL url = Xliff2Validation.class.getResource(XSD + xsd);
        sources.add(new StreamSource(url.openStream(), url.toExternalForm()));
      }
      return f.newSchema(sources.toArray(StreamSource[]::new));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("The XLIFF 2 schemas do not load", e);
    }
  }

  /** Imports between the schemas resolve to the copies in Okapi's jar. */
  private static final class JarSchemas implements LSResourceResolver {
    @Override
    public LSInput resolveResource(
        String type, String namespace, String publicId, String systemId, String baseUri) {
      String name =
          "http://www.w3.org/XML/1998/namespace".equals(namespace)
              ? "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"
              : CORE.equals(namespace)
                  ? "xliff_core_2.0.xsd"
                  : systemId == null
                      ? null
                      : "modules/" + systemId.substring(systemId.lastIndexOf('/') + 1);
      URL url = name == null ? null : Xliff2Validation.class.getResource(XSD + name);
      if (url == null) {
        return null;
      }
      return new JarInput(url, publicId);
    }
  }

  private record JarInput(URL url, String publicId) implements LSInput {
    @Override
    public InputStream getByteStream() {
      try {
        return url.openStream();
      } catch (IOException e) {
        throw new IllegalStateException("An XLIFF 2 schema does not load: " + url, e);
      }
    }

    @Override
    public String getSystemId() {
      return url.toExternalForm();
    }

    @Override
    public String getPublicId() {
      return publicId;
    }

    @Override
    public java.io.Reader getCharacterStream() {
      return null;
    }

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCharacterStream(java.io.Reader r) {}

    @Override
    public void setByteStream(InputStream s) {}

    @Override
    public void setStringData(String s) {}

    @Override
    public void setSystemId(String s) {}

    @Override
    public void setPublicId(String s) {}

    @Override
    public void setBaseURI(String s) {}

    @Override
    public void setEncoding(String s) {}

    @Override
    public void setCertifiedText(boolean b) {}
  }

  private static void loadModulePlaces() {
    try (InputStream in = Xliff2Validation.class.getResourceAsStream(XSD + "modules.xml")) {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      NodeList locations = doc.getElementsByTagName("location");
      for (int i = 0; i < locations.getLength(); i++) {
        Element location = (Element) locations.item(i);
        Set<String> allowed = new HashSet<>();
        for (Element e : elements(location)) {
          String key = e.getAttribute("name");
          allowed.add(key);
          MODULE_NAMESPACES.add(key.substring(1, key.indexOf('}')));
        }
        MODULE_PLACES.put(location.getAttribute("name"), Set.copyOf(allowed));
      }
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("Okapi's XLIFF 2 module places do not load", e);
    }
  }
}
