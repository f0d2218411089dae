package org.chorus.translations;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * How deeply a markup document nests its elements, found by a scan of its tags before any parser
 * sees it: parsers take time (and stack) that grows with the depth, so a document of thousands of
 * nested elements is refused instead of tying up a core. The scan is linear and allocates little.
 */
final class Nesting {

  /** HTML elements that never have content. */
  private static final Set<String> VOID =
      Set.of(
          "area",
          "base",
          "br",
          "col",
          "embed",
          "hr",
          "img",
          "input",
          "link",
          "meta",
          "param",
          "source",
          "track",
          "wbr",
          "basefont",
          "frame",
          "keygen");

  /** HTML elements that an opening of their own kind (or a block) ends without an end tag. */
  private static final Set<String> IMPLIED_END =
      Set.of("p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot");

  /** Elements whose content is text, not markup. */
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");

  private Nesting() {}

  /**
   * Refuses a markup text (HTML when {@code html}, else XML) nested deeper than {@link
   * Limits#MAX_NESTING}.
   */
  static void check(CharSequence text, boolean html, String where) {
    int depth = html ? htmlDepth(text, Limits.MAX_NESTING) : xmlDepth(text, Limits.MAX_NESTING);
    if (depth > Limits.MAX_NESTING) {
      throw tooDeep(where);
    }
  }

  static UnreadableDocumentException tooDeep(String where) {
    return new UnreadableDocumentException(
        where
            + " nests its elements more than "
            + Limits.MAX_NESTING
            + " levels deep; no real document does, and reading it would take minutes.");
  }

  /** The depth of an XML text, stopping early once it passes {@code stop}. */
  static int xmlDepth(CharSequence s, int stop) {
    int depth = 0;
    int max = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != '<' || i + 1 >= n) {
        continue;
      }
      char c = s.charAt(i + 1);
      if (c == '!' || c == '?') {
        i = skipDeclaration(s, i);
        continue;
      }
      int end = tagEnd(s, i);
      if (c == '/') {
        depth = Math.max(0, depth - 1);
      } else if (s.charAt(end - 1) != '/') {
        depth++;
        max = Math.max(max, depth);
        if (max > stop) {
          return max;
        }
      }
      i = end;
    }
    return max;
  }

  /**
   * The depth of an HTML text as a browser would build it, roughly: void elements and end tags that
   * HTML implies (a new paragraph ends the last one) do not count; stops once past {@code stop}.
   */
  static int htmlDepth(CharSequence s, int stop) {
    Deque<String> open = new ArrayDeque<>();
    int max = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != '<' || i + 1 >= n) {
        continue;
      }
      char c = s.charAt(i + 1);
      if (c == '!' || c == '?') {
        i = skipDeclaration(s, i);
        continue;
      }
      boolean closing = c == '/';
      String name = name(s, closing ? i + 2 : i + 1);
      int end = tagEnd(s, i);
      if (name.isEmpty()) {
        i = end;
        continue;
      }
      if (closing) {
        if (open.contains(name)) {
          while (!open.isEmpty() && !open.pop().equals(name)) {
            // an end tag closes whatever it contains
          }
        }
      } else if (!VOID.contains(name) && s.charAt(end - 1) != '/') {
        endImplied(open, name);
        open.push(name);
        max = Math.max(max, open.size());
        if (max > stop) {
          return max;
        }
        if (RAW_TEXT.contains(name)) {
          end = skipRawText(s, end, name);
          open.pop();
        }
      }
      i = end;
    }
    return max;
  }

  /**
   * Ends what the opening of {@code name} ends without an end tag: a paragraph before a block or
   * paragraph, and an open element of the same kind among the implicitly ended ones on top (a new
   * list item ends the last one, with the paragraph inside it).
   */
  private static void endImplied(Deque<String> open, String name) {
    if ("p".equals(open.peek()) && (name.equals("p") || isBlock(name))) {
      open.pop();
    }
    if (!IMPLIED_END.contains(name)) {
      return;
    }
    int through = 0;
    int i = 0;
    for (String e : open) {
      if (!IMPLIED_END.contains(e)) {
        break;
      }
      i++;
      if (e.equals(name)) {
        through = i;
        break;
      }
    }
    for (int k = 0; k < through; k++) {
      open.pop();
    }
  }

  private static boolean isBlock(String name) {
    return switch (name) {
      case "div",
          "ul",
          "ol",
          "table",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "section",
          "article",
          "blockquote",
          "pre",
          "form",
          "header",
          "footer",
          "nav",
          "aside",
          "dl" ->
          true;
      default -> false;
    };
  }

  private static String name(CharSequence s, int from) {
    int i = from;
    int n = s.length();
    while (i < n
        && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == ':')) {
      i++;
    }
    return s.subSequence(from, i).toString().toLowerCase(Locale.ROOT);
  }

  /** The index of the '>' ending the tag that starts at {@code start}, quotes respected. */
  private static int tagEnd(CharSequence s, int start) {
    char quote = 0;
    int n = s.length();
    for (int i = start + 1; i < n; i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return n - 1;
  }

  /** Past a comment, CDATA section, doctype or processing instruction. */
  private static int skipDeclaration(CharSequence s, int start) {
    String close =
        startsWith(s, start, "<!--") ? "-->" : startsWith(s, start, "<![CDATA[") ? "]]>" : ">";
    int at = indexOf(s, close, start + 2);
    return at < 0 ? s.length() : at + close.length() - 1;
  }

  private static int skipRawText(CharSequence s, int from, String name) {
    String close = "</" + name;
    for (int i = from; i <= s.length() - close.length(); i++) {
      if (s.charAt(i) == '<'
          && s.subSequence(i, i + close.length()).toString().equalsIgnoreCase(close)) {
        return tagEnd(s, i);
      }
    }
    return s.length();
  }

  private static boolean startsWith(CharSequence s, int at, String prefix) {
    return s.length() - at >= prefix.length()
        && s.subSequence(at, at + prefix.length()).toString().equals(prefix);
  }

  private static int indexOf(CharSequence s, String what, int from) {
    outer:
    for (int i = from; i <= s.length() - what.length(); i++) {
      for (int j = 0; j < what.length(); j++) {
        if (s.charAt(i + j) != what.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * The depth of XML read in pieces (a part of a zip package as it is unpacked), byte by byte: tags
   * are ASCII in every encoding a package may use (UTF-8), so bytes are enough.
   */
  static final class XmlStream {
    private enum State {
      TEXT,
      LT,
      TAG,
      QUOTED,
      COMMENT,
      CDATA,
      DECLARATION
    }

    private State state = State.TEXT;
    private boolean closing;
    private byte quote;
    private byte last;
    private int dashes;
    private int depth;
    private int max;

    void feed(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        step(b[i]);
      }
    }

    int max() {
      return max;
    }

    private void step(byte c) {
      switch (state) {
        case TEXT -> {
          if (c == '<') {
            state = State.LT;
          }
        }
        case LT -> {
          if (c == '!') {
            state = State.DECLARATION;
            dashes = 0;
          } else if (c == '?') {
            state = State.DECLARATION;
          } else {
            closing = c == '/';
            last = c;
            state = State.TAG;
          }
        }
        case TAG -> {
          if (c == '"' || c == '\'') {
            quote = c;
            state = State.QUOTED;
          } else if (c == '>') {
            if (closing) {
              depth = Math.max(0, depth - 1);
            } else if (last != '/') {
              max = Math.max(max, ++depth);
            }
            state = State.TEXT;
          } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            last = c;
          }
        }
        case QUOTED -> {
          if (c == quote) {
            state = State.TAG;
            last = c;
          }
        }
        case DECLARATION -> {
          // "<!--" starts a comment, which only "-->" ends; "<![CDATA[" text, which only "]]>" ends
          if (c == '-' && ++dashes == 2) {
            state = State.COMMENT;
            dashes = 0;
          } else if (c == '[' && dashes == 0) {
            state = State.CDATA;
          } else if (c == '>') {
            state = State.TEXT;
          } else if (c != '-') {
            dashes = 3;
          }
        }
        case CDATA -> {
          if (c == ']') {
            dashes++;
          } else if (c == '>' && dashes >= 2) {
            state = State.TEXT;
            dashes = 0;
          } else if (c != '[') {
            dashes = 0;
          }
        }
        case COMMENT -> {
          if (c == '-') {
            dashes++;
          } else if (c == '>' && dashes >= 2) {
            state = State.TEXT;
          } else {
            dashes = 0;
          }
        }
      }
    }
  }
}
