package org.chorus.translations.preview;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Nested HTML lists from paragraphs that only say their list level, as word processors store them:
 * a deeper item opens a list inside the item before it, a shallower one closes lists, a change of
 * numbered to bulleted at one level starts a new list.
 */
final class HtmlLists {

  /** A list open in the output, and whether its last item is still open. */
  private static final class Level {
    final String tag;
    boolean itemOpen;

    Level(String tag) {
      this.tag = tag;
    }
  }

  private final PreviewHtml out;
  private final Deque<Level> open = new ArrayDeque<>();

  HtmlLists(PreviewHtml out) {
    this.out = out;
  }

  /**
   * Opens an item; it stays open for a list nested under it until the next item or {@link
   * #closeAll()}.
   *
   * @param tag "ol" or "ul"
   * @param level 0 for the outermost list
   */
  void item(String tag, int level, Map<String, String> attributes) {
    while (open.size() > level + 1) {
      closeList();
    }
    if (open.size() == level + 1) {
      Level top = open.peek();
      if (!top.tag.equals(tag)) {
        closeList();
      } else if (top.itemOpen) {
        out.close();
        top.itemOpen = false;
      }
    }
    while (open.size() < level + 1) {
      out.open(tag, Map.of());
      open.push(new Level(tag));
    }
    out.open("li", attributes);
    open.peek().itemOpen = true;
  }

  void closeAll() {
    while (!open.isEmpty()) {
      closeList();
    }
  }

  private void closeList() {
    Level top = open.pop();
    if (top.itemOpen) {
      out.close();
    }
    out.close();
  }
}
