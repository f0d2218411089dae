package org.chorus.translations.terminology;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens a glossary's XML the way {@code InputGuard} opens documents: bounded size, an encoding that
 * decodes without error, no entity declarations, and a parser that reads no DTD and resolves no
 * external entity. A DOCTYPE that only names a DTD (as TBX 2008 exports do) is allowed and never
 * loaded.
 */
final class SafeXml {

  static final int MAX_BYTES = 50 * 1024 * 1024;

  private static final Pattern ENTITY = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENCODING =
      Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.-]+)[\"']");

  private SafeXml() {}

  static XMLStreamReader open(byte[] content) {
    Texts.checkSize(content, MAX_BYTES);
    Charset charset = charset(content);
    String text = Texts.decode(content, charset);
    Matcher entity = ENTITY.matcher(text);
    if (entity.find()) {
      throw new GlossaryFormatException(
          Texts.lineAt(text, entity.start()),
          "the file declares XML entities (a way to read files or exhaust memory): refused.");
    }
    try {
      XMLInputFactory f = XMLInputFactory.newInstance();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      // a DTD named by a DOCTYPE is never fetched: whatever asks for one gets nothing
      f.setXMLResolver((publicId, systemId, base, namespace) -> InputStream.nullInputStream());
      return f.createXMLStreamReader(new ByteArrayInputStream(content));
    } catch (XMLStreamException e) {
      throw notWellFormed(e);
    }
  }

  static GlossaryFormatException notWellFormed(XMLStreamException e) {
    int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
    String message = e.getMessage() == null ? "" : e.getMessage();
    int detail = message.indexOf("Message: ");
    String reason = detail >= 0 ? message.substring(detail + 9) : message;
    return new GlossaryFormatException(line, "the XML is not well-formed: " + reason.strip(), e);
  }

  private static Charset charset(byte[] b) {
    Charset bom = Texts.bomCharset(b);
    if (bom != null) {
      return bom;
    }
    String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
    Matcher m = ENCODING.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new GlossaryFormatException(1, "the file declares an unknown encoding: " + m.group(1));
    }
  }
}
