package org.chorus.translations.memory;

import java.util.List;
import org.chorus.translations.revision.WordDiff;

/**
 * A memory unit offered for a query.
 *
 * @param unit the unit as stored
 * @param score 0–100 after adaptation: 100 when the sources are the same, or differ only in
 *     protected content and numbers that were adapted
 * @param rawScore 0–100 before adaptation (see {@link MemoryIndex} for how it is computed)
 * @param adapted whether protected content or numbers of the query replaced those of the unit in
 *     {@link #target}
 * @param context how well the unit's context fits the query's
 * @param target the unit's translation with the query's placeholders (renumbered, adapted);
 *     placeholders of the unit that have no counterpart in the query are left out; the query's
 *     tokens say what the placeholders stand for
 * @param difference the unit's source against the query's, word by word: deleted pieces are in the
 *     unit only, inserted pieces in the query only; protected content shown as its text
 */
public record Match(
    MemoryUnit unit,
    int score,
    int rawScore,
    boolean adapted,
    ContextFit context,
    String target,
    List<WordDiff.Piece> difference) {

  public Match {
    difference = List.copyOf(difference);
  }
}
