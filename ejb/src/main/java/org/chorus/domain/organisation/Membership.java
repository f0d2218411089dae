package org.chorus.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.chorus.domain.TenantOwned;

/** An account's role in a section. */
@Entity
public class Membership extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "section_id")
  private Section section;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  protected Membership() {}

  public Membership(Account account, Section section, Role role) {
    this.account = account;
    this.section = section;
    this.role = role;
  }

  public Account getAccount() {
    return account;
  }

  public Section getSection() {
    return section;
  }

  public Role getRole() {
    return role;
  }
}
