package org.chorus.domain;

import java.util.List;

/**
 * Quality checks that the organisation set to block found problems: a segment is not submitted or
 * approved, a localization not published, until they are corrected. Each problem keeps its check's
 * message key and arguments, and says itself in the reader's language.
 */
public class BlockingIssuesException extends StateConflictException {

  /**
   * A blocking problem of one segment.
   *
   * @param position the segment's number, from 1
   * @param check the check's code, e.g. {@code number-mismatch}
   * @param key the check's message key, e.g. {@code number-mismatch.missing}
   * @param arguments what the message names
   * @param message the message, in the reader's language
   */
  public record Problem(
      String segmentKey,
      int position,
      String check,
      String key,
      List<String> arguments,
      Refusal.Phrase message) {
    public Problem {
      arguments = List.copyOf(arguments);
    }
  }

  private final transient List<Problem> problems;

  public BlockingIssuesException(Refusal refusal, List<Problem> problems) {
    super(refusal);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
