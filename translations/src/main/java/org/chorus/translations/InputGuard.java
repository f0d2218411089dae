package org.chorus.translations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks a file before any parser sees it, so that hostile input is refused quickly and in bounded
 * memory: size, binary content, character encoding, zip bombs and broken packages, XML entity
 * tricks (external entities, entity expansion). Returns the charset to read a text format with.
 */
final class InputGuard {

  static final int MAX_BYTES = Limits.MAX_BYTES;

  /** Most a zipped document may hold once unpacked. */
  static final long MAX_UNPACKED = 100L * 1024 * 1024;

  static final int MAX_ENTRIES = 2_000;

  /** Unpacked-to-packed ratio above which an entry is a bomb, not a document. */
  static final int MAX_RATIO = 200;

  private static final Pattern ENTITY = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOCTYPE_EXTERNAL =
      Pattern.compile("<!DOCTYPE[^>\\[]*(SYSTEM|PUBLIC)", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENT_OR_CDATA =
      Pattern.compile("<!--.*?-->|<!\\[CDATA\\[.*?]]>", Pattern.DOTALL);
  private static final Pattern HTML_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.-]+)[\"']");

  private InputGuard() {}

  static Charset check(byte[] content, DocumentFormat format) {
    if (content == null || content.length == 0) {
      throw new UnreadableDocumentException("The file is empty.");
    }
    if (content.length > MAX_BYTES) {
      throw new UnreadableDocumentException(
          "The file has " + content.length + " bytes; the limit is " + MAX_BYTES + ".");
    }
    return switch (format) {
      case DOCX -> zipped(content, format, "word/document.xml", "[Content_Types].xml");
      case ODT -> zipped(content, format, "content.xml", "META-INF/manifest.xml");
      case XLIFF, XLIFF2 -> xml(content, format);
      case HTML -> html(content, format);
      case MARKDOWN, TEXT -> text(content, format, null, false);
    };
  }

  private static Charset zipped(byte[] content, DocumentFormat format, String... required) {
    if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
      throw new UnreadableDocumentException(
          "This is not a "
              + format.name()
              + " file: "
              + format.name()
              + " files are zip packages.");
    }
    Set<String> names = new HashSet<>();
    long unpacked = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      byte[] buffer = new byte[16 * 1024];
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (names.size() >= MAX_ENTRIES) {
          throw new UnreadableDocumentException(
              "The package holds too many files to be a document.");
        }
        if (e.getName().contains("..") || e.getName().startsWith("/")) {
          throw new UnreadableDocumentException(
              "The package holds a file outside itself: " + e.getName());
        }
        names.add(e.getName());
        boolean xmlPart = e.getName().endsWith(".xml") || e.getName().endsWith(".rels");
        Nesting.XmlStream nesting = new Nesting.XmlStream();
        StringBuilder head = new StringBuilder();
        long entrySize = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          entrySize += n;
          unpacked += n;
          if (unpacked > MAX_UNPACKED) {
            throw new UnreadableDocumentException(
                "The package unpacks to more than "
                    + MAX_UNPACKED / (1024 * 1024)
                    + " MiB: refused as a zip bomb.");
          }
          long packed = Math.max(1, e.getCompressedSize());
          if (e.getCompressedSize() > 0
              && entrySize > 1024 * 1024
              && entrySize / packed > MAX_RATIO) {
            throw new UnreadableDocumentException(
                e.getName()
                    + " unpacks "
                    + entrySize / packed
                    + " times its packed size: refused as a zip bomb.");
          }
          if (xmlPart && head.length() < 4096) {
            head.append(new String(buffer, 0, Math.min(n, 4096), StandardCharsets.ISO_8859_1));
          }
          if (xmlPart) {
            nesting.feed(buffer, 0, n);
          }
        }
        if (xmlPart) {
          refuseEntities(head, e.getName());
          if (nesting.max() > Limits.MAX_NESTING) {
            throw Nesting.tooDeep(e.getName());
          }
        }
      }
    } catch (ZipException e) {
      throw new UnreadableDocumentException(
          "The " + format.name() + " package is damaged: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UnreadableDocumentException(
          "The " + format.name() + " package is damaged or incomplete.", e);
    }
    for (String r : required) {
      if (!names.contains(r)) {
        throw new UnreadableDocumentException(
            "This is not a " + format.name() + " document: it lacks " + r + hint(names) + ".");
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String hint(Set<String> names) {
    if (names.contains("word/document.xml")) {
      return " (it looks like a Word DOCX file)";
    }
    if (names.contains("content.xml")) {
      return " (it looks like an OpenDocument file)";
    }
    return "";
  }

  private static Charset html(byte[] content, DocumentFormat format) {
    Charset charset = text(content, format, HTML_CHARSET, true);
    Nesting.check(new String(content, charset), true, "The HTML file");
    return charset;
  }

  private static Charset xml(byte[] content, DocumentFormat format) {
    Charset charset = text(content, format, XML_ENCODING, true);
    Nesting.check(new String(content, charset), false, "The XLIFF file");
    String head = new String(content, 0, Math.min(content.length, 64 * 1024), charset);
    refuseEntities(head, "the file");
    String version = DocumentFormat.xliffVersion(head);
    if (version == null) {
      throw new UnreadableDocumentException(
          "This is not an XLIFF file: it has no XLIFF root element.");
    }
    if (format == DocumentFormat.XLIFF && !version.startsWith("1.")
        || format == DocumentFormat.XLIFF2 && !version.startsWith("2.")) {
      throw new UnreadableDocumentException(
          "The file is XLIFF " + version + ", not " + format.name() + ".");
    }
    return charset;
  }

  private static void refuseEntities(CharSequence xml, String where) {
    // what a comment or a CDATA section shows is text, not a declaration
    String declarations = COMMENT_OR_CDATA.matcher(xml).replaceAll("");
    if (ENTITY.matcher(declarations).find() || DOCTYPE_EXTERNAL.matcher(declarations).find()) {
      throw new UnreadableDocumentException(
          "Refused: "
              + where
              + " declares XML entities or an external DTD (a way to read files or exhaust memory).");
    }
  }

  /**
   * The charset of a text format: a byte-order mark, else the declared charset, else UTF-8; the
   * bytes must decode without error in it.
   */
  private static Charset text(
      byte[] content, DocumentFormat format, Pattern declaration, boolean mayDeclare) {
    Charset bom = bomCharset(content);
    if (bom != null) {
      decodeStrictly(content, bom, format, "its byte-order mark says " + bom.name());
      return bom;
    }
    for (byte b : content) {
      if (b == 0) {
        throw new UnreadableDocumentException(
            "The file holds binary data, not a " + format.name() + " document.");
      }
    }
    Charset declared = null;
    if (mayDeclare && declaration != null) {
      String head =
          new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = declaration.matcher(head);
      if (m.find()) {
        try {
          declared = Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new UnreadableDocumentException(
              "The file declares an unknown charset: " + m.group(1), e);
        }
      }
    }
    Charset charset = declared == null ? StandardCharsets.UTF_8 : declared;
    decodeStrictly(
        content,
        charset,
        format,
        declared == null
            ? "it declares no charset, so it must be UTF-8"
            : "it declares " + declared.name());
    return charset;
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static void decodeStrictly(
      byte[] content, Charset charset, DocumentFormat format, String why) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException(
          "The " + format.name() + " file is not valid " + charset.name() + " (" + why + ").", e);
    }
  }
}
