package org.chorus.translations.checks;

import java.util.Objects;

/**
 * A source segment and its translation, as the editor and the database hold them: with inline codes
 * and protected tokens as placeholders ({@code {1}}, {@code {/1}}, {@code {2/}}, {@code {p1/}}).
 *
 * @param key the segment's key, used to name the other segments of a repeated source
 * @param adapted whether the target is a section's own text in place of an adaptable sentence: the
 *     checks that compare with the source do not apply to it (see {@link Check#appliesToAdapted()})
 */
public record SegmentPair(String key, String source, String target, boolean adapted) {
  public SegmentPair {
    Objects.requireNonNull(source);
    target = target == null ? "" : target;
  }

  public SegmentPair(String key, String source, String target) {
    this(key, source, target, false);
  }
}
