package org.chorus.translations.preview;

import java.util.Map;

/** Plain text as paragraphs (separated by blank lines) whose lines are kept. */
final class TextView implements View {

  @Override
  public void write(byte[] merged, PreviewHtml out) {
    String[] lines = Texts.decode(merged).split("\r\n|\r|\n", -1);
    boolean inParagraph = false;
    for (String line : lines) {
      if (Sentinels.strip(line).isBlank()) {
        if (inParagraph) {
          out.close();
          inParagraph = false;
        }
        out.text(line); // a blank line shows nothing, but may carry a segment's marks
        continue;
      }
      if (inParagraph) {
        out.open("br", Map.of());
        out.close();
      } else {
        out.open("p", Map.of());
        inParagraph = true;
      }
      out.text(line);
    }
    if (inParagraph) {
      out.close();
    }
  }
}
