package org.chorus.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.chorus.application.Views.DiffView;

/** What the translation memory services hand to pages and the REST API. */
public final class MemoryViews {
  private MemoryViews() {}

  /**
   * A memory match for a segment.
   *
   * @param unitId the unit, to name when the match is used (the server scores it again)
   * @param score 0–100 after adaptation: 100 for the same sentence, or one that differs only in
   *     protected content (names, e-mail addresses...) and numbers, which were adapted
   * @param rawScore 0–100 before adaptation
   * @param adapted the segment's own protected content and numbers replaced the unit's in {@code
   *     target}
   * @param inContext an exact match that stood in the same place: the same sentence of the same
   *     appeal, or between the same sentences
   * @param context NONE, ONE_NEIGHBOUR or IN_CONTEXT
   * @param target the unit's translation with the segment's placeholders (and adapted content)
   * @param difference the unit's source against the segment's, word by word: DELETED pieces are the
   *     unit's only, INSERTED the segment's only
   * @param appealReference the appeal the unit was approved in (or that its TMX file names)
   * @param sectionCode the section it came from; null for the organisation's own imports
   * @param importedFrom the TMX file it came from, or null
   * @param translator who translated or approved it, as the unit records
   * @param approvedAt when it was approved (or created, for imported units)
   */
  public record MatchView(
      long unitId,
      int score,
      int rawScore,
      boolean adapted,
      boolean inContext,
      String context,
      String target,
      List<DiffView> difference,
      String sourceLocale,
      String targetLocale,
      String appealReference,
      String sectionCode,
      String importedFrom,
      String translator,
      Instant approvedAt)
      implements Serializable {}

  /**
   * The matches for a segment, and what finding them cost on this server.
   *
   * @param catchUpMicros reading what other servers committed since the last search
   * @param searchMicros the search itself
   */
  public record Matches(List<MatchView> matches, long catchUpMicros, long searchMicros)
      implements Serializable {}

  /** A stretch of a text, from start (inclusive) to end (exclusive), in UTF-16 chars. */
  public record SpanView(int start, int end) implements Serializable {}

  /** A unit that holds the phrase looked for, with where. */
  public record ConcordanceHit(
      long unitId,
      String source,
      String target,
      String sourceLocale,
      String targetLocale,
      List<SpanView> inSource,
      List<SpanView> inTarget,
      String appealReference,
      String sectionCode,
      String importedFrom,
      String translator,
      Instant approvedAt)
      implements Serializable {}

  /** How many units the caller's memory holds for a language pair. */
  public record PairView(String sourceLocale, String targetLocale, long units)
      implements Serializable {}

  /**
   * A TMX import and how far it has come.
   *
   * @param state RUNNING, DONE, REFUSED (the file is broken: see line and reason; nothing was
   *     imported) or FAILED (nothing was imported)
   * @param units units read so far, or stored when done
   * @param percent how much of the file has been read
   * @param section the section the units were imported for; null for the whole organisation
   */
  public record ImportView(
      long id,
      String fileName,
      String state,
      long units,
      long bytesRead,
      long totalBytes,
      int percent,
      Integer line,
      String reason,
      String section,
      String startedBy,
      Instant startedAt,
      Instant finishedAt)
      implements Serializable {
    public boolean running() {
      return "RUNNING".equals(state);
    }
  }

  /**
   * One match band: IN_CONTEXT, REPETITION, EXACT (100%), HIGH (95–99%), MEDIUM (85–94%), LOW
   * (75–84%) or NO_MATCH.
   *
   * @param filled segments of the band that pre-translation filled in
   */
  public record BandView(String band, int segments, int words, int filled)
      implements Serializable {}

  /**
   * The match bands of a localization when it was last pre-translated (at its appeal's creation or
   * a new source revision), best band first.
   *
   * @param stored false when the localization was never pre-translated and this was computed now
   */
  public record AnalysisView(
      long localizationId,
      String targetLocale,
      String sectionCode,
      int revision,
      Instant analysedAt,
      long tookMillis,
      boolean stored,
      List<BandView> bands)
      implements Serializable {

    public int segments() {
      return bands.stream().mapToInt(BandView::segments).sum();
    }

    public int words() {
      return bands.stream().mapToInt(BandView::words).sum();
    }

    public int filled() {
      return bands.stream().mapToInt(BandView::filled).sum();
    }

    /** One band by name, for pages. */
    public BandView band(String name) {
      return bands.stream().filter(b -> b.band().equals(name)).findFirst().orElseThrow();
    }
  }
}
