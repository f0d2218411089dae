package org.chorus.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chorus.application.Views.SegmentView;
import org.chorus.application.Views.TokenView;

/**
 * Splits a segment's source into text and tokens for the page: tags as small numbered marks,
 * protected content as a locked chip with its text. The page writes every part with Facelets, which
 * escapes it ({@code WEB-INF/includes/tokens.xhtml}); nothing here is markup.
 */
@Named("tokens")
@ApplicationScoped
public class TokenMarkup {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(/?)(p?\\d+)(/?)\\}");

  /**
   * One piece of a source: plain text (placeholder null), or a token.
   *
   * @param text the plain text
   * @param placeholder the placeholder as written in the text, e.g. {@code {p1/}}
   * @param label what the token shows
   * @param title what it stands for, as a tooltip
   * @param locked protected content rather than a tag
   */
  public record Part(String text, String placeholder, String label, String title, boolean locked) {}

  public List<Part> parts(SegmentView segment) {
    if (segment == null || segment.source() == null) {
      return List.of();
    }
    Map<String, TokenView> tokens =
        segment.tokens() == null
            ? Map.of()
            : segment.tokens().stream()
                .collect(
                    Collectors.toMap(TokenView::placeholder, Function.identity(), (a, b) -> a));
    String text = segment.source();
    List<Part> parts = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        parts.add(new Part(text.substring(last, m.start()), null, null, null, false));
      }
      parts.add(token(m, tokens.get(m.group())));
      last = m.end();
    }
    if (last < text.length()) {
      parts.add(new Part(text.substring(last), null, null, null, false));
    }
    return parts;
  }

  private static Part token(Matcher m, TokenView token) {
    String placeholder = m.group();
    boolean locked = token != null && "PROTECTED".equals(token.kind());
    String label;
    if (locked) {
      label = token.display();
    } else if (!m.group(1).isEmpty()) {
      label = m.group(2) + "⟩";
    } else if (!m.group(3).isEmpty()) {
      label = "⟨" + m.group(2) + "⟩";
    } else {
      label = "⟨" + m.group(2);
    }
    return new Part(
        null, placeholder, label, token == null ? placeholder : token.display(), locked);
  }
}
