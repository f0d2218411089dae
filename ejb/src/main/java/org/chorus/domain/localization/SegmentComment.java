package org.chorus.domain.localization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.domain.TenantOwned;
import org.hibernate.annotations.Immutable;

/** A remark on one segment of a localization, for its translators and reviewers. */
@Entity
@Immutable
@Table(name = "segment_comment")
public class SegmentComment extends TenantOwned {
  private static final int MAX = 4000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "localization_id")
  private Localization localization;

  @Column(name = "segment_key", nullable = false)
  private String segmentKey;

  @Column(nullable = false)
  private String author;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SegmentComment() {}

  public SegmentComment(Localization localization, String segmentKey, String author, String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException(Refusal.of("comment.empty"));
    }
    if (body.length() > MAX) {
      throw new InvalidInputException(Refusal.of("comment.tooLong", String.valueOf(MAX)));
    }
    this.localization = localization;
    this.segmentKey = segmentKey;
    this.author = author;
    this.body = body.strip();
    this.createdAt = Instant.now();
  }

  public String getSegmentKey() {
    return segmentKey;
  }

  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
