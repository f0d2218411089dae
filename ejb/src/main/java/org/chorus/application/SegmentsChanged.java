package org.chorus.application;

import java.io.Serializable;
import java.util.List;

/**
 * Segments of a localization changed: fired by the service that changed them, whatever the path
 * (editor, API, offline file, propagation to twins, bulk approval, a new source revision), and told
 * to the open editors once the transaction has committed.
 *
 * @param segments each changed segment with its new version; empty when too many changed to name
 *     (an import, a new revision): then the editors read the whole localization again
 * @param by who changed them
 * @param startedNanos when the change began on the server that made it ({@link System#nanoTime}),
 *     for its latency; 0 once it has crossed to another server
 */
public record SegmentsChanged(
    String tenant, long localizationId, List<Changed> segments, String by, long startedNanos)
    implements LiveNews {

  /** One changed segment and its version after the change. */
  public record Changed(String key, long version) implements Serializable {}

  public SegmentsChanged {
    segments = List.copyOf(segments);
  }

  /** Too many segments changed to name them. */
  static SegmentsChanged all(String tenant, long localizationId, String by) {
    return new SegmentsChanged(tenant, localizationId, List.of(), by, 0);
  }

  /** The same news as another server receives it. */
  SegmentsChanged elsewhere() {
    return new SegmentsChanged(tenant, localizationId, segments, by, 0);
  }
}
