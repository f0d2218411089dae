package org.chorus.translations;

import java.nio.charset.Charset;
import java.util.regex.Pattern;

/**
 * Context for formats whose filter does not name its blocks (Markdown, plain text): found from the
 * source line that a text unit starts on. "# " starts a heading, "- ", "* " or "1. " a list item,
 * "|" a table row; anything else is a paragraph. Text units are looked up in document order.
 */
final class LineContext {

  private static final Pattern LIST = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s.*");

  private final String text;
  private int cursor;

  LineContext(byte[] content, Charset charset) {
    this.text = new String(content, charset);
  }

  SegmentContext of(String unitPlainText) {
    String probe = unitPlainText.strip();
    probe = probe.substring(0, Math.min(probe.length(), 24));
    int at = probe.isEmpty() ? -1 : text.indexOf(probe, cursor);
    if (at < 0) {
      return SegmentContext.PARAGRAPH;
    }
    cursor = at + probe.length();
    int lineStart = text.lastIndexOf('\n', at) + 1;
    String line = text.substring(lineStart, at + probe.length());
    if (line.stripLeading().startsWith("#")) {
      return SegmentContext.HEADING;
    }
    if (line.stripLeading().startsWith("|")) {
      return SegmentContext.TABLE_CELL;
    }
    if (LIST.matcher(line).matches()) {
      return SegmentContext.LIST_ITEM;
    }
    return SegmentContext.PARAGRAPH;
  }
}
