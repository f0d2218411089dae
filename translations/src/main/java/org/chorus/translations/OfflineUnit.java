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
 */
public record OfflineUnit(
    String key,
    String source,
    String target,
    UnitState state,
    List<String> notes,
    List<Token> tokens) {
  public OfflineUnit {
    notes = notes == null ? List.of() : List.copyOf(notes);
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
  }
}
