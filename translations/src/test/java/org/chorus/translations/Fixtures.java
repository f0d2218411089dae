package org.chorus.translations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The invented appeal UA 58.27 in every format: HTML, Markdown, text and XLIFF as files under
 * src/test/resources/appeal, DOCX and ODT written here as the smallest packages Word and
 * LibreOffice open.
 */
final class Fixtures {

  /** A run of text, bold or not; "\n" inside is a line break. */
  record Run(String text, boolean bold) {}

  /** A paragraph: a heading or not, with its runs. */
  record Block(boolean heading, List<Run> runs) {}

  static final List<Block> APPEAL =
      List.of(
          heading("URGENT ACTION"),
          heading("JOURNALIST MISSING AFTER REPORTING ON DAM PROTESTS"),
          para(
              "Mariam Tadesse, a radio journalist, has not been seen since 9 June. Dr. Tadesse was"
                  + " last seen near the offices of the regional police. Her colleagues fear that she"
                  + " is held in secret."),
          heading("TAKE ACTION:"),
          para("Write to the ambassador below in your own words."),
          new Block(
              false,
              List.of(
                  new Run("Tell us what you did for ", false),
                  new Run("Urgent Action 58.27", true),
                  new Run(".", false))),
          para(
              "14 Queen Gate Terrace\nLondon SW7 5HL\nPhone: +44 20 7946 0321 / Fax: +44 20 7946"
                  + " 0322\nEmail: press.office@embassy.example\nSocial media: @EmbassyPressDesk"),
          para("Dear Ambassador,"),
          new Block(
              false,
              List.of(
                  new Run("I am writing about ", false),
                  new Run("Mariam Tadesse", true),
                  new Run(
                      " (ማርያም ታደሰ), who has been missing since 9 June. Please ask the authorities"
                          + " to reveal where she is.",
                      false))),
          para("Yours sincerely,"),
          para("PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 31 July 2027"));

  private Fixtures() {}

  static Block heading(String text) {
    return new Block(true, List.of(new Run(text, false)));
  }

  static Block para(String text) {
    return new Block(false, List.of(new Run(text, false)));
  }

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/appeal/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] docx(List<Block> blocks) {
    StringBuilder body = new StringBuilder();
    for (Block b : blocks) {
      body.append("<w:p>");
      if (b.heading()) {
        body.append("<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>");
      }
      for (Run r : b.runs()) {
        body.append("<w:r>");
        if (r.bold()) {
          body.append("<w:rPr><w:b/></w:rPr>");
        }
        String[] lines = r.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            body.append("<w:br/>");
          }
          body.append("<w:t xml:space=\"preserve\">").append(xml(lines[i])).append("</w:t>");
        }
        body.append("</w:r>");
      }
      body.append("</w:p>");
    }
    return zip(
        false,
        new String[] {
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + "</Types>"
        },
        new String[] {
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + "</Relationships>"
        },
        new String[] {
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
              + "<w:body>"
              + body
              + "</w:body></w:document>"
        });
  }

  static byte[] odt(List<Block> blocks) {
    StringBuilder body = new StringBuilder();
    for (Block b : blocks) {
      String tag = b.heading() ? "text:h" : "text:p";
      body.append('<').append(tag).append(b.heading() ? " text:outline-level=\"1\">" : ">");
      for (Run r : b.runs()) {
        String text = xml(r.text()).replace("\n", "<text:line-break/>");
        body.append(
            r.bold() ? "<text:span text:style-name=\"Bold\">" + text + "</text:span>" : text);
      }
      body.append("</").append(tag).append('>');
    }
    return zip(
        true,
        new String[] {"mimetype", "application/vnd.oasis.opendocument.text"},
        new String[] {
          "META-INF/manifest.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
              + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
              + "</manifest:manifest>"
        },
        new String[] {
          "content.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
              + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
              + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
              + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">"
              + "<office:automatic-styles><style:style style:name=\"Bold\" style:family=\"text\">"
              + "<style:text-properties fo:font-weight=\"bold\"/></style:style></office:automatic-styles>"
              + "<office:body><office:text>"
              + body
              + "</office:text></office:body></office:document-content>"
        });
  }

  /** A zip of (name, content) pairs; the first is stored uncompressed when {@code storeFirst}. */
  static byte[] zip(boolean storeFirst, String[]... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < entries.length; i++) {
        byte[] data = entries[i][1].getBytes(StandardCharsets.UTF_8);
        ZipEntry e = new ZipEntry(entries[i][0]);
        if (i == 0 && storeFirst) {
          CRC32 crc = new CRC32();
          crc.update(data);
          e.setMethod(ZipEntry.STORED);
          e.setSize(data.length);
          e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
