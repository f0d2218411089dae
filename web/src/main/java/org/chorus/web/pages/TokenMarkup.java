package org.chorus.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chorus.application.Views.SegmentView;
import org.chorus.application.Views.TokenView;

/**
 * Shows a segment's source with its placeholders as tokens: tags as small numbered marks, protected
 * content as a locked chip with its text. Everything else is escaped here; the page prints the
 * result as is.
 */
@Named("tokens")
@ApplicationScoped
public class TokenMarkup {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(/?)(p?\\d+)(/?)\\}");

  public String html(SegmentView segment) {
    if (segment == null || segment.source() == null) {
      return "";
    }
    Map<String, TokenView> tokens =
        segment.tokens() == null
            ? Map.of()
            : segment.tokens().stream()
                .collect(
                    Collectors.toMap(TokenView::placeholder, Function.identity(), (a, b) -> a));
    String text = segment.source();
    StringBuilder out = new StringBuilder(text.length() * 2);
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(escape(text.substring(last, m.start())));
      out.append(chip(m, tokens.get(m.group())));
      last = m.end();
    }
    return out.append(escape(text.substring(last))).toString();
  }

  private static String chip(Matcher m, TokenView token) {
    String placeholder = m.group();
    boolean locked = token != null && "PROTECTED".equals(token.kind());
    String label;
    if (locked) {
      label = escape(token.display());
    } else if (!m.group(1).isEmpty()) {
      label = escape(m.group(2)) + "⟩";
    } else if (!m.group(3).isEmpty()) {
      label = "⟨" + escape(m.group(2)) + "⟩";
    } else {
      label = "⟨" + escape(m.group(2));
    }
    String title = token == null ? placeholder : token.display();
    return "<button type=\"button\" class=\"tok "
        + (locked ? "tok-locked" : "tok-tag")
        + "\" tabindex=\"-1\" data-p=\""
        + escape(placeholder)
        + "\" title=\""
        + escape(title)
        + "\">"
        + label
        + "</button>";
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
