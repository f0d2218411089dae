package org.chorus.domain.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.chorus.domain.TenantOwned;

/**
 * One source sentence of a revision. Its key is stable across revisions (see the document engine's
 * key rule); translations refer to the key, not to this row.
 */
@Entity
public class Segment extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "revision_id")
  private Revision revision;

  @Column(nullable = false)
  private int position;

  @Column(name = "segment_key", nullable = false)
  private String key;

  @Column(name = "source_text", nullable = false)
  private String sourceText;

  @Column(nullable = false)
  private String context;

  @Column(nullable = false)
  private int words;

  /** What each placeholder stands for, as JSON (see {@code SegmentTokens}). */
  private String tokens;

  /** The key of the sentence this one revises in the previous revision, if it was edited. */
  @Column(name = "previous_key")
  private String previousKey;

  /** Sections may replace this sentence with their own text (an embassy, a local address). */
  @Column(nullable = false)
  private boolean adaptable;

  protected Segment() {}

  public Segment(
      Revision revision,
      int position,
      String key,
      String sourceText,
      String context,
      int words,
      String tokens) {
    this.tokens = tokens;
    this.revision = revision;
    this.position = position;
    this.key = key;
    this.sourceText = sourceText;
    this.context = context;
    this.words = words;
  }

  public Revision getRevision() {
    return revision;
  }

  public int getPosition() {
    return position;
  }

  public String getKey() {
    return key;
  }

  public String getSourceText() {
    return sourceText;
  }

  public String getContext() {
    return context;
  }

  public String getTokens() {
    return tokens;
  }

  public int getWords() {
    return words;
  }

  public String getPreviousKey() {
    return previousKey;
  }

  /** Records that this sentence is an edit of the previous revision's sentence with that key. */
  public void continues(String key) {
    this.previousKey = key;
  }

  public boolean isAdaptable() {
    return adaptable;
  }

  public void markAdaptable(boolean adaptable) {
    this.adaptable = adaptable;
  }
}
