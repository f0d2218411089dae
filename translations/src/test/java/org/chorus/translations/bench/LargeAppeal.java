package org.chorus.translations.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An invented appeal of many parts, each of ten sentences (a heading, a case paragraph with
 * emphasis, two actions with a link and bold, a table row of an official, a letter's close; in
 * Markdown also the table's header row), in HTML, Markdown, DOCX and ODT. Each part's sentences
 * carry its number, so that they differ.
 */
final class LargeAppeal {

  private LargeAppeal() {}

  static byte[] html(int parts) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head>");
    b.append("<meta charset=\"UTF-8\"><title>Urgent Action 61.27</title></head><body>\n");
    for (int i = 1; i <= parts; i++) {
      b.append("<h2>Part ")
          .append(i)
          .append(": the case of worker ")
          .append(i)
          .append("</h2>\n")
          .append("<p>Worker ")
          .append(i)
          .append(" was arrested on 14 March. He has not been")
          .append(" charged. His family fears that he is <em>held in isolation</em> at the naval")
          .append(" base.</p>\n<ul><li>Write to the <a href=\"https://example.org/minister\">")
          .append("Minister of the Interior</a> about worker ")
          .append(i)
          .append(".</li>")
          .append("<li>Tell us what you did for <strong>Urgent Action 61.")
          .append(i)
          .append("</strong>.</li></ul>\n<table><tr><td>Minister Elena Vidal</td>")
          .append("<td>Ministry of the Interior, Plaza Mayor ")
          .append(i)
          .append("</td></tr>")
          .append("</table>\n<p>Dear Minister, please release worker ")
          .append(i)
          .append(" at once. Time is short.</p>\n");
    }
    return b.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] markdown(int parts) {
    StringBuilder b = new StringBuilder("# Urgent Action 61.27\n\n");
    for (int i = 1; i <= parts; i++) {
      b.append("## Part ")
          .append(i)
          .append(": the case of worker ")
          .append(i)
          .append("\n\n")
          .append("Worker ")
          .append(i)
          .append(" was arrested on 14 March. He has not been")
          .append(
              " charged. His family fears that he is *held in isolation* at the naval base.\n\n")
          .append("- Write to the [Minister of the Interior](https://example.org/minister) about")
          .append(" worker ")
          .append(i)
          .append(".\n- Tell us what you did for **Urgent Action 61.")
          .append(i)
          .append("**.\n\n| Official | Address |\n|---|---|\n| Minister Elena Vidal |")
          .append(" Ministry of the Interior, Plaza Mayor ")
          .append(i)
          .append(" |\n\n")
          .append("Dear Minister, please release worker ")
          .append(i)
          .append(" at once. Time is short.\n\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] docx(int parts) {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= parts; i++) {
      body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>")
          .append(run("Part " + i + ": the case of worker " + i, ""))
          .append("</w:p><w:p>")
          .append(
              run(
                  "Worker "
                      + i
                      + " was arrested on 14 March. He has not been charged."
                      + " His family fears that he is ",
                  ""))
          .append(run("held in isolation", "<w:i/>"))
          .append(run(" at the naval base.", ""))
          .append("</w:p>")
          .append(
              item(
                  run("Write to the ", "")
                      + "<w:hyperlink r:id=\"rId9\">"
                      + run("Minister of the Interior", "")
                      + "</w:hyperlink>"
                      + run(" about worker " + i + ".", "")))
          .append(
              item(
                  run("Tell us what you did for ", "")
                      + run("Urgent Action 61." + i, "<w:b/>")
                      + run(".", "")))
          .append("<w:tbl><w:tr><w:tc><w:p>")
          .append(run("Minister Elena Vidal", ""))
          .append("</w:p></w:tc><w:tc><w:p>")
          .append(run("Ministry of the Interior, Plaza Mayor " + i, ""))
          .append("</w:p></w:tc></w:tr></w:tbl><w:p>")
          .append(run("Dear Minister, please release worker " + i + " at once. Time is short.", ""))
          .append("</w:p>");
    }
    String w =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
            + "</Types>");
    files.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + rels
            + "officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>");
    files.put(
        "word/_rels/document.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + rels
            + "styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\""
            + rels
            + "numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rId9\" Type=\""
            + rels
            + "hyperlink\""
            + " Target=\"https://example.org/minister\" TargetMode=\"External\"/>"
            + "</Relationships>");
    files.put(
        "word/styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles "
            + w
            + ">"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
            + "</w:style></w:styles>");
    files.put(
        "word/numbering.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering "
            + w
            + "><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
            + "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "</w:numbering>");
    files.put(
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
            + w
            + "><w:body>"
            + body
            + "</w:body></w:document>");
    return zip(false, files);
  }

  private static String run(String text, String properties) {
    return "<w:r>"
        + (properties.isEmpty() ? "" : "<w:rPr>" + properties + "</w:rPr>")
        + "<w:t xml:space=\"preserve\">"
        + text
        + "</w:t></w:r>";
  }

  private static String item(String runs) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        + runs
        + "</w:p>";
  }

  static byte[] odt(int parts) {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= parts; i++) {
      body.append("<text:h text:outline-level=\"2\">Part ")
          .append(i)
          .append(": the case of worker ")
          .append(i)
          .append("</text:h><text:p>Worker ")
          .append(i)
          .append(" was arrested on 14 March. He has not been charged. His family fears that he is")
          .append(" <text:span text:style-name=\"T1\">held in isolation</text:span> at the naval")
          .append(" base.</text:p><text:list><text:list-item><text:p>Write to the <text:a")
          .append(" xlink:href=\"https://example.org/minister\">Minister of the Interior</text:a>")
          .append(" about worker ")
          .append(i)
          .append(".</text:p></text:list-item><text:list-item>")
          .append("<text:p>Tell us what you did for <text:span text:style-name=\"T2\">Urgent")
          .append(" Action 61.")
          .append(i)
          .append("</text:span>.</text:p></text:list-item>")
          .append("</text:list><table:table><table:table-row><table:table-cell><text:p>Minister")
          .append(" Elena Vidal</text:p></table:table-cell><table:table-cell><text:p>Ministry of")
          .append(" the Interior, Plaza Mayor ")
          .append(i)
          .append("</text:p></table:table-cell>")
          .append("</table:table-row></table:table><text:p>Dear Minister, please release worker ")
          .append(i)
          .append(" at once. Time is short.</text:p>");
    }
    String ns =
        " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.3\"";
    Map<String, String> files = new LinkedHashMap<>();
    files.put("mimetype", "application/vnd.oasis.opendocument.text");
    files.put(
        "META-INF/manifest.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>");
    files.put(
        "content.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
            + ns
            + "><office:automatic-styles>"
            + "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties"
            + " fo:font-style=\"italic\"/></style:style><style:style style:name=\"T2\""
            + " style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
            + "</office:automatic-styles><office:body><office:text>"
            + body
            + "</office:text></office:body></office:document-content>");
    return zip(true, files);
  }

  private static byte[] zip(boolean storeFirst, Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      boolean first = true;
      for (Map.Entry<String, String> f : files.entrySet()) {
        byte[] data = f.getValue().getBytes(StandardCharsets.UTF_8);
        ZipEntry e = new ZipEntry(f.getKey());
        if (first && storeFirst) {
          CRC32 crc = new CRC32();
          crc.update(data);
          e.setMethod(ZipEntry.STORED);
          e.setSize(data.length);
          e.setCrc(crc.getValue());
        }
        first = false;
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
