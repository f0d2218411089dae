package org.chorus.domain.memory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.chorus.domain.TenantOwned;
import org.chorus.domain.localization.Translation;

/**
 * One unit of the translation memory as stored: a source sentence and its approved translation,
 * with where it stood and who approved it. A unit never changes; when the same sentence's
 * translation is approved again with another text, the new unit supersedes the old one, which stays
 * in the table but is no longer offered.
 *
 * <p>The generation says when the unit became visible to other servers: the organisation's memory
 * generation at the commit that added it (see {@code MemoryIndexes}).
 */
@Entity
@Table(name = "memory_unit")
public class MemoryEntry extends TenantOwned {

  @Column(name = "source_locale", nullable = false)
  private String sourceLocale;

  @Column(name = "target_locale", nullable = false)
  private String targetLocale;

  @Column(name = "source_text", nullable = false)
  private String sourceText;

  @Column(name = "target_text", nullable = false)
  private String targetText;

  /** What the placeholders stand for, as the segment stores them (JSON). */
  private String tokens;

  @Column(name = "context_key")
  private String contextKey;

  @Column(name = "previous_hash", nullable = false)
  private long previousHash;

  @Column(name = "next_hash", nullable = false)
  private long nextHash;

  /** 0 for the whole organisation, else the section it came from. */
  @Column(nullable = false)
  private long scope;

  @Column(name = "appeal_reference")
  private String appealReference;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "translation_id")
  private Translation translation;

  /** The TMX import the unit came from, if it did. */
  @Column(name = "import_id", insertable = false, updatable = false)
  private Long importId;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  private Long generation;

  @Column(name = "superseded_generation")
  private Long supersededGeneration;

  protected MemoryEntry() {}

  /**
   * The unit an approval makes of a translation.
   *
   * @param context where the sentence stands: the context key and the hashes of its neighbours
   */
  public MemoryEntry(
      Translation translation,
      Locale sourceLocale,
      String sourceText,
      String tokens,
      String contextKey,
      long previousHash,
      long nextHash,
      String appealReference,
      String translator) {
    this.translation = translation;
    this.sourceLocale = sourceLocale.toLanguageTag();
    this.targetLocale = translation.getLocalization().getTargetLocale().toLanguageTag();
    this.sourceText = sourceText;
    this.targetText = translation.getText();
    this.tokens = tokens;
    this.contextKey = contextKey;
    this.previousHash = previousHash;
    this.nextHash = nextHash;
    this.scope = translation.getLocalization().getSection().getId();
    this.appealReference = appealReference;
    this.createdBy = translator;
    this.createdAt = Instant.now();
  }

  /** Whether this unit holds exactly this sentence and translation. */
  public boolean holds(String source, String target) {
    return sourceText.equals(source) && targetText.equals(target);
  }

  /** Whether this unit translates this sentence (whatever the translation). */
  public boolean translates(String source) {
    return sourceText.equals(source);
  }

  /** Becomes visible to every server with this generation of the organisation's memory. */
  public void commitIn(long generation) {
    this.generation = generation;
  }

  /** A newer approval of the same sentence replaced this unit; from this generation on. */
  public void supersede(long generation) {
    this.supersededGeneration = generation;
  }
}
