package org.chorus.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;

/** An organisation; the owner of every other row. */
@Entity
public class Tenant {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "allow_self_review", nullable = false)
  private boolean allowSelfReview;

  /** How many words a section can translate and review in a day, for deadline risk. */
  @Column(name = "words_per_day", nullable = false)
  private int wordsPerDay = 1500;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Pre-translation submits exact matches in context instead of leaving them as drafts. */
  @Column(name = "pretranslate_submits", nullable = false)
  private boolean preTranslateSubmits;

  /** Pre-translation fills in matches from this score on as drafts; null: only those in context. */
  @Column(name = "pretranslate_fuzzy_from")
  private Integer preTranslateFuzzyFrom;

  protected Tenant() {}

  public Tenant(String code, String name, boolean allowSelfReview) {
    this.code = code;
    this.name = name;
    this.allowSelfReview = allowSelfReview;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean allowsSelfReview() {
    return allowSelfReview;
  }

  public int getWordsPerDay() {
    return wordsPerDay;
  }

  /** Changes the organisation's review rule and pace. */
  public void configure(boolean allowSelfReview, int wordsPerDay) {
    if (wordsPerDay < 1 || wordsPerDay > 100_000) {
      throw new org.chorus.domain.InvalidInputException(Refusal.of("organisation.wordsPerDay"));
    }
    this.allowSelfReview = allowSelfReview;
    this.wordsPerDay = wordsPerDay;
  }

  public boolean preTranslateSubmits() {
    return preTranslateSubmits;
  }

  public Integer getPreTranslateFuzzyFrom() {
    return preTranslateFuzzyFrom;
  }

  /**
   * Sets what pre-translation does: exact matches in context become drafts or submitted
   * translations; matches scoring at least {@code fuzzyFrom} (50–100) are filled in as drafts, or
   * none when it is null.
   */
  public void configurePreTranslation(boolean submitExact, Integer fuzzyFrom) {
    if (fuzzyFrom != null && (fuzzyFrom < 50 || fuzzyFrom > 100)) {
      throw new InvalidInputException(Refusal.of("memory.threshold", fuzzyFrom));
    }
    this.preTranslateSubmits = submitExact;
    this.preTranslateFuzzyFrom = fuzzyFrom;
  }
}
