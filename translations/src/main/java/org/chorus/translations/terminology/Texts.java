package org.chorus.translations.terminology;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes of a glossary file to text: size bound, byte-order mark, strict decoding with a line. */
final class Texts {

  private Texts() {}

  static void checkSize(byte[] content, int max) {
    if (content == null || content.length == 0) {
      throw new GlossaryFormatException(0, "the file is empty.");
    }
    if (content.length > max) {
      throw new GlossaryFormatException(
          0, "the file has " + content.length + " bytes; the limit is " + max + ".");
    }
  }

  static Charset bomCharset(byte[] b) {
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

  /**
   * The whole text, without its byte-order mark.
   *
   * @throws GlossaryFormatException at the line of the first byte that is not valid in the charset
   */
  static String decode(byte[] content, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      throw new GlossaryFormatException(
          lineAt(out, out.length()), "the file is not valid " + charset.name() + " text.");
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The 1-based line of a character offset. */
  static int lineAt(CharSequence text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
