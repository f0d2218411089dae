package org.chorus.domain.memory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.chorus.domain.TenantOwned;
import org.chorus.domain.localization.Localization;
import org.hibernate.annotations.Immutable;

/**
 * One match band of a localization's last pre-translation: how many segments and words fell in it,
 * and how many of them the memory filled in. Kept as it was found, because organisations plan and
 * pay by what the memory offered before the work began.
 */
@Entity
@Immutable
@Table(name = "memory_analysis")
public class MemoryAnalysis extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "localization_id")
  private Localization localization;

  @Column(name = "revision_number", nullable = false)
  private int revisionNumber;

  @Column(name = "analysed_at", nullable = false)
  private Instant analysedAt;

  @Column(name = "took_millis", nullable = false)
  private long tookMillis;

  @Column(nullable = false)
  private String band;

  @Column(nullable = false)
  private int segments;

  @Column(nullable = false)
  private int words;

  @Column(nullable = false)
  private int filled;

  protected MemoryAnalysis() {}

  public MemoryAnalysis(
      Localization localization,
      int revisionNumber,
      Instant analysedAt,
      long tookMillis,
      String band,
      int segments,
      int words,
      int filled) {
    this.localization = localization;
    this.revisionNumber = revisionNumber;
    this.analysedAt = analysedAt;
    this.tookMillis = tookMillis;
    this.band = band;
    this.segments = segments;
    this.words = words;
    this.filled = filled;
  }

  public int getRevisionNumber() {
    return revisionNumber;
  }

  public Instant getAnalysedAt() {
    return analysedAt;
  }

  public long getTookMillis() {
    return tookMillis;
  }

  public String getBand() {
    return band;
  }

  public int getSegments() {
    return segments;
  }

  public int getWords() {
    return words;
  }

  public int getFilled() {
    return filled;
  }
}
