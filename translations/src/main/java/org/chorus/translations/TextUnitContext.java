package org.chorus.translations;

import java.util.Locale;
import net.sf.okapi.common.resource.ITextUnit;

/** Maps what an Okapi filter says of a text unit to our {@link SegmentContext}. */
final class TextUnitContext {

  private TextUnitContext() {}

  static SegmentContext of(ITextUnit tu) {
    String type = tu.getType() == null ? "" : tu.getType().toLowerCase(Locale.ROOT);
    String name = tu.getName() == null ? "" : tu.getName().toLowerCase(Locale.ROOT);
    String hint = type + " " + name;
    if (type.endsWith(":h")) {
      return SegmentContext.HEADING; // OpenDocument text:h
    }
    if (type.endsWith(":p") || type.endsWith(":list-item")) {
      return SegmentContext.PARAGRAPH;
    }
    if (hint.contains("title")) {
      return SegmentContext.TITLE;
    }
    if (hint.matches(".*\\b(x-)?h[1-6]\\b.*")
        || hint.contains("header")
        || hint.contains("heading")) {
      return SegmentContext.HEADING;
    }
    if (hint.matches(".*\\b(x-)?li\\b.*") || hint.contains("list")) {
      return SegmentContext.LIST_ITEM;
    }
    if (hint.matches(".*\\b(x-)?t[dh]\\b.*") || hint.contains("cell")) {
      return SegmentContext.TABLE_CELL;
    }
    if (hint.matches(".*\\b(x-)?p\\b.*") || hint.contains("para")) {
      return SegmentContext.PARAGRAPH;
    }
    return SegmentContext.OTHER;
  }
}
