package org.chorus.translations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The document formats Chorus reads and writes. */
public enum DocumentFormat {
  HTML("text/html", "html", "htm", "xhtml"),
  MARKDOWN("text/markdown", "md", "markdown");

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

  static String[] supportedExtensions() {
    return Arrays.stream(values()).flatMap(f -> Arrays.stream(f.extensions)).toArray(String[]::new);
  }
}
