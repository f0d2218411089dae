package org.chorus.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.chorus.domain.Refusal;
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

  /** The section's locales this membership is for, comma-separated; null for all of them. */
  private String locales;

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

  /** Limits the membership to some of the section's locales (empty or null: all of them). */
  public void restrictTo(java.util.Collection<String> languageTags) {
    if (languageTags == null || languageTags.isEmpty()) {
      this.locales = null;
      return;
    }
    for (String tag : languageTags) {
      if (!section.worksIn(tag)) {
        throw new org.chorus.domain.InvalidInputException(
            Refusal.of("member.language", section.getCode(), tag));
      }
    }
    this.locales = String.join(",", new java.util.TreeSet<>(languageTags));
  }

  /** The locales this membership is for; empty means every locale of the section. */
  public java.util.List<String> getLocales() {
    return locales == null ? java.util.List.of() : java.util.List.of(locales.split(","));
  }

  /** Whether the membership applies to work in this locale. */
  public boolean covers(String languageTag) {
    return locales == null || getLocales().contains(languageTag);
  }
}
