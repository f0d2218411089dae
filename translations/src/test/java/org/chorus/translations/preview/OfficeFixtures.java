package org.chorus.translations.preview;

import static org.chorus.translations.preview.PreviewFixtures.relationships;
import static org.chorus.translations.preview.PreviewFixtures.wordPart;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A follow-up to UA 61.27 as DOCX and ODT, written here part by part for what the LibreOffice
 * exports of the fixture do not hold: a page header, a footnote, a text box, a described picture,
 * lists nested two deep and numbered by their numbering or list style, a table cell over two
 * columns, a right-to-left paragraph, a centred one, tabs, ruby.
 */
final class OfficeFixtures {

  private OfficeFixtures() {}

  static byte[] followUpDocx() {
    return followUpDocx("https://example.org/ua-61-27/report", "");
  }

  /**
   * @param reportLink the target of the report link
   * @param extraBody more paragraphs at the end of the body
   */
  static byte[] followUpDocx(String reportLink, String extraBody) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "word/document.xml",
        wordPart(
            "document",
            "<w:body>"
                + body()
                + extraBody
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId6\"/></w:sectPr>"
                + "</w:body>"));
    parts.put(
        "word/_rels/document.xml.rels",
        relationships(
            rel("rId1", "styles", "styles.xml", false),
            rel("rId2", "hyperlink", reportLink.replace("&", "&amp;"), true),
            rel("rId3", "image", "https://tracker.example/photo.png", true),
            rel("rId4", "numbering", "numbering.xml", false),
            rel("rId5", "footnotes", "footnotes.xml", false),
            rel("rId6", "header", "header1.xml", false)));
    parts.put("word/styles.xml", wordPart("styles", styles()));
    parts.put("word/numbering.xml", wordPart("numbering", numbering()));
    parts.put(
        "word/header1.xml",
        wordPart("hdr", paragraph("Lumen Rights International: Urgent Action")));
    parts.put(
        "word/footnotes.xml",
        wordPart(
            "footnotes",
            "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
                + "</w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>"
                + run(" His lawyer confirmed the transfer.")
                + "</w:p></w:footnote>"));
    return PreviewFixtures.docx(parts);
  }

  private static String body() {
    return "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>"
        + run("Urgent Action 61.27: the second week")
        + "</w:p>"
        + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>"
        + run("WHAT HAPPENED")
        + "</w:p>"
        + "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>"
        + run("The transfer")
        + "</w:p>"
        + "<w:p>"
        + run("The union says that ")
        + "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>Tomás Arce</w:t></w:r>"
        + run(" is held at the naval base. He was moved on 21 March.")
        + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
        + "<w:footnoteReference w:id=\"1\"/></w:r>"
        + "</w:p>"
        + item(1, 0, "Write to the minister.")
        + item(1, 1, "Ask for his release.")
        + item(1, 1, "Ask that his lawyer may visit him.")
        + item(1, 0, "Tell us what you did.")
        + item(2, 0, "Share this appeal.")
        + "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
        + paragraph("Officials")
        + "</w:tc></w:tr><w:tr><w:tc>"
        + paragraph("Minister Elena Vidal")
        + "</w:tc><w:tc><w:p>"
        + run("Ministry of the Interior")
        + "<w:r><w:br/></w:r>"
        + run("Plaza Mayor 3")
        + "</w:p></w:tc></w:tr></w:tbl>"
        + "<w:p><w:hyperlink r:id=\"rId2\">"
        + run("Read the report")
        + "</w:hyperlink>"
        + run(" for the whole story.")
        + "</w:p>"
        + "<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Write today.</w:t></w:r>"
        + "<w:r><w:tab/></w:r>"
        + "<w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\">Call </w:t></w:r>"
        + "<w:r><w:rPr><w:strike/></w:rPr><w:t>tomorrow</w:t></w:r>"
        + run(" now.")
        + "</w:p>"
        + "<w:p><w:r><w:drawing><wp:anchor><wp:docPr id=\"2\" name=\"Box\"/><a:graphic><a:graphicData>"
        + "<wps:wsp><wps:txbx><w:txbxContent>"
        + paragraph("Act before 30 May 2027.")
        + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        + "</w:drawing></w:r></w:p>"
        + "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"3\" name=\"Photo\""
        + " descr=\"Tomás Arce at a union meeting\"/><a:graphic><a:graphicData><pic:pic>"
        + "<pic:blipFill><a:blip r:link=\"rId3\"/></pic:blipFill></pic:pic></a:graphicData>"
        + "</a:graphic></wp:inline></w:drawing></w:r></w:p>"
        + "<w:p><w:pPr><w:bidi/></w:pPr>"
        + run("أطلقوا سراحه الآن.")
        + "</w:p>"
        + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        + run("Time is short.")
        + "</w:p>";
  }

  private static String styles() {
    return "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
        + "<w:basedOn w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
        + "<w:basedOn w:val=\"Normal\"/><w:rPr><w:b/></w:rPr></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/>"
        + "<w:rPr><w:b/></w:rPr></w:style>";
  }

  private static String numbering() {
    return "<w:abstractNum w:abstractNumId=\"10\">"
        + "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"20\">"
        + "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
        + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"20\"/></w:num>";
  }

  private static String item(int numId, int level, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\""
        + level
        + "\"/><w:numId w:val=\""
        + numId
        + "\"/></w:numPr></w:pPr>"
        + run(text)
        + "</w:p>";
  }

  static String paragraph(String text) {
    return "<w:p>" + run(text) + "</w:p>";
  }

  static String run(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  private static String rel(String id, String type, String target, boolean external) {
    return "<Relationship Id=\""
        + id
        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + type
        + "\" Target=\""
        + target
        + "\""
        + (external ? " TargetMode=\"External\"" : "")
        + "/>";
  }

  static byte[] followUpOdt() {
    return followUpOdt("https://example.org/ua-61-27/report", "https://tracker.example/photo.png");
  }

  static byte[] followUpOdt(String reportLink, String pictureLink) {
    String styles =
        "<office:styles>"
            + "<style:style style:name=\"Strong_20_Emphasis\" style:family=\"text\">"
            + "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
            + "</office:styles>"
            + "<office:master-styles><style:master-page style:name=\"Standard\">"
            + "<style:header><text:p>Lumen Rights International: Urgent Action</text:p>"
            + "</style:header></style:master-page></office:master-styles>";
    String content =
        "<office:automatic-styles>"
            + "<style:style style:name=\"P1\" style:family=\"paragraph\">"
            + "<style:paragraph-properties fo:text-align=\"center\"/></style:style>"
            + "<style:style style:name=\"P2\" style:family=\"paragraph\">"
            + "<style:paragraph-properties style:writing-mode=\"rl-tb\"/></style:style>"
            + "<style:style style:name=\"T1\" style:family=\"text\">"
            + "<style:text-properties fo:font-style=\"italic\"/></style:style>"
            + "<style:style style:name=\"T2\" style:family=\"text\">"
            + "<style:text-properties style:text-position=\"super 58%\"/></style:style>"
            + "<text:list-style style:name=\"L1\">"
            + "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\"/>"
            + "<text:list-level-style-bullet text:level=\"2\" text:bullet-char=\"•\"/>"
            + "</text:list-style>"
            + "</office:automatic-styles>"
            + "<office:body><office:text>"
            + "<text:h text:outline-level=\"1\">WHAT HAPPENED</text:h>"
            + "<text:h text:outline-level=\"2\">The transfer</text:h>"
            + "<text:p>The union says that <text:span text:style-name=\"Strong_20_Emphasis\">"
            + "Tomás Arce</text:span> is held at the naval base.<text:note text:id=\"n1\""
            + " text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
            + "<text:note-body><text:p>His lawyer confirmed the transfer.</text:p>"
            + "</text:note-body></text:note> He was moved on 21 March.</text:p>"
            + "<text:list text:style-name=\"L1\">"
            + "<text:list-item><text:p>Write to the minister.</text:p>"
            + "<text:list><text:list-item><text:p>Ask for his release.</text:p></text:list-item>"
            + "<text:list-item><text:p>Ask that his lawyer may visit him.</text:p>"
            + "</text:list-item></text:list></text:list-item>"
            + "<text:list-item><text:p>Tell us what you did.</text:p></text:list-item>"
            + "</text:list>"
            + "<table:table><table:table-column table:number-columns-repeated=\"2\"/>"
            + "<table:table-row><table:table-cell table:number-columns-spanned=\"2\">"
            + "<text:p>Officials</text:p></table:table-cell><table:covered-table-cell/>"
            + "</table:table-row><table:table-row><table:table-cell>"
            + "<text:p>Minister Elena Vidal</text:p></table:table-cell><table:table-cell>"
            + "<text:p>Ministry of the Interior<text:line-break/>Plaza Mayor 3</text:p>"
            + "</table:table-cell></table:table-row></table:table>"
            + "<text:p><text:a xlink:type=\"simple\" xlink:href=\""
            + reportLink.replace("&", "&amp;").replace("\"", "&quot;")
            + "\">Read the report</text:a> for the whole story.</text:p>"
            + "<text:p><text:span text:style-name=\"T1\">Write today.</text:span><text:tab/>"
            + "Call<text:s text:c=\"3\"/>now.<text:span text:style-name=\"T2\">2</text:span></text:p>"
            + "<text:p><draw:frame draw:name=\"Box\"><draw:text-box>"
            + "<text:p>Act before 30 May 2027.</text:p></draw:text-box></draw:frame></text:p>"
            + "<text:p><draw:frame draw:name=\"Photo\"><draw:image xlink:href=\""
            + pictureLink.replace("&", "&amp;").replace("\"", "&quot;")
            + "\"/><svg:title>Tomás Arce at a union meeting</svg:title></draw:frame></text:p>"
            + "<text:p text:style-name=\"P2\">أطلقوا سراحه الآن.</text:p>"
            + "<text:p>He was held in <text:ruby><text:ruby-base>東京</text:ruby-base>"
            + "<text:ruby-text>とうきょう</text:ruby-text></text:ruby> before.</text:p>"
            + "<text:p text:style-name=\"P1\">Time is short.</text:p>"
            + "</office:text></office:body>";
    return PreviewFixtures.odt(
        content, styles, "<dc:title>Urgent Action 61.27: the second week</dc:title>");
  }
}
