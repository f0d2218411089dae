package org.chorus.translations.memory;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chorus.translations.Token;

/**
 * Reads TMX 1.4b (and the 1.1–1.3 files tools still write) as a stream, one unit per source and
 * target pair of each {@code tu}.
 *
 * <p>Inline codes become Chorus placeholders: a {@code bpt}/{@code ept} pair {@code {n}…{/n}}, a
 * {@code ph} (or the old {@code ut}) {@code {n/}}, an {@code it} an opening or closing placeholder
 * alone, a {@code hi} a pair around its text; the code's native data is the token's display. Codes
 * are numbered in the source's order; a target's codes take the numbers of the source's codes with
 * the same {@code x}, else the same {@code i}, else the same kind and data in order. What Chorus
 * does not model is kept in the unit's properties, so {@link TmxWriter} writes it back:
 *
 * <ul>
 *   <li>{@code tmx:tu@name}, {@code tmx:src@name}, {@code tmx:tgt@name}: attributes of the tu and
 *       of the source and target tuv ({@code creationid}/{@code creationdate} also give {@link
 *       MemoryUnit#createdBy} and {@link MemoryUnit#createdAt}, the target's first);
 *   <li>{@code tmx:tu:prop:type}, {@code tmx:src:prop:type}, {@code tmx:tgt:prop:type}: {@code
 *       prop}s (a repeated type gets {@code #2}, {@code #3}...); {@code tmx:src:note}, {@code
 *       tmx:tgt:note}: notes of a tuv ({@code tu} notes are the unit's notes);
 *   <li>{@code tmx:code:{n}}: a code's start tag with its attributes, or the whole element when it
 *       holds a {@code sub}.
 * </ul>
 *
 * <p>A file that is not well-formed XML, not TMX, or breaks TMX's rules (no header or srclang, a
 * tuv without language or seg, a tu without its source language, an ept without its bpt) is refused
 * with a {@link TmxException} naming the line. {@link #read} hands units to its sink as it goes, so
 * a caller that must import all or nothing either stores them in one transaction that the exception
 * rolls back, or runs {@link #validate} over the file first. No DTD is read and no entity is
 * expanded.
 */
public final class TmxReader {

  /** Told how far reading has come, every thousand units and at the end. */
  public interface Progress {
    void update(long units, long bytesRead, long totalBytes);
  }

  /**
   * How to read.
   *
   * @param preferredSource the source language to take from a {@code tu} when the file says {@code
   *     srclang="*all*"}; null for the first tuv
   * @param progress told how far reading has come, or null
   * @param totalBytes the file's size, for progress (0 when unknown)
   */
  public record Options(Locale preferredSource, Progress progress, long totalBytes) {
    public static final Options DEFAULT = new Options(null, null, 0);
  }

  private static final DateTimeFormatter TMX_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private final XMLStreamReader xml;
  private final Counting counted;
  private final Options options;
  private TmxHeader header;
  private long units;

  private TmxReader(InputStream in, Options options) {
    this.options = options == null ? Options.DEFAULT : options;
    counted = new Counting(new BufferedInputStream(in, 1 << 16));
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      xml = factory.createXMLStreamReader(counted);
    } catch (XMLStreamException e) {
      throw new TmxException(0, "This is not an XML file: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a TMX file, giving each unit (id 0, not stored yet) to the sink.
   *
   * @return the file's header
   * @throws TmxException when the file is broken; units before the error were given to the sink
   */
  public static TmxHeader read(InputStream in, Options options, Consumer<MemoryUnit> sink) {
    TmxReader r = new TmxReader(in, options);
    r.readAll(sink);
    return r.header;
  }

  /** Reads the whole file without keeping anything: the number of units it holds, or the error. */
  public static long validate(InputStream in, Options options) {
    long[] n = {0};
    read(in, options, u -> n[0]++);
    return n[0];
  }

  private void readAll(Consumer<MemoryUnit> sink) {
    try {
      if (!root() || !"tmx".equals(name())) {
        throw refuse("This is not a TMX file: its root element is not <tmx>.");
      }
      boolean body = false;
      while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
        switch (name()) {
          case "header" -> header = header();
          case "body" -> {
            if (header == null) {
              throw refuse("The <body> comes before a <header>.");
            }
            body = true;
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
              expect("tu");
              tu(sink);
            }
          }
          default -> throw refuse("Unexpected <" + name() + "> in <tmx>.");
        }
      }
      if (header == null) {
        throw refuse("The file has no <header>.");
      }
      if (!body) {
        throw refuse("The file has no <body>.");
      }
      while (xml.hasNext()) {
        xml.next();
      }
      progress(true);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new TmxException(line, "The file is not well-formed XML: " + reason(e), e);
    } catch (RuntimeException e) {
      if (e instanceof TmxException) {
        throw e;
      }
      throw new TmxException(line(), "The file cannot be read: " + e.getMessage(), e);
    }
  }

  /** Moves to the root element; refuses a DTD that declares entities. */
  private boolean root() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.DTD && xml.getText().contains("<!ENTITY")) {
        throw refuse(
            "Refused: the file declares XML entities (a way to read files or exhaust memory).");
      }
    }
    return false;
  }

  private TmxHeader header() throws XMLStreamException {
    Map<String, String> attributes = attributes();
    if (attributes.getOrDefault("srclang", "").isBlank()) {
      throw refuse("The <header> has no srclang.");
    }
    List<TmxHeader.Property> properties = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      switch (name()) {
        case "prop" -> {
          String type = xml.getAttributeValue(null, "type");
          properties.add(new TmxHeader.Property(type == null ? "" : type, xml.getElementText()));
        }
        case "note" -> notes.add(xml.getElementText());
        default -> skip();
      }
    }
    return new TmxHeader(attributes, properties, notes);
  }

  /** One tuv as read: its language, attributes, props, notes and segment. */
  private record Variant(
      Locale locale,
      String language,
      Map<String, String> attributes,
      Map<String, String> properties,
      List<String> notes,
      List<TmxCodes.Part> segment,
      int line) {}

  private void tu(Consumer<MemoryUnit> sink) throws XMLStreamException {
    int line = line();
    Map<String, String> attributes = attributes();
    Map<String, String> properties = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    List<Variant> variants = new ArrayList<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      switch (name()) {
        case "prop" -> prop(properties);
        case "note" -> notes.add(xml.getElementText());
        case "tuv" -> variants.add(tuv());
        default -> skip();
      }
    }
    if (variants.isEmpty()) {
      throw new TmxException(line, "A <tu> has no <tuv>.");
    }
    Variant source = source(attributes, variants, line);
    TmxCodes.Numbered numbered = atLine(line, () -> TmxCodes.number(source.segment()));
    for (Variant target : variants) {
      if (target == source) {
        continue;
      }
      TmxCodes.Text targetText = atLine(target.line(), () -> numbered.target(target.segment()));
      Map<String, String> props = new LinkedHashMap<>();
      attributes.forEach((k, v) -> props.put("tmx:tu@" + k, v));
      properties.forEach(
          (k, v) -> {
            if (k.startsWith("prop:x-chorus:")) {
              props.put(k.substring("prop:x-chorus:".length()), v);
            } else if (!k.startsWith("prop:x-chorus-")) {
              props.put("tmx:tu:" + k, v);
            }
          });
      MemoryContext context =
          new MemoryContext(
              properties.getOrDefault("prop:x-chorus-context", ""),
              hex(properties.get("prop:x-chorus-previous")),
              hex(properties.get("prop:x-chorus-next")));
      describe("src", source, props);
      describe("tgt", target, props);
      props.putAll(numbered.source().codeInfo());
      props.putAll(targetText.codeInfo());
      String createdBy =
          firstOf(target.attributes().get("creationid"), attributes.get("creationid"));
      String date =
          firstOf(target.attributes().get("creationdate"), attributes.get("creationdate"));
      List<Token> tokens = new ArrayList<>(numbered.source().tokens());
      for (Token t : targetText.tokens()) {
        if (tokens.stream().noneMatch(s -> s.placeholder().equals(t.placeholder()))) {
          tokens.add(t);
        }
      }
      sink.accept(
          new MemoryUnit(
              0,
              source.locale(),
              target.locale(),
              numbered.source().text(),
              targetText.text(),
              tokens,
              context,
              0,
              createdBy,
              date(date, target.line()),
              props,
              notes));
      units++;
      progress(false);
    }
  }

  private static <T> T atLine(int line, Supplier<T> work) {
    try {
      return work.get();
    } catch (TmxException e) {
      throw e.line() > 0 ? e : new TmxException(line, e.getMessage(), e);
    }
  }

  private Variant source(Map<String, String> tuAttributes, List<Variant> variants, int line) {
    String declared = firstOf(tuAttributes.get("srclang"), header.sourceLanguage());
    if (declared.isEmpty() || declared.equalsIgnoreCase("*all*")) {
      if (options.preferredSource() != null) {
        for (Variant v : variants) {
          if (v.locale().getLanguage().equals(options.preferredSource().getLanguage())) {
            return v;
          }
        }
      }
      return variants.get(0);
    }
    for (Variant v : variants) {
      if (v.language().equalsIgnoreCase(declared)) {
        return v;
      }
    }
    String language = Locale.forLanguageTag(declared).getLanguage();
    for (Variant v : variants) {
      if (v.locale().getLanguage().equals(language)) {
        return v;
      }
    }
    throw new TmxException(line, "A <tu> has no <tuv> in its source language " + declared + ".");
  }

  private static void describe(String side, Variant v, Map<String, String> props) {
    v.attributes().forEach((k, val) -> props.put("tmx:" + side + "@" + k, val));
    v.properties().forEach((k, val) -> props.put("tmx:" + side + ":" + k, val));
    for (int i = 0; i < v.notes().size(); i++) {
      props.put("tmx:" + side + ":note" + (i == 0 ? "" : "#" + (i + 1)), v.notes().get(i));
    }
  }

  private Variant tuv() throws XMLStreamException {
    int line = line();
    String language = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
    if (language == null) {
      language = xml.getAttributeValue(null, "lang");
    }
    if (language == null || language.isBlank()) {
      throw refuse("A <tuv> has no xml:lang.");
    }
    Map<String, String> attributes = attributes();
    attributes.remove("lang");
    Map<String, String> properties = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    List<TmxCodes.Part> segment = null;
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      switch (name()) {
        case "prop" -> prop(properties);
        case "note" -> notes.add(xml.getElementText());
        case "seg" -> segment = TmxCodes.readSegment(xml, this::refuse);
        default -> skip();
      }
    }
    if (segment == null) {
      throw new TmxException(line, "A <tuv> (" + language + ") has no <seg>.");
    }
    return new Variant(
        Locale.forLanguageTag(language.replace('_', '-')),
        language,
        attributes,
        properties,
        notes,
        segment,
        line);
  }

  private void prop(Map<String, String> properties) throws XMLStreamException {
    String type = xml.getAttributeValue(null, "type");
    String key = "prop:" + (type == null ? "" : type);
    String value = xml.getElementText();
    String unique = key;
    for (int i = 2; properties.containsKey(unique); i++) {
      unique = key + "#" + i;
    }
    properties.put(unique, value);
  }

  private Map<String, String> attributes() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String prefix = xml.getAttributePrefix(i);
      String local = xml.getAttributeLocalName(i);
      if ("xml".equals(prefix) && "lang".equals(local)) {
        continue;
      }
      out.put(
          prefix == null || prefix.isEmpty() ? local : prefix + ":" + local,
          xml.getAttributeValue(i));
    }
    return out;
  }

  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private void expect(String element) {
    if (!element.equals(name())) {
      throw refuse("Expected <" + element + ">, found <" + name() + ">.");
    }
  }

  private String name() {
    return xml.getLocalName();
  }

  private int line() {
    return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
  }

  TmxException refuse(String reason) {
    return new TmxException(line(), reason);
  }

  private static String reason(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int at = m.indexOf("Message: ");
    return at >= 0 ? m.substring(at + 9).strip() : m.strip();
  }

  private Instant date(String value, int line) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value, TMX_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new TmxException(line, "The date " + value + " is not a TMX date (YYYYMMDDThhmmssZ).");
    }
  }

  private static long hex(String value) {
    try {
      return value == null ? 0 : Long.parseUnsignedLong(value.strip(), 16);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String firstOf(String a, String b) {
    return a != null && !a.isBlank() ? a : b == null ? "" : b;
  }

  private void progress(boolean end) {
    if (options.progress() != null && (end || units % 1000 == 0)) {
      options.progress().update(units, counted.count, options.totalBytes());
    }
  }

  /** Counts the bytes read, for progress. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }
  }
}
