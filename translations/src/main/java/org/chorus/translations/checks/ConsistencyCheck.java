package org.chorus.translations.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same source translated differently in one localization: every segment of such a group gets an
 * issue naming how many other translations there are, one of them and the segment that has it.
 * Adapted segments and untranslated ones are left out.
 */
final class ConsistencyCheck {

  private ConsistencyCheck() {}

  static void check(List<SegmentPair> pairs, Map<String, Issues> bySegment) {
    Map<String, List<SegmentPair>> bySource = new LinkedHashMap<>();
    for (SegmentPair pair : pairs) {
      if (!pair.adapted() && !pair.target().isBlank()) {
        bySource.computeIfAbsent(pair.source().strip(), k -> new ArrayList<>()).add(pair);
      }
    }
    for (List<SegmentPair> group : bySource.values()) {
      Set<String> translations = new LinkedHashSet<>();
      group.forEach(g -> translations.add(g.target().strip()));
      if (translations.size() < 2) {
        continue;
      }
      for (SegmentPair pair : group) {
        SegmentPair other =
            group.stream()
                .filter(g -> !g.target().strip().equals(pair.target().strip()))
                .findFirst()
                .orElseThrow();
        bySegment
            .get(pair.key())
            .add(
                Check.CONSISTENCY,
                "inconsistent",
                null,
                null,
                String.valueOf(translations.size() - 1),
                other.target(),
                String.valueOf(other.key()));
      }
    }
  }
}
