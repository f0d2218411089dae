package org.chorus.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How urgent a localization is, from its due date and the words it still needs. */
public final class Deadlines {

  /** Most urgent first. */
  public enum Urgency {
    OVERDUE,
    AT_RISK,
    ON_TRACK,
    DONE
  }

  private Deadlines() {}

  /**
   * Done when no word is left; overdue when the due date has passed; at risk when the remaining
   * words need more days than are left (today and the due date included) at the organisation's
   * pace; on track otherwise, or when there is no due date.
   */
  public static Urgency urgency(LocalDate due, int remainingWords, int wordsPerDay) {
    if (remainingWords <= 0) {
      return Urgency.DONE;
    }
    if (due == null) {
      return Urgency.ON_TRACK;
    }
    LocalDate today = LocalDate.now(Clock.systemDefaultZone());
    if (due.isBefore(today)) {
      return Urgency.OVERDUE;
    }
    long daysLeft = ChronoUnit.DAYS.between(today, due) + 1;
    return remainingWords > daysLeft * wordsPerDay ? Urgency.AT_RISK : Urgency.ON_TRACK;
  }
}
