package org.chorus.translations.memory;

import java.text.Normalizer;
import org.chorus.translations.InlineCodes;

/**
 * Where a sentence stood: its context key and hashes of the sentences before and after it. Two
 * sentences with the same text are in the same context when they have the same key, or the same
 * neighbours on both sides.
 *
 * @param key the server's key for the place (for example a segment key), or "" when unknown
 * @param previous {@link #hash} of the sentence before, 0 when none or unknown
 * @param next {@link #hash} of the sentence after, 0 when none or unknown
 */
public record MemoryContext(String key, long previous, long next) {

  public static final MemoryContext NONE = new MemoryContext("", 0, 0);

  public MemoryContext {
    key = key == null ? "" : key;
  }

  /** Context from the neighbouring sentences' texts (null for none). */
  public static MemoryContext of(String key, String previousText, String nextText) {
    return new MemoryContext(key, hash(previousText), hash(nextText));
  }

  /**
   * A 64-bit hash of a neighbouring sentence: its text without placeholders, NFC, spaces folded;
   * never 0 for a sentence, 0 for none.
   */
  public static long hash(String text) {
    if (text == null) {
      return 0;
    }
    String plain =
        Normalizer.normalize(InlineCodes.plainText(text), Normalizer.Form.NFC)
            .strip()
            .replaceAll("\\s+", " ");
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < plain.length(); i++) {
      h ^= plain.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }

  /** How well a unit's context fits a query's. */
  ContextFit fit(MemoryContext query) {
    boolean sameKey = !key.isEmpty() && key.equals(query.key);
    boolean samePrevious = previous != 0 && previous == query.previous;
    boolean sameNext = next != 0 && next == query.next;
    if (sameKey || samePrevious && sameNext) {
      return ContextFit.IN_CONTEXT;
    }
    return samePrevious || sameNext ? ContextFit.ONE_NEIGHBOUR : ContextFit.NONE;
  }
}
