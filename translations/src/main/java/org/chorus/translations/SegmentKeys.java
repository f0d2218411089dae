package org.chorus.translations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The rule that gives each segment its stable key.
 *
 * <p>key = first 16 hex digits of SHA-256 over "context|text", where text is the segment's source
 * text with its placeholders, in Unicode NFC, with runs of white space folded to one space and
 * trimmed. The n-th repeat (n &ge; 2) of the same sentence in the same context gets the suffix
 * "-n". The key depends on what the sentence says, not on where it stands, so a sentence that is
 * moved, or that keeps its words while others change around it, keeps its key in a new revision of
 * the document.
 *
 * <p>A key is written wherever a segment goes: as an XLIFF 2 unit id (an XML NMTOKEN), an XLIFF 1.2
 * trans-unit id, a URL path segment, an HTML id. Hex digits and one hyphen are valid in all of
 * them. (Keys of repeats made before this rule ended in "~n" instead.)
 */
final class SegmentKeys {

  private final Map<String, Integer> occurrences = new HashMap<>();

  String next(SegmentContext context, String text) {
    String normalized =
        Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    String base = hash(context.name() + "|" + normalized);
    int n = occurrences.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }

  private static String hash(String s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
