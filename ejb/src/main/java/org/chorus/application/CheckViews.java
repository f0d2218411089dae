package org.chorus.application;

import java.io.Serializable;
import java.util.List;

/** What the quality checks hand to pages, the REST API and the editor. */
public final class CheckViews {
  private CheckViews() {}

  /**
   * A problem a check found in a segment's translation.
   *
   * @param check the check's code, e.g. {@code number-mismatch}
   * @param key the message key in the checks bundle, e.g. {@code number-mismatch.missing}
   * @param severity BLOCK or WARN, as the organisation set the check
   * @param arguments what the message names
   * @param message the message in the reader's language
   * @param source where in the source text, or null
   * @param target where in the translation, or null
   */
  public record IssueView(
      String check,
      String key,
      String severity,
      List<String> arguments,
      String message,
      SpanView source,
      SpanView target)
      implements Serializable {
    public boolean blocks() {
      return "BLOCK".equals(severity);
    }
  }

  /** Offsets into a text with its placeholders (UTF-16), end exclusive. */
  public record SpanView(int start, int end) implements Serializable {}

  /**
   * The checks of a whole localization.
   *
   * @param segments the current segments
   * @param checked those with a translation to check
   * @param blocking issues that block submitting, approving and publishing
   * @param warnings issues that only warn
   * @param counts per check that found something
   * @param issues the segments with issues, in document order
   */
  public record CheckReport(
      long localizationId,
      String sourceLocale,
      String targetLocale,
      int segments,
      int checked,
      int blocking,
      int warnings,
      List<CheckCount> counts,
      List<SegmentIssues> issues)
      implements Serializable {}

  /**
   * @param severity how the organisation set the check
   * @param issues how many issues it found
   * @param segments in how many segments
   */
  public record CheckCount(String check, String severity, int issues, int segments)
      implements Serializable {}

  /** A segment's issues, with its texts. */
  public record SegmentIssues(
      int position,
      String key,
      String state,
      boolean adapted,
      String source,
      String target,
      List<IssueView> issues)
      implements Serializable {}

  /**
   * The organisation's check settings.
   *
   * @param checks every check in the engine's order
   */
  public record CheckSettingsView(List<CheckRule> checks, LengthLimits length)
      implements Serializable {}

  /**
   * @param severity BLOCK, WARN or OFF
   * @param fixed the severity cannot be changed (inline codes always block)
   * @param keys the message keys the check uses
   */
  public record CheckRule(String code, String severity, boolean fixed, List<String> keys)
      implements Serializable {}

  /**
   * How much longer or shorter than its source a translation may be, in percent of the source's
   * length weighted by script: sources up to {@code shortSource} characters from {@code
   * shortMinPercent} to {@code shortMaxPercent}, longer ones from {@code minPercent} to {@code
   * maxPercent}.
   */
  public record LengthLimits(
      int shortSource, int shortMinPercent, int shortMaxPercent, int minPercent, int maxPercent)
      implements Serializable {}
}
