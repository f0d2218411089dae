package org.chorus.translations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of placeholders in segment text, for the engine, the XLIFF reader and writer, the
 * memory, the checks, pseudo-translation and the pages' token markup: an opening code {@code {1}},
 * its closing code {@code {/1}}, a standalone code {@code {2/}}, and protected content (a name, an
 * e-mail address...) {@code {p1/}}. The number is the code's id in its source sentence.
 *
 * @param text the placeholder as written, e.g. {@code {/1}}
 * @param kind what it stands for
 * @param id the code's id: {@code 1} for {@code {1}}, {@code {/1}} and {@code {1/}}; {@code p1} for
 *     {@code {p1/}}
 */
public record Placeholder(String text, Kind kind, String id) {

  /** Groups: 1 a closing slash, 2 the id, 3 a standalone slash. */
  public static final Pattern PATTERN = Pattern.compile("\\{(/?)(p?\\d+)(/?)\\}");

  public enum Kind {
    OPENING,
    CLOSING,
    STANDALONE,
    PROTECTED
  }

  /** A piece of a segment text: plain text, or a placeholder. */
  public record Piece(String text, Placeholder placeholder) {}

  /** The placeholder a match of {@link #PATTERN} found. */
  public static Placeholder of(Matcher m) {
    String id = m.group(2);
    Kind kind =
        id.startsWith("p")
            ? Kind.PROTECTED
            : !m.group(1).isEmpty()
                ? Kind.CLOSING
                : !m.group(3).isEmpty() ? Kind.STANDALONE : Kind.OPENING;
    return new Placeholder(m.group(), kind, id);
  }

  /** A text cut into plain text and placeholders, in order. */
  public static List<Piece> pieces(String text) {
    List<Piece> pieces = new ArrayList<>();
    Matcher m = PATTERN.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        pieces.add(new Piece(text.substring(last, m.start()), null));
      }
      pieces.add(new Piece(null, of(m)));
      last = m.end();
    }
    if (last < text.length()) {
      pieces.add(new Piece(text.substring(last), null));
    }
    return pieces;
  }

  /** The placeholder that protects content number {@code n}: {@code {pn/}}. */
  public static String protectedContent(int n) {
    return "{p" + n + "/}";
  }
}
