package org.chorus.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the glossary hands to pages, the REST API and the editor. */
public final class GlossaryViews {
  private GlossaryViews() {}

  /**
   * A term of a concept as people write it.
   *
   * @param language a BCP 47 tag, e.g. {@code fr} or {@code fr-CH}
   * @param status PREFERRED, ADMITTED or FORBIDDEN
   * @param note guidance for translators ("" when none)
   */
  public record TermEntry(String language, String text, String status, String note)
      implements Serializable {}

  /**
   * A glossary entry.
   *
   * @param fileId the id written into exported files, by which an import finds the entry again
   * @param terms in the entry's order, grouped by language
   */
  public record ConceptView(
      long id,
      long version,
      String fileId,
      String subject,
      String definition,
      String note,
      boolean doNotTranslate,
      List<TermEntry> terms,
      String updatedBy,
      Instant updatedAt)
      implements Serializable {}

  /** A new or edited entry as an editor sends it. */
  public record ConceptInput(
      String subject, String definition, String note, boolean doNotTranslate, List<TermEntry> terms)
      implements Serializable {}

  /**
   * What the caller may change in the glossary.
   *
   * @param mayEditAll a coordinator: entries, every language, imports
   * @param languages the languages whose terms a section admin may change (their sections')
   */
  public record GlossaryRights(boolean mayEditAll, List<String> languages) implements Serializable {
    public boolean mayEditAny() {
      return mayEditAll || !languages.isEmpty();
    }
  }

  /**
   * What importing a glossary file did.
   *
   * @param concepts entries in the file
   * @param created new entries
   * @param updated existing entries that took something from the file
   * @param unchanged existing entries that already had everything the file says
   */
  public record GlossaryImport(int concepts, int created, int updated, int unchanged)
      implements Serializable {}

  /**
   * A glossary term found in a segment's source, with what to write for it.
   *
   * @param start offset of its first character in the source text (UTF-16, placeholders included)
   * @param end offset after its last character
   * @param sourceTerm the glossary's term that was found (the text may differ in case or plural)
   * @param note the entry's note and the source term's, for the translator ("" when none)
   * @param targets the target language's terms: preferred first, then admitted, forbidden last; for
   *     a do-not-translate entry without them, the source term itself
   */
  public record TermView(
      int start,
      int end,
      String sourceTerm,
      long conceptId,
      boolean doNotTranslate,
      String note,
      List<TargetTerm> targets)
      implements Serializable {}

  /**
   * A target-language term offered for a source term.
   *
   * @param status PREFERRED, ADMITTED or FORBIDDEN (never to be written)
   */
  public record TargetTerm(String text, String status, String note) implements Serializable {}
}
