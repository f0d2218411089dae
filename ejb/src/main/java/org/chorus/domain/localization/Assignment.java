package org.chorus.domain.localization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.domain.TenantOwned;
import org.chorus.domain.organisation.Account;

/**
 * Work given to one person: translating or reviewing a localization, whole or a range of its
 * segments (positions counted from 1, both ends included).
 */
@Entity
public class Assignment extends TenantOwned {

  /** What the assignee is to do. */
  public enum Task {
    TRANSLATE,
    REVIEW
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "localization_id")
  private Localization localization;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assignee_id")
  private Account assignee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Task task;

  @Column(name = "first_position")
  private Integer first;

  @Column(name = "last_position")
  private Integer last;

  @Column(name = "assigned_by", nullable = false)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  protected Assignment() {}

  public Assignment(
      Localization localization,
      Account assignee,
      Task task,
      Integer first,
      Integer last,
      String assignedBy) {
    if ((first == null) != (last == null)) {
      throw new InvalidInputException(Refusal.of("assignment.rangeIncomplete"));
    }
    if (first != null && (first < 1 || last < first)) {
      throw new InvalidInputException(
          Refusal.of("assignment.range", String.valueOf(first), String.valueOf(last)));
    }
    this.localization = localization;
    this.assignee = assignee;
    this.task = task;
    this.first = first;
    this.last = last;
    this.assignedBy = assignedBy;
    this.assignedAt = Instant.now();
  }

  /** Whether a segment (its position counted from 0) is part of this work. */
  public boolean covers(int position) {
    return first == null || (position + 1 >= first && position + 1 <= last);
  }

  public Localization getLocalization() {
    return localization;
  }

  public Account getAssignee() {
    return assignee;
  }

  public Task getTask() {
    return task;
  }

  public Integer getFirst() {
    return first;
  }

  public Integer getLast() {
    return last;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }
}
