package org.chorus.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * What every row but the tenant itself has: an id, and the tenant it belongs to. Hibernate fills
 * the tenant on insert and adds it to every query, so no code reads across tenants.
 */
@MappedSuperclass
public abstract class TenantOwned {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  public Long getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }
}
