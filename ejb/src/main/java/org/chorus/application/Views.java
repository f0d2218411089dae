package org.chorus.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
      int words)
      implements Serializable {}

  /**
   * A segment with its translation.
   *
   * @param issues what the quality checks found in the translation, messages in the reader's
   *     language (none while it is empty)
   * @param terms the glossary's terms in the source with the target language's terms
   * @param reviewDiff for a submitted translation that was approved or rejected before: the words
   *     changed since (what the reviewer looks at), otherwise empty
   */
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
      List<TokenView> tokens,
      String previousSource,
      List<DiffView> sourceDiff,
      boolean adaptable,
      boolean adapted,
      int twins,
      int comments,
      Set<String> actions,
      List<CheckViews.IssueView> issues,
      List<GlossaryViews.TermView> terms,
      List<DiffView> reviewDiff)
      implements Serializable {

    /** Whether the caller may take an action (a {@code SegmentAction} name) on the segment now. */
    public boolean may(String action) {
      return actions.contains(action);
    }
  }

  /**
   * One page of a localization's segments, as a filter selects them.
   *
   * @param rows the segments of the page, in document order
   * @param total how many segments the filter selects in all
   * @param revision the source revision they belong to
   */
  public record SegmentPage(List<SegmentView> rows, int total, int revision)
      implements Serializable {}

  /**
   * A piece of the word diff between the source a translation was made for and the current one.
   *
   * @param kind SAME, DELETED or INSERTED
   */
  public record DiffView(String kind, String text) implements Serializable {}

  public record CommentView(String author, String body, Instant at) implements Serializable {}

  /**
   * One change in a translation's history.
   *
   * @param score the memory match's score where the text came from the memory (origin MEMORY)
   */
  public record EventView(
      String action,
      String state,
      String text,
      String note,
      String origin,
      String actor,
      Instant at,
      Integer score)
      implements Serializable {}

  public record RevisionView(
      int number,
      String sha256,
      long sizeBytes,
      String uploadedBy,
      Instant uploadedAt,
      int segments,
      int words)
      implements Serializable {}

  /** What uploading a new source revision did to the appeal's sentences. */
  public record RevisionReport(
      RevisionView revision,
      int previousNumber,
      int identical,
      int changed,
      int added,
      int retired,
      int localizations)
      implements Serializable {}

  /**
   * A placeholder of a segment: markup (a tag) or protected content, and what it shows.
   *
   * @param kind MARKUP or PROTECTED
   */
  public record TokenView(String placeholder, String kind, String display)
      implements Serializable {}

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
      Long latestPublicationId,
      int revision,
      int outdated,
      int remainingWords,
      boolean publicationOutdated,
      String urgency,
      boolean publicationCurrent)
      implements Serializable {
    /** Whether the caller has any part in this localization (and may open and download it). */
    public boolean mayOpen() {
      return mayTranslate || mayReview || mayPublish;
    }

    /**
     * Whether publishing now makes sense: everything approved, and something changed since the
     * latest publication (or there is none). Publishing itself checks the approvals again.
     */
    public boolean publishable() {
      return approved == segments && segments > 0 && !publicationCurrent;
    }
  }

  /**
   * A publication; {@code outdated} when a newer source revision exists than the one it was made
   * from ({@code currentRevision > revision}).
   */
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
      Instant publishedAt,
      int currentRevision,
      List<Integer> adaptedSegments,
      String targetLocale,
      String sectionCode,
      boolean outdated)
      implements Serializable {}

  /** A publication, and whether publishing made it now or found it current already. */
  public record Published(PublicationView publication, boolean created) implements Serializable {}

  public record TargetOption(String sectionCode, String sectionName, String locale)
      implements Serializable {
    public String id() {
      return sectionCode + "/" + locale;
    }
  }

  /** What an XLIFF import did. */
  /**
   * What an import of an offline file did. A unit whose segment changed since the file was exported
   * is not applied: it is a conflict, with both texts, for the person to settle in the editor.
   */
  public record ImportReport(
      int updated,
      int unchanged,
      int lockedApproved,
      int unknownUnits,
      List<String> refused,
      List<ImportConflict> conflicts)
      implements Serializable {}

  /**
   * A unit of an imported file that was not applied because the segment changed after the export.
   *
   * @param position the segment's number (from 1)
   * @param yours the file's text
   * @param theirs the text saved in Chorus meanwhile
   * @param changedBy who saved it
   */
  public record ImportConflict(
      int position, String key, String yours, String theirs, String state, String changedBy)
      implements Serializable {}

  public record FileContent(String fileName, String mediaType, byte[] bytes, String sha256)
      implements Serializable {}

  public record NewAppeal(
      String reference,
      String title,
      String sourceLocale,
      LocalDate actUntil,
      String fileName,
      byte[] content,
      List<String> targets,
      List<String> doNotTranslate)
      implements Serializable {}

  /**
   * A section with its members.
   *
   * @param mayManageMembers the caller is a coordinator or an admin of this section
   * @param mayEdit the caller is a coordinator (names and languages)
   * @param memoryPrivate its translation memory is offered only in its own localizations
   */
  public record SectionView(
      long id,
      String code,
      String name,
      List<String> locales,
      List<MemberView> members,
      boolean mayManageMembers,
      boolean mayEdit,
      boolean memoryPrivate)
      implements Serializable {
    public String localeList() {
      return String.join(", ", locales);
    }
  }

  /**
   * An account's role in a section.
   *
   * @param locales the locales it is limited to; empty for all of the section's
   */
  public record MemberView(
      long membershipId, String username, String displayName, String role, List<String> locales)
      implements Serializable {
    public String localeList() {
      return String.join(", ", locales);
    }
  }

  /**
   * The organisation's settings.
   *
   * @param preTranslateSubmit pre-translation submits exact matches in context (else: drafts)
   * @param preTranslateFuzzyFrom pre-translation fills in matches from this score on as drafts
   *     (null: off)
   */
  public record Settings(
      String name,
      boolean allowSelfReview,
      int wordsPerDay,
      List<String> coordinators,
      boolean preTranslateSubmit,
      Integer preTranslateFuzzyFrom)
      implements Serializable {
    public String coordinatorList() {
      return String.join(", ", coordinators);
    }
  }

  /** A piece of work given to someone, with what is left of it. */
  public record WorkItem(
      long assignmentId,
      long localizationId,
      String appealReference,
      String appealTitle,
      String targetLocale,
      String sectionCode,
      String assignee,
      String task,
      Integer first,
      Integer last,
      LocalDate dueDate,
      String urgency,
      int segmentsLeft,
      int wordsLeft,
      String assignedBy)
      implements Serializable {}

  /**
   * The signed-in person.
   *
   * @param language the language they chose for the pages (a language tag), or null for their
   *     browser's
   */
  public record Me(
      String username,
      String displayName,
      String tenant,
      boolean coordinator,
      List<String> roles,
      String language)
      implements Serializable {}
}
