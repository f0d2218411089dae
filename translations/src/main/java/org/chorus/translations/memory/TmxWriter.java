package org.chorus.translations.memory;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import org.chorus.translations.Token;

/**
 * Writes units as TMX 1.4b in UTF-8, one {@code tu} for consecutive units that share their source
 * (and its tu-level data), with one {@code tuv} per target. What {@link TmxReader} kept in the
 * units' properties is written back where it came from; a unit made in Chorus gets its author and
 * date as {@code creationid}/{@code creationdate}, its context as {@code x-chorus-context} {@code
 * prop}s, and the server's own properties as {@code x-chorus:name} props. Protected content is a
 * {@code ph} of type {@code x-chorus-protected}.
 */
public final class TmxWriter implements Closeable {

  private static final DateTimeFormatter TMX_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Writer out;
  private final String sourceLanguage;
  private final List<MemoryUnit> pending = new ArrayList<>();

  public TmxWriter(OutputStream stream, TmxHeader header) {
    sourceLanguage = header.sourceLanguage();
    out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    try {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header");
      attributes(header.attributes());
      out.write(">\n");
      for (TmxHeader.Property p : header.properties()) {
        element("  ", "prop", Map.of("type", p.type()), p.value());
      }
      for (String note : header.notes()) {
        element("  ", "note", Map.of(), note);
      }
      out.write("</header>\n<body>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(MemoryUnit unit) {
    if (!pending.isEmpty() && !sameTu(pending.get(0), unit)) {
      flush();
    }
    pending.add(unit);
  }

  @Override
  public void close() {
    flush();
    try {
      out.write("</body>\n</tmx>\n");
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean sameTu(MemoryUnit a, MemoryUnit b) {
    return a.sourceLocale().equals(b.sourceLocale())
        && a.source().equals(b.source())
        && a.notes().equals(b.notes())
        && !a.targetLocale().equals(b.targetLocale())
        && tuLevel(a).equals(tuLevel(b))
        && !tuLevel(a).isEmpty();
  }

  private static Map<String, String> tuLevel(MemoryUnit u) {
    Map<String, String> out = new HashMap<>();
    u.properties()
        .forEach(
            (k, v) -> {
              if (k.startsWith("tmx:tu")
                  || k.startsWith("tmx:src")
                  || k.startsWith(TmxCodes.CODE)) {
                out.put(k, v);
              }
            });
    return out;
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      tu(pending);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.clear();
  }

  private void tu(List<MemoryUnit> units) throws IOException {
    MemoryUnit first = units.get(0);
    Map<String, String> props = first.properties();
    Map<String, String> tuAttributes = prefixed(props, "tmx:tu@");
    Map<String, String> targetAttributes = prefixed(props, "tmx:tgt@");
    if (!first.createdBy().isEmpty()
        && !tuAttributes.containsKey("creationid")
        && !targetAttributes.containsKey("creationid")) {
      tuAttributes.put("creationid", first.createdBy());
    }
    if (first.createdAt() != null
        && !tuAttributes.containsKey("creationdate")
        && !targetAttributes.containsKey("creationdate")) {
      tuAttributes.put("creationdate", TMX_DATE.format(first.createdAt()));
    }
    if (!tuAttributes.containsKey("srclang")
        && !sourceLanguage.equalsIgnoreCase("*all*")
        && !Locale.forLanguageTag(sourceLanguage)
            .getLanguage()
            .equals(first.sourceLocale().getLanguage())) {
      tuAttributes.put("srclang", first.sourceLocale().toLanguageTag());
    }
    out.write("<tu");
    attributes(tuAttributes);
    out.write(">\n");
    for (String note : first.notes()) {
      element("  ", "note", Map.of(), note);
    }
    props(prefixed(props, "tmx:tu:prop:"), "  ");
    chorusProps(first);
    tuv(first, true);
    for (MemoryUnit u : units) {
      tuv(u, false);
    }
    out.write("</tu>\n");
  }

  private void chorusProps(MemoryUnit u) throws IOException {
    MemoryContext c = u.context();
    if (!c.key().isEmpty()) {
      element("  ", "prop", Map.of("type", "x-chorus-context"), c.key());
    }
    if (c.previous() != 0) {
      element("  ", "prop", Map.of("type", "x-chorus-previous"), Long.toHexString(c.previous()));
    }
    if (c.next() != 0) {
      element("  ", "prop", Map.of("type", "x-chorus-next"), Long.toHexString(c.next()));
    }
    for (Map.Entry<String, String> e : u.properties().entrySet()) {
      if (!e.getKey().startsWith("tmx:")) {
        element("  ", "prop", Map.of("type", "x-chorus:" + e.getKey()), e.getValue());
      }
    }
  }

  private void tuv(MemoryUnit u, boolean source) throws IOException {
    String side = source ? "src" : "tgt";
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("xml:lang", (source ? u.sourceLocale() : u.targetLocale()).toLanguageTag());
    attributes.putAll(prefixed(u.properties(), "tmx:" + side + "@"));
    out.write("  <tuv");
    attributes(attributes);
    out.write(">\n");
    Map<String, String> props = u.properties();
    for (Map.Entry<String, String> e : props.entrySet()) {
      if (e.getKey().startsWith("tmx:" + side + ":note")) {
        element("    ", "note", Map.of(), e.getValue());
      }
    }
    props(prefixed(props, "tmx:" + side + ":prop:"), "    ");
    out.write("    <seg>");
    seg(source ? u.source() : u.target(), u, source);
    out.write("</seg>\n  </tuv>\n");
  }

  private void seg(String text, MemoryUnit u, boolean source) throws IOException {
    Map<String, String> displays = new HashMap<>();
    for (Token t : u.tokens()) {
      displays.put(t.placeholder(), t.display());
    }
    Matcher m = Placeholders.PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      out.write(Xml.escape(text.substring(last, m.start()), false));
      last = m.end();
      String p = m.group();
      String id = m.group(2);
      String info = info(u, p, source);
      String opening = info(u, "{" + id + "}", source);
      String data = Xml.escape(displays.getOrDefault(p, ""), false);
      if (info != null) {
        out.write(info);
      } else if (!m.group(1).isEmpty()) {
        if (opening != null && opening.startsWith("<hi")) {
          out.write("</hi>");
        } else if (text.contains("{" + id + "}")) {
          out.write("<ept i=\"" + id + "\">" + data + "</ept>");
        } else {
          out.write("<it pos=\"end\">" + data + "</it>");
        }
      } else if (m.group(2).startsWith("p")) {
        out.write("<ph type=\"" + TmxCodes.PROTECTED_TYPE + "\">" + data + "</ph>");
      } else if (!m.group(3).isEmpty()) {
        out.write("<ph>" + data + "</ph>");
      } else if (text.contains("{/" + id + "}")) {
        out.write("<bpt i=\"" + id + "\">" + data + "</bpt>");
      } else {
        out.write("<it pos=\"begin\">" + data + "</it>");
      }
    }
    out.write(Xml.escape(text.substring(last), false));
  }

  private static String info(MemoryUnit u, String placeholder, boolean source) {
    String own = source ? null : u.properties().get(TmxCodes.TARGET_CODE + placeholder);
    return own != null ? own : u.properties().get(TmxCodes.CODE + placeholder);
  }

  private static Map<String, String> prefixed(Map<String, String> props, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    props.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            out.put(k.substring(prefix.length()), v);
          }
        });
    return out;
  }

  private void props(Map<String, String> props, String indent) throws IOException {
    for (Map.Entry<String, String> e : props.entrySet()) {
      String type = e.getKey();
      int repeat = type.lastIndexOf('#');
      element(
          indent,
          "prop",
          Map.of("type", repeat > 0 ? type.substring(0, repeat) : type),
          e.getValue());
    }
  }

  private void element(String indent, String name, Map<String, String> attributes, String text)
      throws IOException {
    out.write(indent + "<" + name);
    attributes(attributes);
    out.write(">" + Xml.escape(Objects.toString(text, ""), false) + "</" + name + ">\n");
  }

  private void attributes(Map<String, String> attributes) throws IOException {
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      out.write(" " + e.getKey() + "=\"" + Xml.escape(e.getValue(), true) + "\"");
    }
  }
}
