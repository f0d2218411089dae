package org.chorus.translations;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A translated Word document says its language: Word picks spelling, hyphenation and fonts from
 * {@code w:lang}, and a document still marked English under Arabic text is checked as English.
 * Every {@code w:lang} of the parts under {@code word/} gets the target language ({@code w:val};
 * {@code w:bidi} too for a right-to-left language, {@code w:eastAsia} for Chinese, Japanese and
 * Korean), and the styles' defaults get one where they have none.
 */
final class DocxLanguage {
  private DocxLanguage() {}

  private static final Pattern LANG = Pattern.compile("<w:lang\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\sw:(val|bidi|eastAsia)=\"[^\"]*\"");
  private static final Pattern DEFAULT_RUN =
      Pattern.compile(
          "<w:rPrDefault>\\s*<w:rPr>|<w:rPrDefault>\\s*<w:rPr\\s*/>|<w:rPrDefault\\s*/>");
  private static final Pattern STYLES_ROOT = Pattern.compile("<w:styles\\b[^>]*>");

  /** The languages whose text Word marks with {@code w:eastAsia}. */
  private static final Set<String> EAST_ASIAN = Set.of("ja", "zh", "ko");

  /** Most bytes read of one part: what the merge itself wrote, with a margin. */
  private static final long MAX_PART = 256L * 1024 * 1024;

  static byte[] set(byte[] docx, Locale target) {
    String tag = target.toLanguageTag();
    boolean rtl = Directions.isRightToLeft(target);
    boolean eastAsian = EAST_ASIAN.contains(target.getLanguage());
    ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 256);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = read(in);
        String name = entry.getName();
        if (name.startsWith("word/") && name.endsWith(".xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          String changed = languages(xml, tag, rtl, eastAsian);
          if (name.equals("word/styles.xml")) {
            changed = defaults(changed, element(tag, rtl, eastAsian));
          }
          content = changed.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Each {@code w:lang} with the target language in the attributes it is kept in. */
  static String languages(String xml, String tag, boolean rtl, boolean eastAsian) {
    Matcher m = LANG.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length());
    while (m.find()) {
      String element = m.group();
      Matcher a = ATTRIBUTE.matcher(element);
      StringBuilder rewritten = new StringBuilder();
      boolean hasVal = false;
      boolean hasBidi = false;
      boolean hasEastAsia = false;
      while (a.find()) {
        String which = a.group(1);
        hasVal |= which.equals("val");
        hasBidi |= which.equals("bidi");
        hasEastAsia |= which.equals("eastAsia");
        boolean mine =
            which.equals("val")
                || (which.equals("bidi") && rtl)
                || (which.equals("eastAsia") && eastAsian);
        a.appendReplacement(
            rewritten, Matcher.quoteReplacement(mine ? attribute(which, tag) : a.group()));
      }
      a.appendTail(rewritten);
      String result = rewritten.toString();
      String added =
          (hasVal ? "" : attribute("val", tag))
              + (rtl && !hasBidi ? attribute("bidi", tag) : "")
              + (eastAsian && !hasEastAsia ? attribute("eastAsia", tag) : "");
      if (!added.isEmpty()) {
        int end = result.endsWith("/>") ? result.length() - 2 : result.length() - 1;
        result = result.substring(0, end) + added + result.substring(end);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(result));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The styles' default run properties get the language where they have none. */
  static String defaults(String styles, String lang) {
    int docDefaults = styles.indexOf("<w:docDefaults");
    if (docDefaults >= 0) {
      int end = styles.indexOf("</w:docDefaults>", docDefaults);
      if (end >= 0 && styles.substring(docDefaults, end).contains("<w:lang")) {
        return styles;
      }
      Matcher run = DEFAULT_RUN.matcher(styles);
      if (run.find(docDefaults) && (end < 0 || run.start() < end)) {
        String found = run.group();
        String replacement =
            found.endsWith("<w:rPr>")
                ? found + lang
                : "<w:rPrDefault><w:rPr>"
                    + lang
                    + "</w:rPr>"
                    + (found.startsWith("<w:rPrDefault>") ? "" : "</w:rPrDefault>");
        return styles.substring(0, run.start()) + replacement + styles.substring(run.end());
      }
      int open = styles.indexOf('>', docDefaults);
      if (open < 0 || styles.charAt(open - 1) == '/') {
        return styles;
      }
      return styles.substring(0, open + 1)
          + "<w:rPrDefault><w:rPr>"
          + lang
          + "</w:rPr></w:rPrDefault>"
          + styles.substring(open + 1);
    }
    Matcher root = STYLES_ROOT.matcher(styles);
    if (!root.find() || root.group().endsWith("/>")) {
      return styles;
    }
    return styles.substring(0, root.end())
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + lang
        + "</w:rPr></w:rPrDefault></w:docDefaults>"
        + styles.substring(root.end());
  }

  private static String element(String tag, boolean rtl, boolean eastAsian) {
    return "<w:lang"
        + attribute("val", tag)
        + (eastAsian ? attribute("eastAsia", tag) : "")
        + (rtl ? attribute("bidi", tag) : "")
        + "/>";
  }

  private static String attribute(String name, String tag) {
    return " w:" + name + "=\"" + tag + "\"";
  }

  private static byte[] read(ZipInputStream in) throws IOException {
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > MAX_PART) {
        throw new UnreadableDocumentException("A part of the Word document is too large.");
      }
      part.write(buffer, 0, n);
    }
    return part.toByteArray();
  }
}
