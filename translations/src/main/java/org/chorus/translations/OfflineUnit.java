package org.chorus.translations;

import java.util.List;

/**
 * One segment of a localization in an offline (XLIFF) file.
 *
 * @param key the segment's key, the unit's id in the file
 * @param source source text with placeholders
 * @param target translation with placeholders, or null
 * @param state review state
 * @param notes context and review notes for the translator
 * @param tokens what the placeholders stand for
 * @param basedOn the version of the translation the unit was exported at, so that an import can
 *     tell whether someone changed the segment since (null: the file does not say)
 */
public record OfflineUnit(
    String key,
    String source,
    String target,
    UnitState state,
    List<String> notes,
    List<Token> tokens,
    Long basedOn) {
  public OfflineUnit {
    notes = notes == null ? List.of() : List.copyOf(notes);
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
  }

  /** A unit whose export version is not known. */
  public OfflineUnit(
      String key,
      String source,
      String target,
      UnitState state,
      List<String> notes,
      List<Token> tokens) {
    this(key, source, target, state, notes, tokens, null);
  }
}
