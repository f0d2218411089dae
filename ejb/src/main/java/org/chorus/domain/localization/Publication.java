package org.chorus.domain.localization;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.chorus.domain.TenantOwned;
import org.chorus.domain.appeal.Revision;
import org.hibernate.annotations.Immutable;

/**
 * An immutable snapshot of a localization: the document rendered in the original format from
 * approved text only, the source revision it was made from, and a SHA-256 of its bytes.
 */
@Entity
@Immutable
public class Publication extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "localization_id")
  private Localization localization;

  @Column(nullable = false)
  private int number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "revision_id")
  private Revision revision;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "published_by", nullable = false)
  private String publishedBy;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  /** Positions (from 1) of the segments that carry the section's own text, comma-separated. */
  @Column(name = "adapted_positions")
  private String adaptedPositions;

  protected Publication() {}

  public Publication(
      Localization localization,
      int number,
      Revision revision,
      String fileName,
      String mediaType,
      byte[] content,
      String publishedBy,
      java.util.List<Integer> adapted) {
    this.adaptedPositions =
        adapted.isEmpty()
            ? null
            : adapted.stream()
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
    this.localization = localization;
    this.number = number;
    this.revision = revision;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content.clone();
    this.sha256 = Revision.sha256(content);
    this.sizeBytes = content.length;
    this.publishedBy = publishedBy;
    this.publishedAt = Instant.now();
  }

  public Localization getLocalization() {
    return localization;
  }

  public int getNumber() {
    return number;
  }

  public Revision getRevision() {
    return revision;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public java.util.List<Integer> getAdaptedPositions() {
    if (adaptedPositions == null || adaptedPositions.isBlank()) {
      return java.util.List.of();
    }
    return java.util.Arrays.stream(adaptedPositions.split(",")).map(Integer::valueOf).toList();
  }

  /** Only a coordinator or an admin of the localization's section publishes it. */
  public static void requirePublisher(Participant who, String sectionCode) {
    if (!who.publishes()) {
      throw new org.chorus.domain.ForbiddenException(
          org.chorus.domain.Refusal.of("publication.publishersOnly", sectionCode));
    }
  }

  /** Only approved text is published: a localization with anything else waits. */
  public static void requireAllApproved(int notApproved, int segments) {
    if (notApproved > 0) {
      throw new org.chorus.domain.StateConflictException(
          org.chorus.domain.Refusal.of("publication.notApproved", notApproved, segments));
    }
  }

  /**
   * Whether this publication still shows the localization: made from this revision, and no
   * translation changed after it. Publishing again would only repeat it: a publication is numbered
   * once for each different text, not for each click.
   *
   * @param lastChange when a translation of the localization last changed (null: never)
   */
  public boolean isCurrentFor(Revision of, Instant lastChange) {
    return revision.getId().equals(of.getId())
        && (lastChange == null || !lastChange.isAfter(publishedAt));
  }
}
