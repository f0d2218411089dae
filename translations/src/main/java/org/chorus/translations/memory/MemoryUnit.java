package org.chorus.translations.memory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.chorus.translations.Token;

/**
 * A sentence and its approved translation, as the memory keeps it.
 *
 * @param id the server's id, increasing with each unit stored; 0 for a unit read from a file and
 *     not stored yet
 * @param source source text in Chorus's placeholder grammar (see {@link
 *     org.chorus.translations.InlineCodes})
 * @param target translation, with placeholders of the same numbering as the source
 * @param tokens what each placeholder of source and target stands for; for markup, {@code display}
 *     is the native code (a TMX import keeps it there, so an export writes it back)
 * @param context where the sentence stood, for in-context matches
 * @param scope 0 when the whole organisation may use the unit, else the id of the section that
 *     keeps it private
 * @param createdBy who translated or approved it, as the server names them
 * @param properties opaque values the server or a TMX file attaches (ids, TMX attributes and {@code
 *     prop}s: see {@link TmxReader})
 * @param notes TMX {@code note}s
 */
public record MemoryUnit(
    long id,
    Locale sourceLocale,
    Locale targetLocale,
    String source,
    String target,
    List<Token> tokens,
    MemoryContext context,
    long scope,
    String createdBy,
    Instant createdAt,
    Map<String, String> properties,
    List<String> notes) {

  public MemoryUnit {
    Objects.requireNonNull(sourceLocale);
    Objects.requireNonNull(targetLocale);
    Objects.requireNonNull(source);
    Objects.requireNonNull(target);
    tokens = List.copyOf(tokens);
    context = context == null ? MemoryContext.NONE : context;
    createdBy = createdBy == null ? "" : createdBy;
    properties = Map.copyOf(properties);
    notes = List.copyOf(notes);
  }

  /** A unit with no context, author, date or properties. */
  public static MemoryUnit of(
      long id,
      Locale sourceLocale,
      Locale targetLocale,
      String source,
      String target,
      List<Token> tokens) {
    return new MemoryUnit(
        id,
        sourceLocale,
        targetLocale,
        source,
        target,
        tokens,
        MemoryContext.NONE,
        0,
        "",
        null,
        Map.of(),
        List.of());
  }

  /** The same unit under the id the server stored it with. */
  public MemoryUnit withId(long newId) {
    return new MemoryUnit(
        newId,
        sourceLocale,
        targetLocale,
        source,
        target,
        tokens,
        context,
        scope,
        createdBy,
        createdAt,
        properties,
        notes);
  }
}
