package org.chorus.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chorus.application.GlossaryViews.TermView;
import org.chorus.application.Views.SegmentView;
import org.chorus.application.Views.TokenView;
import org.chorus.translations.Placeholder;

/**
 * Splits a segment's source into text and tokens for the page: tags as small numbered marks,
 * protected content as a locked chip with its text. The page writes every part with Facelets, which
 * escapes it ({@code WEB-INF/includes/tokens.xhtml}); nothing here is markup.
 */
@Named("tokens")
@ApplicationScoped
public class TokenMarkup {

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
    int at = 0;
    for (Placeholder.Piece piece : Placeholder.pieces(text)) {
      if (piece.placeholder() == null) {
        text(parts, text, at, at + piece.text().length(), terms);
        at += piece.text().length();
      } else {
        parts.add(token(piece.placeholder(), tokens.get(piece.placeholder().text())));
        at += piece.placeholder().text().length();
      }
    }
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

  private static Part token(Placeholder p, TokenView token) {
    boolean locked = token != null && "PROTECTED".equals(token.kind());
    String label =
        locked
            ? token.display()
            : switch (p.kind()) {
              case CLOSING -> p.id() + "⟩";
              case STANDALONE, PROTECTED -> "⟨" + p.id() + "⟩";
              case OPENING -> "⟨" + p.id();
            };
    return new Part(
        null, p.text(), label, token == null ? p.text() : token.display(), locked, false);
  }
}
