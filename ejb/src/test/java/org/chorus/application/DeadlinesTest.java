package org.chorus.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.chorus.application.Deadlines.Urgency;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  private static final LocalDate TODAY = LocalDate.now();

  @Test
  void nothingLeftIsDoneWhateverTheDate() {
    assertEquals(Urgency.DONE, Deadlines.urgency(TODAY.minusDays(3), 0, 1500));
  }

  @Test
  void aPassedDueDateWithWordsLeftIsOverdue() {
    assertEquals(Urgency.OVERDUE, Deadlines.urgency(TODAY.minusDays(1), 10, 1500));
  }

  @Test
  void moreWordsThanTheDaysLeftAllowIsAtRisk() {
    // today and tomorrow: two days at 1500 words
    assertEquals(Urgency.ON_TRACK, Deadlines.urgency(TODAY.plusDays(1), 3000, 1500));
    assertEquals(Urgency.AT_RISK, Deadlines.urgency(TODAY.plusDays(1), 3001, 1500));
    assertEquals(Urgency.AT_RISK, Deadlines.urgency(TODAY, 1501, 1500));
  }

  @Test
  void noDueDateIsOnTrack() {
    assertEquals(Urgency.ON_TRACK, Deadlines.urgency(null, 100_000, 1500));
  }
}
