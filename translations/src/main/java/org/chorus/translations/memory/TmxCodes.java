package org.chorus.translations.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chorus.translations.Token;

/**
 * TMX inline codes to Chorus placeholders and back: see {@link TmxReader} and {@link TmxWriter}.
 */
final class TmxCodes {

  static final String PROTECTED_TYPE = "x-chorus-protected";
  static final String CODE = "tmx:code:";
  static final String TARGET_CODE = "tmx:tcode:";

  private TmxCodes() {}

  /** A piece of a seg: text, a code (with its native data), or the end of a hi. */
  sealed interface Part permits Chars, Code, HiEnd {}

  record Chars(String text) implements Part {}

  /**
   * @param data the native code as text (sub contents included)
   * @param inner the element's content as XML, subs and all
   */
  record Code(
      String element, Map<String, String> attributes, String data, String inner, boolean sub)
      implements Part {
    String attribute(String name) {
      return attributes.get(name);
    }

    boolean isProtected() {
      return (element.equals("ph") || element.equals("ut"))
          && PROTECTED_TYPE.equals(attributes.get("type"));
    }

    /** The element as XML with i set to the given number (pairs stay paired in any numbering). */
    String xml(String number) {
      StringBuilder b = new StringBuilder("<").append(element);
      attributes.forEach(
          (k, v) ->
              b.append(' ')
                  .append(k)
                  .append("=\"")
                  .append(Xml.escape(k.equals("i") ? number : v, true))
                  .append('"'));
      if (element.equals("hi")) {
        return b.append('>').toString();
      }
      return b.append('>').append(inner).append("</").append(element).append('>').toString();
    }

    /** Whether the writer's own rendering from the data alone gives the same element. */
    boolean plain() {
      if (sub || element.equals("hi") || element.equals("it") || element.equals("ut")) {
        return false;
      }
      for (String k : attributes.keySet()) {
        if (!k.equals("i") && !(k.equals("x") && element.equals("ph"))) {
          return false;
        }
      }
      return !element.equals("ph") || !attributes.containsKey("x");
    }
  }

  record HiEnd() implements Part {}

  /** A seg as Chorus text, with its tokens and what the writer needs to give its codes back. */
  record Text(String text, List<Token> tokens, Map<String, String> codeInfo) {}

  /** Reads a seg's content up to its end tag. */
  static List<Part> readSegment(XMLStreamReader xml, Function<String, RuntimeException> refuse)
      throws XMLStreamException {
    List<Part> parts = new ArrayList<>();
    readContent(xml, parts, refuse, "seg");
    return parts;
  }

  private static void readContent(
      XMLStreamReader xml, List<Part> parts, Function<String, RuntimeException> refuse, String end)
      throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getText());
        case XMLStreamConstants.START_ELEMENT -> {
          flush(text, parts);
          String name = xml.getLocalName();
          switch (name) {
            case "bpt", "ept", "ph", "it", "ut" -> parts.add(code(xml, name, refuse));
            case "hi" -> {
              parts.add(new Code("hi", attributes(xml), "", "", false));
              readContent(xml, parts, refuse, "hi");
              parts.add(new HiEnd());
            }
            default -> throw refuse.apply("Unexpected <" + name + "> in a <" + end + ">.");
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          flush(text, parts);
          return;
        }
        default -> {}
      }
    }
  }

  private static Code code(
      XMLStreamReader xml, String name, Function<String, RuntimeException> refuse)
      throws XMLStreamException {
    Map<String, String> attributes = attributes(xml);
    StringBuilder data = new StringBuilder();
    StringBuilder inner = new StringBuilder();
    boolean sub = false;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          data.append(xml.getText());
          inner.append(Xml.escape(xml.getText(), false));
        }
        case XMLStreamConstants.START_ELEMENT -> {
          String child = xml.getLocalName();
          if (!child.equals("sub") && depth == 1) {
            throw refuse.apply("Unexpected <" + child + "> in a <" + name + ">.");
          }
          sub = true;
          depth++;
          inner.append('<').append(child);
          attributes(xml)
              .forEach(
                  (k, v) ->
                      inner
                          .append(' ')
                          .append(k)
                          .append("=\"")
                          .append(Xml.escape(v, true))
                          .append('"'));
          inner.append('>');
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (depth > 0) {
            inner.append("</").append(xml.getLocalName()).append('>');
          }
        }
        default -> {}
      }
    }
    return new Code(name, attributes, data.toString(), inner.toString(), sub);
  }

  private static Map<String, String> attributes(XMLStreamReader xml) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String prefix = xml.getAttributePrefix(i);
      String local = xml.getAttributeLocalName(i);
      out.put(
          prefix == null || prefix.isEmpty() ? local : prefix + ":" + local,
          xml.getAttributeValue(i));
    }
    return out;
  }

  private static void flush(StringBuilder text, List<Part> parts) {
    if (text.length() > 0) {
      parts.add(new Chars(text.toString()));
      text.setLength(0);
    }
  }

  /** Numbers the source's codes; then gives a target's codes the numbers of the same codes. */
  static Numbered number(List<Part> source) {
    Numbered n = new Numbered();
    n.source = n.convert(source, true);
    return n;
  }

  static final class Numbered {
    private Text source;
    private int next;
    private int nextProtected;

    /** Source codes not yet claimed by the target being converted, in order. */
    private final List<Object[]> sourceCodes = new ArrayList<>();

    Text source() {
      return source;
    }

    Text target(List<Part> target) {
      for (Object[] c : sourceCodes) {
        c[2] = Boolean.FALSE;
      }
      int saveNext = next;
      int saveProtected = nextProtected;
      Text t = convert(target, false);
      next = saveNext;
      nextProtected = saveProtected;
      return t;
    }

    private Text convert(List<Part> parts, boolean isSource) {
      StringBuilder text = new StringBuilder();
      List<Token> tokens = new ArrayList<>();
      Map<String, String> info = new LinkedHashMap<>();
      Map<String, String> byI = new HashMap<>();
      List<String> openHi = new ArrayList<>();
      for (Part p : parts) {
        if (p instanceof Chars c) {
          text.append(c.text());
          continue;
        }
        if (p instanceof HiEnd) {
          String id = openHi.remove(openHi.size() - 1);
          text.append("{/").append(id).append('}');
          continue;
        }
        Code code = (Code) p;
        String id;
        if (code.element().equals("ept")) {
          id = byI.get(code.attribute("i"));
          if (id == null) {
            throw new TmxException(
                0, "An <ept> has no <bpt> with i=\"" + code.attribute("i") + "\".");
          }
        } else {
          id = isSource ? fresh(code) : claim(code);
          if (isSource) {
            sourceCodes.add(new Object[] {code, id, Boolean.FALSE});
          }
          if (code.element().equals("bpt")) {
            byI.put(code.attribute("i"), id);
          }
        }
        String placeholder = placeholder(code, id);
        text.append(placeholder);
        if (code.element().equals("hi")) {
          openHi.add(id);
          tokens.add(new Token(placeholder, Token.Kind.MARKUP, ""));
          tokens.add(new Token("{/" + id + "}", Token.Kind.MARKUP, ""));
          info.put((isSource ? CODE : TARGET_CODE) + placeholder, code.xml(id));
          continue;
        }
        Token.Kind kind = code.isProtected() ? Token.Kind.PROTECTED : Token.Kind.MARKUP;
        tokens.add(new Token(placeholder, kind, code.data()));
        if (!code.plain() && !code.isProtected()) {
          info.put((isSource ? CODE : TARGET_CODE) + placeholder, code.xml(id));
        }
      }
      return new Text(text.toString(), tokens, info);
    }

    private String fresh(Code code) {
      return code.isProtected() ? "p" + ++nextProtected : Integer.toString(++next);
    }

    /** The number of the source's code that this target code stands for, else a new number. */
    private String claim(Code code) {
      Object[] found = null;
      for (int pass = 0; pass < 3 && found == null; pass++) {
        for (Object[] c : sourceCodes) {
          Code s = (Code) c[0];
          if ((Boolean) c[2]
              || !s.element().equals(code.element())
              || s.isProtected() != code.isProtected()) {
            continue;
          }
          boolean same =
              switch (pass) {
                case 0 ->
                    code.attribute("x") != null && code.attribute("x").equals(s.attribute("x"));
                case 1 ->
                    code.attribute("i") != null && code.attribute("i").equals(s.attribute("i"))
                        || code.data().equals(s.data()) && code.attribute("x") == null;
                default -> code.attribute("x") == null;
              };
          if (same) {
            found = c;
            break;
          }
        }
      }
      if (found == null) {
        return fresh(code);
      }
      found[2] = Boolean.TRUE;
      return (String) found[1];
    }

    private static String placeholder(Code code, String id) {
      return switch (code.element()) {
        case "bpt", "hi" -> "{" + id + "}";
        case "ept" -> "{/" + id + "}";
        case "it" -> "end".equals(code.attribute("pos")) ? "{/" + id + "}" : "{" + id + "}";
        default -> "{" + id + "/}";
      };
    }
  }
}
