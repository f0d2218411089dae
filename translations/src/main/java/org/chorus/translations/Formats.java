package org.chorus.translations;

import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.openoffice.OpenOfficeFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;

/** One Okapi filter per format, new for every call (Okapi's filters keep state). */
final class Formats {
  private Formats() {}

  static IFilter filterFor(DocumentFormat format) {
    return switch (format) {
      case HTML -> new HtmlFilter();
      case MARKDOWN -> new MarkdownFilter();
      case DOCX -> new OpenXMLFilter();
      case ODT -> new OpenOfficeFilter();
      case TEXT -> new PlainTextFilter();
      case XLIFF -> new XLIFFFilter();
      case XLIFF2 -> new XLIFF2Filter();
    };
  }
}
