package org.chorus.translations;

import java.util.List;

/** What the engine read from a source document: its format and its segments, in order. */
public record ExtractedDocument(DocumentFormat format, List<SourceSegment> segments) {
  public ExtractedDocument {
    segments = List.copyOf(segments);
  }

  public int words() {
    return segments.stream().mapToInt(SourceSegment::words).sum();
  }

  /** Characters a translator reads, placeholders left out. */
  public int characters() {
    return segments.stream().mapToInt(SourceSegment::characters).sum();
  }
}
