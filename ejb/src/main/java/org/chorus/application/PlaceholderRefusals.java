package org.chorus.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chorus.application.Views.TokenView;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.translations.PlaceholderMismatchException;

/**
 * A translation that does not keep its source's codes, refused in the translator's language and
 * naming each code as the translator sees it: the placeholder and what it stands for (the name, the
 * number, the tag), e.g. {@code {p1/} «Aigerim Bekova»}.
 */
final class PlaceholderRefusals {
  private PlaceholderRefusals() {}

  /**
   * @param tokens what the segment's placeholders stand for
   */
  static InvalidInputException refusal(PlaceholderMismatchException e, List<TokenView> tokens) {
    if (e.reason() == null) {
      return new InvalidInputException(Refusal.of("placeholders.mismatch", e.getMessage()), e);
    }
    Map<String, String> shown =
        tokens.stream()
            .collect(Collectors.toMap(TokenView::placeholder, TokenView::display, (a, b) -> a));
    Object[] named =
        e.placeholders().stream().map(p -> label(p, shown::get)).toArray(Object[]::new);
    return new InvalidInputException(
        Refusal.of("placeholders." + e.reason().name().toLowerCase(Locale.ROOT), named), e);
  }

  /**
   * The placeholder with what it stands for, each isolated from the text around it (U+2068 …
   * U+2069), so that in a right-to-left message {@code {p1/}} reads {@code {p1/}}, not {@code
   * {/p1}}.
   */
  static String label(String placeholder, Function<String, String> display) {
    String d = display.apply(placeholder);
    String code = ISOLATE + placeholder + END_ISOLATE;
    return d == null || d.isBlank() || d.equals(placeholder)
        ? code
        : code + " «" + ISOLATE + d + END_ISOLATE + "»";
  }

  private static final String ISOLATE = "\u2068";
  private static final String END_ISOLATE = "\u2069";
}
