package org.chorus.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

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

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

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
}
