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
import org.chorus.application.GlossaryViews.TermView;
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
   * @param term the text is (part of) a glossary term; {@code title} says what to write for it
   */
  public record Part(
      String text, String placeholder, String label, String title, boolean locked, boolean term) {}

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
    List<TermView> terms = segment.terms() == null ? List.of() : segment.terms();
    List<Part> parts = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      text(parts, text, last, m.start(), terms);
      parts.add(token(m, tokens.get(m.group())));
      last = m.end();
    }
    text(parts, text, last, text.length(), terms);
    return parts;
  }

  /** The plain text between two placeholders, cut where glossary terms begin and end. */
  private static void text(List<Part> parts, String text, int from, int to, List<TermView> terms) {
    int at = from;
    for (TermView t : terms) {
      int start = Math.max(t.start(), at);
      int end = Math.min(t.end(), to);
      if (start >= end) {
        continue;
      }
      if (start > at) {
        parts.add(new Part(text.substring(at, start), null, null, null, false, false));
      }
      parts.add(new Part(text.substring(start, end), null, null, targets(t), false, true));
      at = end;
    }
    if (at < to) {
      parts.add(new Part(text.substring(at, to), null, null, null, false, false));
    }
  }

  /** What to write for a term, as its tooltip: the preferred first, forbidden ones marked. */
  private static String targets(TermView t) {
    return t.sourceTerm()
        + " → "
        + String.join(
            ", ",
            t.targets().stream()
                .map(x -> x.status().equals("FORBIDDEN") ? "✗ " + x.text() : x.text())
                .toList());
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
        null, placeholder, label, token == null ? placeholder : token.display(), locked, false);
  }
}
