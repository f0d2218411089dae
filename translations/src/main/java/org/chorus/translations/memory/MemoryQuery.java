package org.chorus.translations.memory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.chorus.translations.Token;

/**
 * A sentence to find matches for.
 *
 * @param source source text with placeholders
 * @param tokens what its placeholders stand for
 * @param sourceLocale the sentence's language; units match by language (en-GB matches en-US)
 * @param targetLocale the language wanted; units match by language, those of the exact locale first
 *     among equal scores
 * @param context where the sentence stands
 * @param scopes the private memories the asker may use besides the organisation's shared one (0)
 */
public record MemoryQuery(
    String source,
    List<Token> tokens,
    Locale sourceLocale,
    Locale targetLocale,
    MemoryContext context,
    Set<Long> scopes) {

  public MemoryQuery {
    Objects.requireNonNull(source);
    Objects.requireNonNull(sourceLocale);
    Objects.requireNonNull(targetLocale);
    tokens = List.copyOf(tokens);
    context = context == null ? MemoryContext.NONE : context;
    scopes = Set.copyOf(scopes);
  }

  /** A query in the shared memory, without context. */
  public static MemoryQuery of(
      String source, List<Token> tokens, Locale sourceLocale, Locale targetLocale) {
    return new MemoryQuery(
        source, tokens, sourceLocale, targetLocale, MemoryContext.NONE, Set.of());
  }
}
