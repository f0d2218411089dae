package org.chorus.translations.preview;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.escaped.character.EscapedCharacterExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Markdown rendered by flexmark with the extensions and options Okapi's Markdown filter parses with
 * (so the blocks the translator sees are the blocks the filter found), then read as HTML through
 * {@link HtmlView}: raw HTML in the Markdown meets the same allow-list as an HTML document.
 */
final class MarkdownView implements View {

  private static final DataHolder OPTIONS =
      new MutableDataSet()
          .set(
              Parser.EXTENSIONS,
              List.of(
                  StrikethroughSubscriptExtension.create(),
                  TablesExtension.create(),
                  YamlFrontMatterExtension.create(),
                  EscapedCharacterExtension.create(),
                  AdmonitionExtension.create()))
          .set(Parser.HEADING_NO_ATX_SPACE, true)
          .toImmutable();

  // both are immutable once built and safe to share between threads
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

  private static final String INDEX = "[\\x{F0000}-\\x{FFFFD}]";
  private static final Pattern OPEN_BEFORE_DELIMITERS =
      Pattern.compile("(" + Sentinels.OPEN + INDEX + ")([*_~]+)");
  private static final Pattern CLOSE_AFTER_DELIMITERS =
      Pattern.compile("([*_~]+)(" + Sentinels.CLOSE + INDEX + ")");

  @Override
  public void write(byte[] merged, PreviewHtml out) {
    String markdown = delimitersOutsideMarks(Texts.decode(merged));
    String html = RENDERER.render(PARSER.parse(markdown));
    HtmlView.walk(Jsoup.parseBodyFragment(html).body(), out);
  }

  /**
   * Whether a run of * or _ opens or closes emphasis depends on the characters on either side of
   * it; a mark there would hide them. So a mark that opens a sentence goes after the run and one
   * that closes it before, and the run sees its own neighbours again.
   */
  static String delimitersOutsideMarks(String markdown) {
    String s = OPEN_BEFORE_DELIMITERS.matcher(markdown).replaceAll("$2$1");
    return CLOSE_AFTER_DELIMITERS.matcher(s).replaceAll("$2$1");
  }
}
