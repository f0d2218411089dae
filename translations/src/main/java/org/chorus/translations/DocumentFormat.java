package org.chorus.translations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The document formats Chorus reads and writes. */
public enum DocumentFormat {
  HTML("text/html", "html", "htm", "xhtml"),
  MARKDOWN("text/markdown", "md", "markdown"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  ODT("application/vnd.oasis.opendocument.text", "odt"),
  TEXT("text/plain", "txt", "text"),
  XLIFF("application/xliff+xml", "xlf", "xliff"),
  XLIFF2("application/xliff+xml", "xlf2");

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
            () ->
                new UnsupportedFormatException(
                    "Chorus cannot read \""
                        + fileName
                        + "\": supported are "
                        + Arrays.toString(supportedExtensions())));
  }

  /**
   * The format of a file by its name and, for XLIFF, by its content: a .xlf file may be XLIFF 1.2
   * or 2.x.
   */
  public static DocumentFormat detect(String fileName, byte[] content) {
    DocumentFormat byName = requireOfFileName(fileName);
    if (byName == XLIFF || byName == XLIFF2) {
      String head =
          new String(
              content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
      String version = xliffVersion(head);
      if (version != null) {
        return version.startsWith("2.") ? XLIFF2 : XLIFF;
      }
    }
    return byName;
  }

  /** The version of the XLIFF root element in the start of a file, or null if it has none. */
  static String xliffVersion(String head) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<xliff\\b[^>]*\\bversion\\s*=\\s*[\"']([0-9.]+)[\"']")
            .matcher(head);
    return m.find() ? m.group(1) : null;
  }

  static String[] supportedExtensions() {
    return Arrays.stream(values()).flatMap(f -> Arrays.stream(f.extensions)).toArray(String[]::new);
  }
}
