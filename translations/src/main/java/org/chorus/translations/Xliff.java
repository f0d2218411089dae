package org.chorus.translations;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Offline files for CAT tools: a localization written as XLIFF 2.1 or 1.2, and read back.
 *
 * <p>Placeholders become inline codes: {@code {1}} {@code <sc id="1"/>} (1.2: {@code <bx/>}),
 * {@code {/1}} {@code <ec startRef="1"/>} ({@code <ex/>}), {@code {2/}} {@code <ph id="2"/>}
 * ({@code <x/>}); protected content {@code {p1/}} is a {@code <ph id="p1">} that may not be
 * deleted, showing its text. States map to XLIFF's (2.1: initial/translated/final with a "chorus:"
 * sub-state; 1.2: new, translated, signed-off, needs-translation, needs-review-*).
 *
 * <p>Reading validates XLIFF 2 as {@link Xliff2Validation} says (schemas of the core and modules,
 * and the constraints they cannot express) and checks XLIFF 1.2's structure, with DTDs and external
 * entities off; units are matched by id.
 */
public final class Xliff {

  static final String NS2 = "urn:oasis:names:tc:xliff:document:2.0";
  static final String NS12 = "urn:oasis:names:tc:xliff:document:1.2";
  static final String CHORUS_NS = "urn:chorus:offline";

  private Xliff() {}

  // ---------------------------------------------------------------- writing

  public static byte[] write21(OfflineFile file) {
    return document(
        NS2,
        "2.1",
        w -> {
          w.writeAttribute("srcLang", file.sourceLanguage());
          w.writeAttribute("trgLang", file.targetLanguage());
          w.writeStartElement("file");
          w.writeAttribute("id", "f1");
          w.writeAttribute("original", file.original());
          writeChorusAttributes(w, file);
          for (OfflineUnit u : file.units()) {
            w.writeStartElement("unit");
            w.writeAttribute("id", u.key());
            writeBasedOn(w, u);
            if (!u.notes().isEmpty()) {
              w.writeStartElement("notes");
              writeNotes(w, u.notes());
              w.writeEndElement();
            }
            w.writeStartElement("segment");
            w.writeAttribute("id", "s1");
            writeState21(w, u);
            Map<String, String> display = display(u.tokens());
            w.writeStartElement("source");
            inline21(w, u.source(), display);
            w.writeEndElement();
            if (u.target() != null && !u.target().isEmpty()) {
              w.writeStartElement("target");
              inline21(w, u.target(), display);
              w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
          }
          w.writeEndElement();
        });
  }

  public static byte[] write12(OfflineFile file) {
    return document(
        NS12,
        "1.2",
        w -> {
          w.writeStartElement("file");
          w.writeAttribute("original", file.original());
          w.writeAttribute("source-language", file.sourceLanguage());
          w.writeAttribute("target-language", file.targetLanguage());
          w.writeAttribute("datatype", "plaintext");
          writeChorusAttributes(w, file);
          w.writeStartElement("body");
          for (OfflineUnit u : file.units()) {
            w.writeStartElement("trans-unit");
            w.writeAttribute("id", u.key());
            writeBasedOn(w, u);
            Map<String, String> display = display(u.tokens());
            w.writeStartElement("source");
            inline12(w, u.source(), display);
            w.writeEndElement();
            if (u.target() != null && !u.target().isEmpty()) {
              w.writeStartElement("target");
              w.writeAttribute("state", state12(u.state()));
              inline12(w, u.target(), display);
              w.writeEndElement();
            }
            writeNotes(w, u.notes());
            w.writeEndElement();
          }
          w.writeEndElement();
          w.writeEndElement();
        });
  }

  @FunctionalInterface
  private interface XmlBody {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  /** An XLIFF document: the root element of the given namespace and version around the body. */
  private static byte[] document(String namespace, String version, XmlBody body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("xliff");
      w.writeDefaultNamespace(namespace);
      w.writeNamespace("chorus", CHORUS_NS);
      w.writeAttribute("version", version);
      body.write(w);
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new XliffException("The XLIFF file could not be written: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void writeChorusAttributes(XMLStreamWriter w, OfflineFile file)
      throws XMLStreamException {
    w.writeAttribute(CHORUS_NS, "localization", file.localization());
    w.writeAttribute(CHORUS_NS, "revision", Integer.toString(file.revision()));
  }

  private static void writeBasedOn(XMLStreamWriter w, OfflineUnit u) throws XMLStreamException {
    if (u.basedOn() != null) {
      w.writeAttribute(CHORUS_NS, "version", Long.toString(u.basedOn()));
    }
  }

  /** The version a unit was exported at, when the file says it. */
  private static Long basedOn(XMLStreamReader r, String unitId) {
    String v = r.getAttributeValue(CHORUS_NS, "version");
    if (v == null) {
      return null;
    }
    try {
      return Long.valueOf(v.strip());
    } catch (NumberFormatException e) {
      throw new XliffException(
          "Unit " + unitId + " has chorus:version \"" + v + "\", which is not a version number.");
    }
  }

  private static void writeNotes(XMLStreamWriter w, List<String> notes) throws XMLStreamException {
    for (String note : notes) {
      w.writeStartElement("note");
      w.writeCharacters(note);
      w.writeEndElement();
    }
  }

  private static void writeState21(XMLStreamWriter w, OfflineUnit u) throws XMLStreamException {
    switch (u.state()) {
      case TRANSLATED -> w.writeAttribute("state", "translated");
      case APPROVED -> w.writeAttribute("state", "final");
      case UNTRANSLATED -> w.writeAttribute("state", "initial");
      default -> {
        w.writeAttribute("state", "initial");
        w.writeAttribute(
            "subState", "chorus:" + u.state().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  private static String state12(UnitState s) {
    return switch (s) {
      case UNTRANSLATED, DRAFT -> "new";
      case TRANSLATED -> "translated";
      case APPROVED -> "signed-off";
      case REJECTED -> "needs-translation";
      case OUTDATED -> "needs-review-translation";
    };
  }

  private static Map<String, String> display(List<Token> tokens) {
    Map<String, String> d = new HashMap<>();
    tokens.forEach(t -> d.put(t.placeholder(), t.display()));
    return d;
  }

  private static void inline21(XMLStreamWriter w, String text, Map<String, String> display)
      throws XMLStreamException {
    Matcher m = Placeholder.PATTERN.matcher(text);
    int last = 0;
    while (m.find()) {
      text21(w, text.substring(last, m.start()));
      String id = m.group(2);
      boolean closing = !m.group(1).isEmpty();
      boolean standalone = !m.group(3).isEmpty();
      String shown = display.getOrDefault(m.group(), "");
      if (standalone) {
        w.writeEmptyElement("ph");
        w.writeAttribute("id", id);
        w.writeAttribute("canDelete", "no");
        if (!shown.isEmpty()) {
          w.writeAttribute("disp", shown);
          w.writeAttribute("equiv", id.startsWith("p") ? shown : "");
        }
      } else if (!closing) {
        w.writeEmptyElement("sc");
        w.writeAttribute("id", id);
        w.writeAttribute("canDelete", "no");
        if (!text.contains("{/" + id + "}")) {
          w.writeAttribute("isolated", "yes");
        }
      } else {
        w.writeEmptyElement("ec");
        if (text.contains("{" + id + "}")) {
          w.writeAttribute("startRef", id);
        } else {
          w.writeAttribute("id", id);
          w.writeAttribute("isolated", "yes");
        }
        w.writeAttribute("canDelete", "no");
      }
      last = m.end();
    }
    text21(w, text.substring(last));
  }

  private static void inline12(XMLStreamWriter w, String text, Map<String, String> display)
      throws XMLStreamException {
    Matcher m = Placeholder.PATTERN.matcher(text);
    int last = 0;
    while (m.find()) {
      text12(w, text.substring(last, m.start()));
      String id = m.group(2);
      String element = !m.group(3).isEmpty() ? "x" : m.group(1).isEmpty() ? "bx" : "ex";
      w.writeEmptyElement(element);
      w.writeAttribute("id", id);
      String shown = display.get(m.group());
      if (shown != null && !shown.isEmpty()) {
        w.writeAttribute("equiv-text", shown);
      }
      last = m.end();
    }
    text12(w, text.substring(last));
  }

  /** Text in XLIFF 2: a character XML cannot hold becomes {@code <cp hex>}. */
  private static void text21(XMLStreamWriter w, String text) throws XMLStreamException {
    Matcher m = Protection.XML_INVALID.matcher(text);
    int last = 0;
    while (m.find()) {
      w.writeCharacters(text.substring(last, m.start()));
      w.writeEmptyElement("cp");
      w.writeAttribute("hex", String.format("%04X", (int) m.group().charAt(0)));
      last = m.end();
    }
    w.writeCharacters(text.substring(last));
  }

  /** Text in XLIFF 1.2, which has no way to hold a character XML cannot: it is left out. */
  private static void text12(XMLStreamWriter w, String text) throws XMLStreamException {
    w.writeCharacters(Protection.XML_INVALID.matcher(text).replaceAll(""));
  }

  // ---------------------------------------------------------------- reading

  /** Reads an offline file back: XLIFF 2.x (validated against the schema) or 1.2. */
  public static OfflineFile read(byte[] content) {
    InputGuard.check(
        content,
        xliffVersion(content).startsWith("2.") ? DocumentFormat.XLIFF2 : DocumentFormat.XLIFF);
    boolean v2 = xliffVersion(content).startsWith("2.");
    XmlLimits.check(content);
    if (v2) {
      Xliff2Validation.check(content);
    }
    try {
      XMLInputFactory f = XMLInputFactory.newInstance();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(content));
      return v2 ? read2(r) : read12(r);
    } catch (XMLStreamException e) {
      throw new XliffException("The XLIFF file is not well-formed: " + e.getMessage(), e);
    }
  }

  private static String xliffVersion(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
    String v = DocumentFormat.xliffVersion(head);
    if (v == null) {
      throw new XliffException("This is not an XLIFF file: it has no <xliff version=...> root.");
    }
    return v;
  }

  private static OfflineFile read2(XMLStreamReader r) throws XMLStreamException {
    String src = null;
    String trg = null;
    String original = null;
    String localization = null;
    int revision = 0;
    List<OfflineUnit> units = new ArrayList<>();
    String unitId = null;
    Long basedOn = null;
    String state = null;
    String subState = null;
    String source = null;
    String target = null;
    List<String> notes = new ArrayList<>();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "xliff" -> {
            src = r.getAttributeValue(null, "srcLang");
            trg = r.getAttributeValue(null, "trgLang");
          }
          case "file" -> {
            original = r.getAttributeValue(null, "original");
            localization = r.getAttributeValue(CHORUS_NS, "localization");
            String rev = r.getAttributeValue(CHORUS_NS, "revision");
            revision = rev == null ? 0 : Integer.parseInt(rev);
          }
          case "unit" -> {
            unitId = r.getAttributeValue(null, "id");
            basedOn = basedOn(r, unitId);
            state = null;
            subState = null;
            source = null;
            target = null;
            notes = new ArrayList<>();
          }
          case "segment" -> {
            state = r.getAttributeValue(null, "state");
            subState = r.getAttributeValue(null, "subState");
          }
          case "note" -> notes.add(r.getElementText());
          case "source" -> source = inlineText(r, "source");
          case "target" -> target = inlineText(r, "target");
          default -> {
            // other XLIFF elements carry nothing Chorus reads back
          }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("unit")) {
        units.add(
            new OfflineUnit(
                unitId,
                source,
                target,
                state2(state, subState, target),
                notes,
                List.of(),
                basedOn));
      }
    }
    return new OfflineFile(localization, revision, original, src, trg, units);
  }

  private static OfflineFile read12(XMLStreamReader r) throws XMLStreamException {
    String src = null;
    String trg = null;
    String original = null;
    String localization = null;
    int revision = 0;
    boolean sawFile = false;
    List<OfflineUnit> units = new ArrayList<>();
    String unitId = null;
    Long basedOn = null;
    String state = null;
    String source = null;
    String target = null;
    List<String> notes = new ArrayList<>();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (!NS12.equals(r.getNamespaceURI()) && !CHORUS_NS.equals(r.getNamespaceURI())) {
          continue;
        }
        switch (r.getLocalName()) {
          case "file" -> {
            sawFile = true;
            original = r.getAttributeValue(null, "original");
            src = r.getAttributeValue(null, "source-language");
            trg = r.getAttributeValue(null, "target-language");
            localization = r.getAttributeValue(CHORUS_NS, "localization");
            String rev = r.getAttributeValue(CHORUS_NS, "revision");
            revision = rev == null ? 0 : Integer.parseInt(rev);
            if (original == null || src == null) {
              throw new XliffException("XLIFF 1.2: <file> needs original and source-language.");
            }
          }
          case "trans-unit" -> {
            unitId = r.getAttributeValue(null, "id");
            if (unitId == null) {
              throw new XliffException("XLIFF 1.2: a <trans-unit> has no id.");
            }
            basedOn = basedOn(r, unitId);
            state = null;
            source = null;
            target = null;
            notes = new ArrayList<>();
          }
          case "source" -> source = inlineText(r, "source");
          case "target" -> {
            state = r.getAttributeValue(null, "state");
            target = inlineText(r, "target");
          }
          case "note" -> notes.add(r.getElementText());
          default -> {
            // other XLIFF 1.2 elements carry nothing Chorus reads back
          }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("trans-unit")) {
        if (source == null) {
          throw new XliffException("XLIFF 1.2: trans-unit " + unitId + " has no <source>.");
        }
        units.add(
            new OfflineUnit(
                unitId, source, target, state12(state, target), notes, List.of(), basedOn));
      }
    }
    if (!sawFile) {
      throw new XliffException(
          "XLIFF 1.2: the file has no <file> element in the XLIFF 1.2 namespace.");
    }
    return new OfflineFile(localization, revision, original, src, trg, units);
  }

  /** The text of a source or target with its inline codes back as placeholders. */
  private static String inlineText(XMLStreamReader r, String element) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    java.util.Deque<String> pcs = new java.util.ArrayDeque<>();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.CHARACTERS
          || ev == XMLStreamConstants.CDATA
          || ev == XMLStreamConstants.SPACE) {
        out.append(r.getText());
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        String id = r.getAttributeValue(null, "id");
        switch (r.getLocalName()) {
          case "ph", "x" -> out.append('{').append(id).append("/}");
          case "sc", "bx" -> out.append('{').append(id).append('}');
          case "ec", "ex" -> {
            String ref = r.getAttributeValue(null, "startRef");
            out.append("{/").append(ref != null ? ref : id).append('}');
          }
          case "cp" -> {
            int cp = Integer.parseInt(r.getAttributeValue(null, "hex"), 16);
            out.appendCodePoint(cp);
          }
          case "pc", "g" -> {
            out.append('{').append(id).append('}');
            pcs.push(id);
          }
          default -> {
            // markers (mrk, sm/em) keep their text only
          }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String name = r.getLocalName();
        if ((name.equals("pc") || name.equals("g")) && !pcs.isEmpty()) {
          out.append("{/").append(pcs.pop()).append('}');
        } else if (name.equals(element)) {
          return out.toString();
        }
      }
    }
    return out.toString();
  }

  private static UnitState state2(String state, String subState, String target) {
    if (subState != null && subState.startsWith("chorus:")) {
      try {
        return UnitState.valueOf(subState.substring(7).toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // an unknown sub-state: fall back to the state
      }
    }
    if (state == null) {
      return target == null ? UnitState.UNTRANSLATED : UnitState.DRAFT;
    }
    return switch (state) {
      case "translated" -> UnitState.TRANSLATED;
      case "reviewed", "final" -> UnitState.APPROVED;
      default -> target == null ? UnitState.UNTRANSLATED : UnitState.DRAFT;
    };
  }

  private static UnitState state12(String state, String target) {
    if (target == null) {
      return UnitState.UNTRANSLATED;
    }
    if (state == null) {
      return UnitState.DRAFT;
    }
    return switch (state) {
      case "translated" -> UnitState.TRANSLATED;
      case "final", "signed-off" -> UnitState.APPROVED;
      case "needs-translation" -> UnitState.REJECTED;
      case "needs-review-translation" -> UnitState.OUTDATED;
      default -> UnitState.DRAFT;
    };
  }
}
