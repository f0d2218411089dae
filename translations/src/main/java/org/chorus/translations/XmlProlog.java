package org.chorus.translations;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The start of an XML file as far as its root element: what decides whether a file is XLIFF, by its
 * content and not by its name. Comments, processing instructions and a DOCTYPE before the root are
 * skipped, so that a DOCTYPE shown inside a comment is not taken for one.
 */
final class XmlProlog {

  private static final int HEAD = 8 * 1024;

  private XmlProlog() {}

  /** The first characters of a file, decoded by its byte-order mark (UTF-8 without one). */
  static String head(byte[] content) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    return new String(content, skip, Math.min(content.length - skip, HEAD), charset);
  }

  /** The root element's start tag, or null when the text does not start as an XML document. */
  static String rootStartTag(String head) {
    int i = head.startsWith("\uFEFF") ? 1 : 0;
    while (i < head.length()) {
      char c = head.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (head.startsWith("<?", i)) {
        i = after(head, "?>", i);
      } else if (head.startsWith("<!--", i)) {
        i = after(head, "-->", i);
      } else if (head.startsWith("<!DOCTYPE", i)) {
        i = afterDoctype(head, i);
      } else if (c == '<') {
        int end = head.indexOf('>', i);
        return end < 0 ? null : head.substring(i, end + 1);
      } else {
        return null;
      }
      if (i < 0) {
        return null;
      }
    }
    return null;
  }

  private static int after(String s, String end, int from) {
    int at = s.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  /** Past a DOCTYPE, its internal subset in brackets included. */
  private static int afterDoctype(String s, int from) {
    int bracket = s.indexOf('[', from);
    int close = s.indexOf('>', from);
    if (bracket >= 0 && bracket < close) {
      int end = s.indexOf("]", bracket);
      return end < 0 ? -1 : after(s, ">", end);
    }
    return close < 0 ? -1 : close + 1;
  }
}
