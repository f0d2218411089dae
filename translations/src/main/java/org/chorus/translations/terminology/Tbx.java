package org.chorus.translations.terminology;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * TBX glossaries. Reads TBX v3 (ISO 30042:2019: {@code <tbx>}, {@code
 * conceptEntry/langSec/termSec}, DCA style with {@code termNote type="administrativeStatus"} or DCT
 * style with {@code <basic:administrativeStatus>}) and the older TBX-Basic of 2008 that MultiTerm,
 * memoQ, Trados and Sketch Engine still export ({@code <martif>}, {@code termEntry/langSet/tig} or
 * {@code ntig/termGrp}, {@code descripGrp} wrappers, administrativeStatus or
 * normativeAuthorization). Writes TBX v3 Basic in DCA style.
 *
 * <p>TBX-Basic has no data category for "do not translate"; like Weblate, Chorus writes it as
 * {@code <termNote type="translationNote">no</termNote>} on each term of the concept, and reads
 * that, a {@code descrip} of type "Translation needed" saying no, or one of type "doNotTranslate"
 * saying yes.
 */
public final class Tbx {

  static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";

  private Tbx() {}

  /**
   * Reads a TBX file.
   *
   * @throws GlossaryFormatException with the line and the reason when the file is not TBX, not
   *     well-formed, declares entities, or holds an entry Chorus cannot take (no term, no language,
   *     an unknown status)
   */
  public static Glossary read(byte[] content) {
    XMLStreamReader r = SafeXml.open(content);
    try {
      return new Reader(r).read();
    } catch (XMLStreamException e) {
      throw SafeXml.notWellFormed(e);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // nothing held open: the input is a byte array
      }
    }
  }

  /** The glossary as TBX v3 Basic (DCA), UTF-8, with the source language's terms first. */
  public static byte[] write(Glossary glossary, Locale sourceLanguage) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w =
          XMLOutputFactory.newInstance()
              .createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      new Writer(w).write(glossary, Languages.tag(sourceLanguage.toLanguageTag()));
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Writing TBX to memory failed.", e);
    }
    return bytes.toByteArray();
  }

  /**
   * One pass: the open entry, language and term section say what a note or description is about.
   */
  private static final class Reader {
    private final XMLStreamReader r;
    private String rootNamespace;
    private final List<Concept> concepts = new ArrayList<>();
    private ConceptDraft concept;
    private String language;
    private TermDraft term;

    Reader(XMLStreamReader r) {
      this.r = r;
    }

    Glossary read() throws XMLStreamException {
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          start();
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end();
        }
      }
      return new Glossary(concepts);
    }

    private void start() throws XMLStreamException {
      String name = r.getLocalName();
      String namespace = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
      if (rootNamespace == null) {
        if (!name.equals("tbx") && !name.equals("martif")) {
          throw fault("this is not a TBX file: its root element is <" + name + ">.");
        }
        rootNamespace = namespace;
      }
      switch (name) {
        case "conceptEntry", "termEntry" -> {
          concept = new ConceptDraft(r.getAttributeValue(null, "id"), line());
        }
        case "langSec", "langSet" -> {
          requireConcept(name);
          String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
          if (lang == null || !Languages.isTag(lang)) {
            throw fault("<" + name + "> needs an xml:lang language tag, not " + quoted(lang) + ".");
          }
          language = Languages.tag(lang);
        }
        case "termSec", "tig", "ntig" -> {
          if (language == null) {
            throw fault("<" + name + "> stands outside a language section.");
          }
          term = new TermDraft(line());
        }
        case "term" -> {
          if (term == null) {
            throw fault("<term> stands outside a term section.");
          }
          term.text = text();
        }
        case "termNote", "descrip", "admin" -> category(r.getAttributeValue(null, "type"));
        case "note" -> note(text());
        default -> {
          if (!namespace.equals(rootNamespace) && !namespace.equals(NAMESPACE)) {
            category(name); // DCT style: the data category is the element
          }
        }
      }
    }

    private void end() {
      String name = r.getLocalName();
      switch (name) {
        case "termSec", "tig", "ntig" -> {
          if (term.text == null || term.text.isBlank()) {
            throw new GlossaryFormatException(term.line, "a term section has no term.");
          }
          concept.add(language, new Term(term.text, term.status, term.note));
          term = null;
        }
        case "langSec", "langSet" -> language = null;
        case "conceptEntry", "termEntry" -> {
          concepts.add(concept.build());
          concept = null;
        }
        default -> {}
      }
    }

    /** A data category, as {@code type} of termNote/descrip/admin (DCA) or as element (DCT). */
    private void category(String type) throws XMLStreamException {
      String key = type == null ? "" : type.replace(" ", "").toLowerCase(Locale.ROOT);
      switch (key) {
        case "administrativestatus", "normativeauthorization" -> {
          String value = text();
          if (term == null) {
            throw fault("a status stands outside a term section.");
          }
          try {
            term.status = TermStatus.parse(value);
          } catch (IllegalArgumentException e) {
            throw fault(
                "unknown term status "
                    + quoted(value)
                    + " (known: preferredTerm-admn-sts, admittedTerm-admn-sts,"
                    + " deprecatedTerm-admn-sts, supersededTerm-admn-sts and their short forms).");
          }
        }
        case "subjectfield" -> concept().subject = first(concept().subject, text());
        case "definition" -> concept().definition = first(concept().definition, text());
        case "translationnote", "translationneeded" -> {
          if (isNo(text())) {
            concept().doNotTranslate = true;
          }
        }
        case "donottranslate", "dnt" -> {
          if (isYes(text())) {
            concept().doNotTranslate = true;
          }
        }
        case "note" -> note(text());
        default -> skip();
      }
    }

    private void note(String text) {
      if (term != null) {
        term.note = join(term.note, text);
      } else if (concept != null) {
        concept.note = join(concept.note, text);
      }
    }

    private ConceptDraft concept() {
      if (concept == null) {
        throw fault("a description stands outside an entry.");
      }
      return concept;
    }

    private void requireConcept(String name) {
      if (concept == null) {
        throw fault("<" + name + "> stands outside an entry.");
      }
    }

    /** All text inside the current element, inline markup such as {@code <hi>} dropped. */
    private String text() throws XMLStreamException {
      StringBuilder out = new StringBuilder();
      int depth = 1;
      while (depth > 0) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> depth++;
          case XMLStreamConstants.END_ELEMENT -> depth--;
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              out.append(r.getText());
          default -> {}
        }
      }
      return out.toString().strip().replaceAll("\\s+", " ");
    }

    private void skip() throws XMLStreamException {
      text();
    }

    private int line() {
      return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
    }

    private GlossaryFormatException fault(String reason) {
      return new GlossaryFormatException(line(), reason);
    }
  }

  private static final class ConceptDraft {
    final String id;
    final int line;
    String subject = "";
    String definition = "";
    String note = "";
    boolean doNotTranslate;
    final Map<String, List<Term>> terms = new LinkedHashMap<>();

    ConceptDraft(String id, int line) {
      this.id = id;
      this.line = line;
    }

    void add(String language, Term term) {
      terms.computeIfAbsent(language, k -> new ArrayList<>()).add(term);
    }

    Concept build() {
      if (terms.isEmpty()) {
        throw new GlossaryFormatException(
            line, "the entry " + quoted(id == null ? "" : id) + " has no term.");
      }
      return new Concept(id, subject, definition, note, doNotTranslate, terms);
    }
  }

  private static final class TermDraft {
    final int line;
    String text;
    TermStatus status = TermStatus.PREFERRED;
    String note = "";

    TermDraft(int line) {
      this.line = line;
    }
  }

  private static final class Writer {
    private final XMLStreamWriter w;
    private int depth;

    Writer(XMLStreamWriter w) {
      this.w = w;
    }

    void write(Glossary glossary, String source) throws XMLStreamException {
      w.writeStartDocument("UTF-8", "1.0");
      open("tbx");
      w.writeDefaultNamespace(NAMESPACE);
      w.writeAttribute("type", "TBX-Basic");
      w.writeAttribute("style", "dca");
      w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", source);
      open("tbxHeader");
      open("fileDesc");
      open("sourceDesc");
      element("p", "Chorus glossary");
      close();
      close();
      close();
      open("text");
      open("body");
      int n = 0;
      for (Concept c : glossary.concepts()) {
        n++;
        concept(c, c.id().isEmpty() ? "c" + n : c.id(), source);
      }
      close();
      close();
      close();
      w.writeCharacters("\n");
      w.writeEndDocument();
    }

    private void concept(Concept c, String id, String source) throws XMLStreamException {
      open("conceptEntry");
      w.writeAttribute("id", id);
      if (!c.subject().isEmpty()) {
        typed("descrip", "subjectField", c.subject());
      }
      if (!c.note().isEmpty()) {
        element("note", c.note());
      }
      List<String> languages = new ArrayList<>(c.terms().keySet());
      if (languages.remove(source)) {
        languages.add(0, source);
      }
      boolean first = true;
      for (String language : languages) {
        open("langSec");
        w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
        if (first && !c.definition().isEmpty()) {
          typed("descrip", "definition", c.definition());
        }
        first = false;
        for (Term t : c.terms().get(language)) {
          open("termSec");
          element("term", t.text());
          typed("termNote", "administrativeStatus", t.status().tbxValue());
          if (c.doNotTranslate()) {
            typed("termNote", "translationNote", "no");
          }
          if (!t.note().isEmpty()) {
            element("note", t.note());
          }
          close();
        }
        close();
      }
      close();
    }

    private void open(String name) throws XMLStreamException {
      indent();
      w.writeStartElement(name);
      depth++;
    }

    private void close() throws XMLStreamException {
      depth--;
      indent();
      w.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
      indent();
      w.writeStartElement(name);
      w.writeCharacters(text);
      w.writeEndElement();
    }

    private void typed(String name, String type, String text) throws XMLStreamException {
      indent();
      w.writeStartElement(name);
      w.writeAttribute("type", type);
      w.writeCharacters(text);
      w.writeEndElement();
    }

    private void indent() throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }
  }

  private static String first(String current, String value) {
    return current.isEmpty() ? value : current;
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
  }

  private static boolean isNo(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "no", "false", "0" -> true;
      default -> false;
    };
  }

  private static boolean isYes(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "1" -> true;
      default -> false;
    };
  }

  private static String quoted(String s) {
    return "\"" + (s == null ? "" : s) + "\"";
  }
}
