package org.chorus.translations.preview;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Decoding the merged text formats, which Okapi writes in the source's encoding. */
final class Texts {
  private Texts() {}

  /** The text of a Markdown or plain-text file: UTF-8 unless a byte-order mark says otherwise. */
  static String decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    Charset utf16 = null;
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      utf16 = StandardCharsets.UTF_16LE;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      utf16 = StandardCharsets.UTF_16BE;
    }
    return utf16 == null
        ? new String(b, StandardCharsets.UTF_8)
        : new String(b, 2, b.length - 2, utf16);
  }
}
