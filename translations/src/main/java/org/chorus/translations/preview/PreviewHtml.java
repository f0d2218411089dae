package org.chorus.translations.preview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.translations.Directions;

/**
 * The only way a view writes HTML: it is given elements, attributes and text of the document, keeps
 * what {@link HtmlPolicy} allows, escapes every text and value, and turns the segment marks of
 * {@link Sentinels} into {@code <span class="seg" data-key="...">}.
 *
 * <p>A sentence may start inside one element and end outside it (a bold run that covers the end of
 * one sentence and the start of the next). Its span is then closed where the element closes and
 * opened again after it, so a segment may be written as several spans with the same key; elements
 * opened inside a span and still open where the sentence ends are closed with it and opened again
 * after it. The output is well nested whatever the marks say.
 */
final class PreviewHtml {

  /** A segment as the preview labels it. */
  record Label(String key, boolean untranslated) {}

  private enum Kind {
    WRITTEN,
    UNWRAPPED,
    DROPPED
  }

  /** An element open in the output (compared by identity: the same tag may be open twice). */
  private static final class Node {
    final String tag;
    final String startTag;

    Node(String tag, String startTag) {
      this.tag = tag;
      this.startTag = startTag;
    }
  }

  /** An element the view opened, and what became of it. */
  private record Frame(Kind kind, Node node) {}

  private final StringBuilder out = new StringBuilder(16 * 1024);
  private final List<Label> labels;
  private final boolean translated;
  private final Set<String> ownLanguages;
  private final String untranslatedAttributes;
  private final Deque<Node> open = new ArrayDeque<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final BitSet shown = new BitSet();
  private int dropping;
  private int active = -1;
  private Node span;

  /**
   * @param labels the segments by index
   * @param source the source locale
   * @param target the translation's locale, or null for a preview of the source
   */
  PreviewHtml(List<Label> labels, Locale source, Locale target) {
    this.labels = labels;
    this.translated = target != null;
    Locale shown = translated ? target : source;
    this.ownLanguages = Set.copyOf(List.of(source.getLanguage(), shown.getLanguage()));
    boolean turns = Directions.isRightToLeft(source) != Directions.isRightToLeft(shown);
    this.untranslatedAttributes =
        " lang=\""
            + escape(source.toLanguageTag())
            + "\""
            + (turns ? " dir=\"" + direction(source) + "\"" : "");
    out.append("<div class=\"doc-preview\" lang=\"")
        .append(escape(shown.toLanguageTag()))
        .append("\" dir=\"")
        .append(direction(shown))
        .append("\" data-mode=\"")
        .append(translated ? "translation" : "source")
        .append("\">");
  }

  /** Opens an element of the document; {@link #close()} closes it. */
  void open(String tag, Map<String, String> attributes) {
    if (dropping > 0) {
      dropping++;
      frames.push(new Frame(Kind.DROPPED, null));
      return;
    }
    switch (HtmlPolicy.decide(tag)) {
      case DROP -> {
        dropping++;
        frames.push(new Frame(Kind.DROPPED, null));
      }
      case UNWRAP -> frames.push(new Frame(Kind.UNWRAPPED, null));
      case KEEP -> {
        if (tag.equals("img")) {
          image(attributes.get("src"), attributes.getOrDefault("alt", ""));
          frames.push(new Frame(Kind.UNWRAPPED, null));
        } else {
          String name = HtmlPolicy.outputName(tag);
          frames.push(new Frame(Kind.WRITTEN, start(name, startTag(name, attributes))));
        }
      }
    }
  }

  /** Opens an element of the preview's own, with one of its classes. */
  void openOwn(String tag, String cssClass) {
    if (dropping > 0) {
      open(tag, Map.of());
      return;
    }
    frames.push(
        new Frame(Kind.WRITTEN, start(tag, "<" + tag + " class=\"" + escape(cssClass) + "\">")));
  }

  void close() {
    Frame frame = frames.pop();
    switch (frame.kind()) {
      case DROPPED -> dropping--;
      case UNWRAPPED -> {}
      case WRITTEN -> end(frame.node());
    }
  }

  /** An image: shown when it is inline data of a safe type, else a box with its description. */
  void image(String src, String alt) {
    if (dropping > 0) {
      return;
    }
    String data = src == null ? null : HtmlPolicy.image(src);
    if (data != null) {
      inline();
      out.append("<img src=\"")
          .append(escape(data))
          .append("\" alt=\"")
          .append(escape(Sentinels.strip(alt)))
          .append("\">");
      return;
    }
    openOwn("span", "doc-image");
    text(alt);
    close();
  }

  /** Text of the document, with segment marks. */
  void text(String text) {
    if (dropping > 0 || text.isEmpty()) {
      return;
    }
    int plainFrom = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Sentinels.isMark(c)) {
        continue;
      }
      plain(text, plainFrom, i);
      int index = Sentinels.indexAfter(text, i);
      if (index >= 0) {
        mark(c == Sentinels.OPEN, index);
        i += 2;
      }
      plainFrom = i + 1;
    }
    plain(text, plainFrom, text.length());
  }

  /** The finished fragment; nothing may be written after. */
  String html() {
    endSegment();
    while (!open.isEmpty()) {
      out.append("</").append(open.pop().tag).append('>');
    }
    frames.clear();
    return out.append("</div>").toString();
  }

  /** Indexes of the segments of which some text was written. */
  BitSet shown() {
    return shown;
  }

  private void mark(boolean opening, int index) {
    if (opening) {
      endSegment();
      active = index < labels.size() ? index : -1;
    } else if (index == active) {
      endSegment();
    }
  }

  private void plain(String text, int from, int to) {
    if (from >= to) {
      return;
    }
    boolean visible = !isBlank(text, from, to);
    if (visible && active >= 0) {
      if (span == null) {
        openSpan();
      }
      shown.set(active);
    }
    appendEscaped(text, from, to);
  }

  /** Before inline content inside a sentence: its span, if it was closed. */
  private void inline() {
    if (active >= 0 && span == null) {
      openSpan();
    }
  }

  private Node start(String tag, String startTag) {
    if (HtmlPolicy.BLOCKS.contains(tag)) {
      if (span != null && open.peek() == span) {
        end(span);
      }
    } else {
      inline();
    }
    out.append(startTag);
    if (HtmlPolicy.VOID.contains(tag)) {
      return null;
    }
    Node node = new Node(tag, startTag);
    open.push(node);
    return node;
  }

  /** Closes a node and what is open inside it (only a segment's span can be). */
  private void end(Node node) {
    if (node == null) {
      return;
    }
    while (!open.isEmpty()) {
      Node top = open.pop();
      out.append("</").append(top.tag).append('>');
      if (top == span) {
        span = null;
      }
      if (top == node) {
        return;
      }
    }
  }

  private void openSpan() {
    Label label = labels.get(active);
    StringBuilder tag = new StringBuilder("<span class=\"seg");
    if (label.untranslated() && translated) {
      tag.append(" seg-untranslated");
    }
    tag.append("\" data-key=\"").append(escape(label.key())).append('"');
    if (label.untranslated() && translated) {
      tag.append(untranslatedAttributes);
    }
    tag.append('>');
    span = new Node("span", tag.toString());
    out.append(span.startTag);
    open.push(span);
  }

  /**
   * Ends the active segment: elements opened inside its span are closed with it and opened again
   * after it, without the span.
   */
  private void endSegment() {
    if (span != null) {
      List<Node> inside = new ArrayList<>();
      while (open.peek() != span) {
        Node n = open.pop();
        out.append("</").append(n.tag).append('>');
        inside.add(0, n);
      }
      open.pop();
      out.append("</span>");
      span = null;
      for (Node n : inside) {
        out.append(n.startTag);
        open.push(n);
      }
    }
    active = -1;
  }

  private String startTag(String tag, Map<String, String> given) {
    Map<String, String> attributes = HtmlPolicy.attributes(tag, given);
    if (translated && !tag.equals("bdo")) {
      String lang = attributes.get("lang");
      if (lang == null || ownLanguages.contains(Locale.forLanguageTag(lang).getLanguage())) {
        // they describe the source's language and direction (Okapi may have renamed the language
        // to the target's), which the translation does not have: the root says its own
        attributes.remove("lang");
        attributes.remove("dir");
      }
    }
    if (tag.equals("a") && attributes.containsKey("href")) {
      attributes = new LinkedHashMap<>(attributes);
      attributes.put("target", "_blank");
      attributes.put("rel", "noopener noreferrer nofollow");
    }
    StringBuilder s = new StringBuilder("<").append(tag);
    attributes.forEach(
        (name, value) ->
            s.append(' ').append(name).append("=\"").append(escape(value)).append('"'));
    return s.append('>').toString();
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void appendEscaped(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c >= ' ' || c == '\n' || c == '\t') {
            out.append(c);
          } else if (c == '\r') {
            out.append('\n');
          }
        }
      }
    }
  }

  static String escape(String value) {
    StringBuilder s = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> {
          if (c >= ' ' || c == '\t' || c == '\n') {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  private static String direction(Locale locale) {
    return Directions.isRightToLeft(locale) ? "rtl" : "ltr";
  }
}
