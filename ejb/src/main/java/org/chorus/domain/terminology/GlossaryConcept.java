package org.chorus.domain.terminology;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StaleWriteException;
import org.chorus.domain.TenantOwned;
import org.chorus.translations.terminology.Concept;
import org.chorus.translations.terminology.Term;

/**
 * An entry of the organisation's glossary: one meaning with its terms per language, each preferred,
 * admitted or forbidden, and whether its terms stay untranslated (a name). Editing replaces the
 * entry at a known version; importing a file merges into it without taking anything away.
 */
@Entity
@Table(name = "glossary_concept")
public class GlossaryConcept extends TenantOwned {

  /** What Chorus writes as an entry's id in exported files: "chorus-" and the concept's id. */
  public static final String FILE_ID_PREFIX = "chorus-";

  static final int MAX_TERMS = 100;
  static final int MAX_TERM = 500;
  static final int MAX_TERM_NOTE = 2000;
  static final int MAX_SUBJECT = 500;
  static final int MAX_TEXT = 4000;

  @Column private String subject;

  @Column private String definition;

  @Column private String note;

  @Column(name = "do_not_translate", nullable = false)
  private boolean doNotTranslate;

  @ElementCollection
  @CollectionTable(name = "glossary_term", joinColumns = @JoinColumn(name = "concept_id"))
  @OrderColumn(name = "position")
  private List<GlossaryTerm> terms = new ArrayList<>();

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected GlossaryConcept() {}

  public GlossaryConcept(Concept content, String by) {
    replace(content, by);
  }

  /** Refuses a change based on another version than the current one. */
  public void expectVersion(long basedOn) {
    if (basedOn != version) {
      throw new StaleWriteException(
          Refusal.of("glossary.stale", String.valueOf(basedOn), String.valueOf(version)),
          version,
          summary(),
          null);
    }
  }

  /** Makes the entry what an editor wrote: fields, flag and terms, in the editor's order. */
  public void replace(Concept content, String by) {
    subject = text(content.subject(), "subject", MAX_SUBJECT);
    definition = text(content.definition(), "definition", MAX_TEXT);
    note = text(content.note(), "note", MAX_TEXT);
    doNotTranslate = content.doNotTranslate();
    List<GlossaryTerm> given = new ArrayList<>();
    content.terms().forEach((language, list) -> list.forEach(t -> given.add(term(language, t))));
    requireDistinct(given);
    terms.clear();
    terms.addAll(given);
    touched(by);
  }

  /**
   * Takes in what an imported file says about this entry, taking nothing away: the file's subject,
   * definition and note where it has them, the do-not-translate flag set when the file sets it, its
   * terms' status and note for terms the entry has (same language, same text but for case), its
   * other terms added.
   *
   * @return whether anything changed
   */
  public boolean absorb(Concept content, String by) {
    boolean changed = false;
    String s = text(content.subject(), "subject", MAX_SUBJECT);
    String d = text(content.definition(), "definition", MAX_TEXT);
    String n = text(content.note(), "note", MAX_TEXT);
    if (s != null && !s.equals(subject)) {
      subject = s;
      changed = true;
    }
    if (d != null && !d.equals(definition)) {
      definition = d;
      changed = true;
    }
    if (n != null && !n.equals(note)) {
      note = n;
      changed = true;
    }
    if (content.doNotTranslate() && !doNotTranslate) {
      doNotTranslate = true;
      changed = true;
    }
    for (Map.Entry<String, List<Term>> e : content.terms().entrySet()) {
      for (Term t : e.getValue()) {
        changed |= absorb(term(e.getKey(), t));
      }
    }
    if (changed) {
      touched(by);
    }
    return changed;
  }

  private boolean absorb(GlossaryTerm given) {
    for (int i = 0; i < terms.size(); i++) {
      GlossaryTerm own = terms.get(i);
      if (same(own, given)) {
        String keptNote = given.getNote().isEmpty() ? own.getNote() : given.getNote();
        if (own.getStatus() == given.getStatus() && own.getNote().equals(keptNote)) {
          return false;
        }
        terms.set(
            i,
            new GlossaryTerm(
                own.getLanguage(), new Term(own.getText(), given.getStatus(), keptNote)));
        return true;
      }
    }
    if (terms.size() >= MAX_TERMS) {
      throw new InvalidInputException(
          Refusal.of("glossary.tooManyTerms", String.valueOf(MAX_TERMS)));
    }
    terms.add(given);
    return true;
  }

  /** The entry as the terminology engine knows it, with its file id. */
  public Concept toConcept() {
    Map<String, List<Term>> byLanguage = new LinkedHashMap<>();
    for (GlossaryTerm t : terms) {
      byLanguage.computeIfAbsent(t.getLanguage(), k -> new ArrayList<>()).add(t.toTerm());
    }
    return new Concept(
        FILE_ID_PREFIX + getId(), subject, definition, note, doNotTranslate, byLanguage);
  }

  /** The concept id in a file id that Chorus wrote ("chorus-42"), or null for any other. */
  public static Long idInFile(String fileId) {
    if (fileId == null || !fileId.startsWith(FILE_ID_PREFIX)) {
      return null;
    }
    String digits = fileId.substring(FILE_ID_PREFIX.length());
    return digits.matches("[0-9]{1,18}") ? Long.valueOf(digits) : null;
  }

  /**
   * The languages whose terms an edit would change (added, removed, or with another text, status or
   * note), by language tag.
   */
  public Set<String> languagesChangedBy(Concept content) {
    Map<String, List<List<String>>> before = byLanguage(terms);
    List<GlossaryTerm> after = new ArrayList<>();
    content.terms().forEach((language, list) -> list.forEach(t -> after.add(term(language, t))));
    Map<String, List<List<String>>> now = byLanguage(after);
    Set<String> changed = new LinkedHashSet<>();
    Set<String> all = new LinkedHashSet<>(before.keySet());
    all.addAll(now.keySet());
    for (String language : all) {
      if (!Objects.equals(before.get(language), now.get(language))) {
        changed.add(language);
      }
    }
    return changed;
  }

  /** Whether an edit leaves the subject, definition, note and flag as they are. */
  public boolean sameDescription(Concept content) {
    return Objects.equals(subject, blankToNull(content.subject()))
        && Objects.equals(definition, blankToNull(content.definition()))
        && Objects.equals(note, blankToNull(content.note()))
        && doNotTranslate == content.doNotTranslate();
  }

  public String getSubject() {
    return subject == null ? "" : subject;
  }

  public String getDefinition() {
    return definition == null ? "" : definition;
  }

  public String getNote() {
    return note == null ? "" : note;
  }

  public boolean isDoNotTranslate() {
    return doNotTranslate;
  }

  public List<GlossaryTerm> getTerms() {
    return List.copyOf(terms);
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  private void touched(String by) {
    updatedBy = by;
    updatedAt = Instant.now();
  }

  /** The first term, for messages about the entry. */
  private String summary() {
    return terms.isEmpty() ? "" : terms.get(0).getText();
  }

  private static Map<String, List<List<String>>> byLanguage(List<GlossaryTerm> list) {
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    for (GlossaryTerm t : list) {
      out.computeIfAbsent(t.getLanguage(), k -> new ArrayList<>())
          .add(List.of(t.getText(), t.getStatus().name(), t.getNote()));
    }
    return out;
  }

  private static GlossaryTerm term(String language, Term t) {
    if (t.text().length() > MAX_TERM) {
      throw new InvalidInputException(
          Refusal.of("glossary.termTooLong", shown(t.text()), String.valueOf(MAX_TERM)));
    }
    if (t.note().length() > MAX_TERM_NOTE) {
      throw new InvalidInputException(
          Refusal.of("glossary.fieldTooLong", "note", String.valueOf(MAX_TERM_NOTE)));
    }
    return new GlossaryTerm(language, t);
  }

  private static void requireDistinct(List<GlossaryTerm> list) {
    if (list.size() > MAX_TERMS) {
      throw new InvalidInputException(
          Refusal.of("glossary.tooManyTerms", String.valueOf(MAX_TERMS)));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (GlossaryTerm t : list) {
      if (!seen.add(t.getLanguage() + "\n" + folded(t.getText()))) {
        throw new InvalidInputException(
            Refusal.of("glossary.duplicateTerm", t.getText(), t.getLanguage()));
      }
    }
  }

  /** The same term: the same text but for case, in the same language whatever the region. */
  private static boolean same(GlossaryTerm a, GlossaryTerm b) {
    return language(a.getLanguage()).equals(language(b.getLanguage()))
        && folded(a.getText()).equals(folded(b.getText()));
  }

  private static String language(String tag) {
    return Locale.forLanguageTag(tag).getLanguage();
  }

  /** A term as compared: NFC, lower case. */
  public static String folded(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static String text(String value, String field, int max) {
    String v = blankToNull(value);
    if (v != null && v.length() > max) {
      throw new InvalidInputException(
          Refusal.of("glossary.fieldTooLong", field, String.valueOf(max)));
    }
    return v;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String shown(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
