package org.chorus.translations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The document formats Chorus reads and writes. */
public enum DocumentFormat {
  HTML("text/html", "html", "htm", "xhtml"),
  MARKDOWN("text/markdown", "md", "markdown"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  ODT("application/vnd.oasis.opendocument.text", "odt"),
  TEXT("text/plain", "txt", "text"),
  XLIFF("application/xliff+xml", "xlf", "xliff", "sdlxliff", "mqxliff", "mxliff", "txlf"),
  XLIFF2("application/xliff+xml", "xlf2");

  /** An XLIFF root element with its version, in any namespace prefix. */
  private static final Pattern XLIFF_ROOT =
      Pattern.compile(
          "<(?:[\\w.-]+:)?xliff(?=[\\s/>])[^>]*?\\sversion\\s*=\\s*[\"']([0-9.]+)[\"'][^>]*>",
          Pattern.DOTALL);

  private final String mediaType;
  private final String[] extensions;

  DocumentFormat(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  public String defaultExtension() {
    return extensions[0];
  }

  /** The format a file name announces by its extension, if Chorus knows it. */
  public static Optional<DocumentFormat> ofFileName(String fileName) {
    if (fileName == null) {
      return Optional.empty();
    }
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> Arrays.asList(f.extensions).contains(ext))
        .findFirst();
  }

  /** Like {@link #ofFileName} but refuses what Chorus cannot read. */
  public static DocumentFormat requireOfFileName(String fileName) {
    return ofFileName(fileName)
        .orElseThrow(
            () -> new UnsupportedFormatException(fileName, Arrays.asList(supportedExtensions())));
  }

  /**
   * The format of a file by its content where the content says it (an XLIFF root element, whatever
   * its prefix, the file's name or the tool that wrote it: .sdlxliff and .mqxliff are XLIFF 1.2),
   * else by its name.
   */
  public static DocumentFormat detect(String fileName, byte[] content) {
    String version = xliffVersion(XmlProlog.head(content));
    if (version != null) {
      return version.startsWith("2.") ? XLIFF2 : XLIFF;
    }
    return requireOfFileName(fileName);
  }

  /** The version of the XLIFF root element at the start of a file, or null if it has none. */
  static String xliffVersion(String head) {
    String root = XmlProlog.rootStartTag(head);
    if (root == null) {
      return null;
    }
    Matcher m = XLIFF_ROOT.matcher(root);
    return m.matches() ? m.group(1) : null;
  }

  static String[] supportedExtensions() {
    return Arrays.stream(values()).flatMap(f -> Arrays.stream(f.extensions)).toArray(String[]::new);
  }
}
