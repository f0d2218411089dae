package org.chorus.translations;

import java.util.List;

/** The file is of a format Chorus does not read. */
public class UnsupportedFormatException extends DocumentException {
  private final String fileName;
  private final List<String> supported;

  /**
   * @param fileName the name of the file refused
   * @param supported the extensions Chorus reads
   */
  public UnsupportedFormatException(String fileName, List<String> supported) {
    super("Chorus cannot read \"" + fileName + "\": supported are " + supported);
    this.fileName = fileName;
    this.supported = List.copyOf(supported);
  }

  /** The name of the file refused, as it was given. */
  public String fileName() {
    return fileName;
  }

  /** The extensions Chorus reads, e.g. {@code docx}. */
  public List<String> supported() {
    return supported;
  }
}
