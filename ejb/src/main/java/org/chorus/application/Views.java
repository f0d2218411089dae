package org.chorus.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What services hand to pages and the REST API. */
public final class Views {
  private Views() {}

  public record AppealView(
      long id,
      String reference,
      String title,
      String sourceLocale,
      LocalDate actUntil,
      String status,
      Instant createdAt,
      long documentId,
      String fileName,
      String format,
      int revision,
      String sourceSha256,
      int segments,
      int words) {}

  public record SegmentView(
      int position,
      String key,
      String source,
      String context,
      int words,
      String target,
      String state,
      long version,
      String translatedBy,
      String reviewedBy,
      String rejectionReason,
      List<TokenView> tokens) {}

  /**
   * A placeholder of a segment: markup (a tag) or protected content, and what it shows.
   *
   * @param kind MARKUP or PROTECTED
   */
  public record TokenView(String placeholder, String kind, String display) {}

  public record LocalizationView(
      long id,
      long appealId,
      String appealReference,
      String appealTitle,
      String sourceLocale,
      String targetLocale,
      String sectionCode,
      String sectionName,
      LocalDate dueDate,
      LocalDate actUntil,
      int segments,
      int approved,
      int translated,
      int words,
      boolean mayTranslate,
      boolean mayReview,
      boolean mayPublish,
      Long latestPublicationId) {
    /** Whether the caller has any part in this localization (and may open and download it). */
    public boolean mayOpen() {
      return mayTranslate || mayReview || mayPublish;
    }
  }

  public record PublicationView(
      long id,
      long localizationId,
      int number,
      int revision,
      String sourceSha256,
      String fileName,
      String mediaType,
      String sha256,
      long sizeBytes,
      String publishedBy,
      Instant publishedAt) {}

  public record TargetOption(String sectionCode, String sectionName, String locale) {
    public String id() {
      return sectionCode + "/" + locale;
    }
  }

  /** What an XLIFF import did. */
  public record ImportReport(
      int updated, int unchanged, int lockedApproved, int unknownUnits, List<String> refused) {}

  public record FileContent(String fileName, String mediaType, byte[] bytes, String sha256) {}

  public record NewAppeal(
      String reference,
      String title,
      String sourceLocale,
      LocalDate actUntil,
      String fileName,
      byte[] content,
      List<String> targets,
      List<String> doNotTranslate) {}

  public record Me(
      String username,
      String displayName,
      String tenant,
      boolean coordinator,
      List<String> roles) {}
}
