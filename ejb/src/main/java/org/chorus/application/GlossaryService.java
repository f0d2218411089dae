package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.application.GlossaryViews.ConceptInput;
import org.chorus.application.GlossaryViews.ConceptView;
import org.chorus.application.GlossaryViews.GlossaryImport;
import org.chorus.application.GlossaryViews.GlossaryRights;
import org.chorus.application.GlossaryViews.TermEntry;
import org.chorus.application.Views.FileContent;
import org.chorus.domain.ChorusException;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StaleWriteException;
import org.chorus.domain.appeal.Revision;
import org.chorus.domain.organisation.Membership;
import org.chorus.domain.organisation.Role;
import org.chorus.domain.terminology.GlossaryConcept;
import org.chorus.domain.terminology.GlossaryTerm;
import org.chorus.translations.terminology.Concept;
import org.chorus.translations.terminology.Glossary;
import org.chorus.translations.terminology.GlossaryCsv;
import org.chorus.translations.terminology.GlossaryFormatException;
import org.chorus.translations.terminology.Tbx;
import org.chorus.translations.terminology.Term;
import org.chorus.translations.terminology.TermStatus;

/**
 * The organisation's glossary. Everyone in the organisation reads it; coordinators add, change,
 * delete, import; a section's admin changes the terms in the section's languages (French terms for
 * a fr-FR section, in any variant) on existing entries, since the other languages and the entry
 * itself speak for every section.
 */
@Stateless
public class GlossaryService {

  /** The file formats: TBX (v3 Basic written; v3 and the older TBX-Basic read) and CSV. */
  public enum Format {
    TBX,
    CSV;

    /** "tbx" or "csv", in any case. */
    public static Format of(String name) {
      try {
        return valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(Refusal.of("glossary.format", name));
      }
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private Glossaries glossaries;
  @Inject private GlossaryService self;

  /**
   * The entries with a term, note or definition containing the query (case aside), all of them for
   * none; with a language, only entries having terms in it that match. In alphabetical order of
   * their first term.
   */
  public List<ConceptView> search(String query, String language) {
    access.caller();
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    String lang = language == null || language.isBlank() ? null : language.strip();
    List<GlossaryConcept> found;
    if (q.isEmpty() && lang == null) {
      found = glossaries.entries();
    } else {
      Set<Long> ids = new LinkedHashSet<>(matchingTerms(like(q), lang));
      if (lang == null) {
        ids.addAll(matchingDescriptions(like(q)));
      }
      found = ids.isEmpty() ? List.of() : byIds(ids);
    }
    return found.stream()
        .sorted(
            Comparator.comparing((GlossaryConcept c) -> firstTerm(c)).thenComparing(c -> c.getId()))
        .map(GlossaryService::view)
        .toList();
  }

  public ConceptView concept(long id) {
    access.caller();
    return view(find(id));
  }

  /** What the caller may change. */
  public GlossaryRights rights() {
    Access.Caller me = access.me();
    if (me.account().isCoordinator()) {
      return new GlossaryRights(true, List.of());
    }
    return new GlossaryRights(false, List.copyOf(adminLanguages(me)));
  }

  public ConceptView create(ConceptInput input) {
    String by = access.requireCoordinator().getUsername();
    GlossaryConcept c = new GlossaryConcept(concept(input), by);
    em.persist(c);
    glossaries.changed();
    em.flush();
    return view(c);
  }

  /** Replaces an entry with what the editor sent, if it is still at the version the editor saw. */
  public ConceptView update(long id, long basedOn, ConceptInput input) {
    Access.Caller me = access.me();
    GlossaryConcept c = find(id);
    Concept content = concept(input);
    if (!me.account().isCoordinator()) {
      requireOwnLanguages(me, c, content);
    }
    c.expectVersion(basedOn);
    c.replace(content, me.account().getUsername());
    glossaries.changed();
    flush(id, basedOn);
    return view(c);
  }

  /** Deletes an entry; with a version, only if it is still at it. */
  public void delete(long id, Long basedOn) {
    access.requireCoordinator();
    GlossaryConcept c = find(id);
    if (basedOn != null) {
      c.expectVersion(basedOn);
    }
    em.remove(c);
    glossaries.changed();
    flush(id, basedOn == null ? c.getVersion() : basedOn);
  }

  /**
   * Merges a TBX or CSV file into the glossary, all or nothing. An entry of the file is the same as
   * one of ours when it has our id ("chorus-42", as Chorus exports), else when one of its terms in
   * the source language is a term of ours in that language (case aside); the others are new. A
   * matched entry takes in what the file says without losing anything ({@link
   * GlossaryConcept#absorb}).
   *
   * @param sourceLanguage the language whose terms identify entries; null for the file's first
   */
  public GlossaryImport importFile(byte[] content, Format format, String sourceLanguage) {
    String by = access.requireCoordinator().getUsername();
    Glossary file = read(content, format);
    String source = sourceLanguage(file, sourceLanguage);
    List<GlossaryConcept> existing = glossaries.entries();
    Map<Long, GlossaryConcept> byId = new HashMap<>();
    Map<String, GlossaryConcept> byTerm = new HashMap<>();
    for (GlossaryConcept c : existing) {
      byId.put(c.getId(), c);
      index(byTerm, c, source);
    }
    int created = 0;
    int updated = 0;
    int n = 0;
    for (Concept entry : file.concepts()) {
      n++;
      try {
        GlossaryConcept match = match(entry, byId, byTerm, source);
        if (match == null) {
          GlossaryConcept fresh = new GlossaryConcept(entry, by);
          em.persist(fresh);
          index(byTerm, fresh, source);
          created++;
        } else if (match.absorb(entry, by)) {
          index(byTerm, match, source);
          updated++;
        }
      } catch (ChorusException e) {
        throw new InvalidInputException(
            Refusal.of(
                "glossary.brokenEntry",
                String.valueOf(n),
                firstTermOf(entry),
                new Said(e.refusal())),
            e);
      }
    }
    if (created + updated > 0) {
      glossaries.changed();
    }
    em.flush();
    int concepts = file.concepts().size();
    return new GlossaryImport(concepts, created, updated, concepts - created - updated);
  }

  /** The glossary as a file, the source language's terms first. */
  public FileContent export(Format format, String sourceLanguage) {
    access.caller();
    Glossary g =
        new Glossary(glossaries.entries().stream().map(GlossaryConcept::toConcept).toList());
    Locale source =
        Locale.forLanguageTag(
            sourceLanguage == null || sourceLanguage.isBlank() ? "en" : sourceLanguage.strip());
    if (source.getLanguage().isEmpty()) {
      throw new InvalidInputException(Refusal.of("glossary.language", sourceLanguage));
    }
    byte[] bytes = format == Format.TBX ? Tbx.write(g, source) : GlossaryCsv.write(g, source);
    return new FileContent(
        format == Format.TBX ? "glossary.tbx" : "glossary.csv",
        format == Format.TBX ? "application/xml" : "text/csv",
        bytes,
        Revision.sha256(bytes));
  }

  /**
   * Internal to services: an entry's version as committed now, read in a transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long currentVersion(long id) {
    GlossaryConcept c = em.find(GlossaryConcept.class, id);
    return c == null ? -1 : c.getVersion();
  }

  private void flush(long id, long basedOn) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      // someone else's change committed between our read and our write: this one is lost
      long now = self.currentVersion(id);
      throw new StaleWriteException(
          Refusal.of("glossary.stale", String.valueOf(basedOn), String.valueOf(now)),
          now,
          null,
          null);
    }
  }

  private GlossaryConcept find(long id) {
    GlossaryConcept c = em.find(GlossaryConcept.class, id);
    if (c == null) {
      throw new NotFoundException("Concept", id);
    }
    return c;
  }

  private List<Long> matchingTerms(String pattern, String language) {
    var query =
        em.createQuery(
                "select distinct c.id from GlossaryConcept c join c.terms t"
                    + " where lower(t.text) like :q escape '\\'"
                    + (language == null ? "" : " and (t.language = :l or t.language like :lr)"),
                Long.class)
            .setParameter("q", pattern);
    if (language != null) {
      query.setParameter("l", language).setParameter("lr", language + "-%");
    }
    return query.getResultList();
  }

  private List<Long> matchingDescriptions(String pattern) {
    return em.createQuery(
            "select c.id from GlossaryConcept c where lower(c.note) like :q escape '\\'"
                + " or lower(c.definition) like :q escape '\\'"
                + " or lower(c.subject) like :q escape '\\'",
            Long.class)
        .setParameter("q", pattern)
        .getResultList();
  }

  private List<GlossaryConcept> byIds(Set<Long> ids) {
    return em.createQuery(
            "select distinct c from GlossaryConcept c left join fetch c.terms where c.id in :ids",
            GlossaryConcept.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  private static String like(String q) {
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** A section admin may change only the terms of their sections' languages. */
  private static void requireOwnLanguages(Access.Caller me, GlossaryConcept c, Concept content) {
    Set<String> own = adminLanguages(me);
    if (own.isEmpty()) {
      throw new ForbiddenException(Refusal.of("glossary.onlyCoordinators"));
    }
    if (!c.sameDescription(content)) {
      throw new ForbiddenException(Refusal.of("glossary.onlyTerms"));
    }
    for (String language : c.languagesChangedBy(content)) {
      if (!own.contains(Locale.forLanguageTag(language).getLanguage())) {
        throw new ForbiddenException(
            Refusal.of("glossary.onlyYourLanguages", language, String.join(", ", own)));
      }
    }
  }

  /** The languages (bare, e.g. "fr") of the sections the caller administers. */
  private static Set<String> adminLanguages(Access.Caller me) {
    Set<String> languages = new LinkedHashSet<>();
    for (Membership m : me.memberships()) {
      if (m.getRole() == Role.SECTION_ADMIN) {
        List<String> tags = m.getLocales().isEmpty() ? m.getSection().getLocales() : m.getLocales();
        tags.forEach(t -> languages.add(Locale.forLanguageTag(t).getLanguage()));
      }
    }
    return languages;
  }

  private static Glossary read(byte[] content, Format format) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException(Refusal.of("glossary.empty"));
    }
    try {
      return format == Format.TBX ? Tbx.read(content) : GlossaryCsv.read(content);
    } catch (GlossaryFormatException e) {
      throw new InvalidInputException(
          e.line() > 0
              ? Refusal.of("glossary.broken", String.valueOf(e.line()), e.reason())
              : Refusal.of("glossary.brokenFile", e.reason()),
          e);
    }
  }

  private static String sourceLanguage(Glossary file, String given) {
    if (given != null && !given.isBlank()) {
      String bare = Locale.forLanguageTag(given.strip()).getLanguage();
      if (bare.isEmpty()) {
        throw new InvalidInputException(Refusal.of("glossary.language", given));
      }
      return bare;
    }
    List<String> languages = file.languages();
    return languages.isEmpty() ? "en" : Locale.forLanguageTag(languages.get(0)).getLanguage();
  }

  private static GlossaryConcept match(
      Concept entry,
      Map<Long, GlossaryConcept> byId,
      Map<String, GlossaryConcept> byTerm,
      String source) {
    Long id = GlossaryConcept.idInFile(entry.id());
    if (id != null && byId.containsKey(id)) {
      return byId.get(id);
    }
    for (Map.Entry<String, List<Term>> e : entry.terms().entrySet()) {
      if (Locale.forLanguageTag(e.getKey()).getLanguage().equals(source)) {
        for (Term t : e.getValue()) {
          GlossaryConcept found = byTerm.get(GlossaryConcept.folded(t.text()));
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  private static void index(Map<String, GlossaryConcept> byTerm, GlossaryConcept c, String source) {
    for (GlossaryTerm t : c.getTerms()) {
      if (Locale.forLanguageTag(t.getLanguage()).getLanguage().equals(source)) {
        byTerm.putIfAbsent(GlossaryConcept.folded(t.getText()), c);
      }
    }
  }

  /** An entry as the engine knows it, from what an editor sent; refuses what is not one. */
  private static Concept concept(ConceptInput input) {
    if (input == null || input.terms() == null || input.terms().isEmpty()) {
      throw new InvalidInputException(Refusal.of("glossary.noTerm"));
    }
    Map<String, List<Term>> terms = new LinkedHashMap<>();
    for (TermEntry t : input.terms()) {
      if (t == null || t.text() == null || t.text().isBlank()) {
        throw new InvalidInputException(Refusal.of("glossary.emptyTerm"));
      }
      String language = t.language() == null ? "" : t.language().strip();
      if (Locale.forLanguageTag(language).getLanguage().isEmpty()) {
        throw new InvalidInputException(Refusal.of("glossary.language", language));
      }
      terms
          .computeIfAbsent(language, k -> new ArrayList<>())
          .add(new Term(t.text(), status(t.status()), t.note()));
    }
    try {
      return new Concept(
          null, input.subject(), input.definition(), input.note(), input.doNotTranslate(), terms);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Refusal.of("glossary.language", e.getMessage()), e);
    }
  }

  private static TermStatus status(String status) {
    try {
      return TermStatus.parse(status);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Refusal.of("glossary.status", status), e);
    }
  }

  static ConceptView view(GlossaryConcept c) {
    return new ConceptView(
        c.getId(),
        c.getVersion(),
        GlossaryConcept.FILE_ID_PREFIX + c.getId(),
        c.getSubject(),
        c.getDefinition(),
        c.getNote(),
        c.isDoNotTranslate(),
        c.getTerms().stream()
            .map(
                t -> new TermEntry(t.getLanguage(), t.getText(), t.getStatus().name(), t.getNote()))
            .toList(),
        c.getUpdatedBy(),
        c.getUpdatedAt());
  }

  private static String firstTerm(GlossaryConcept c) {
    List<GlossaryTerm> terms = c.getTerms();
    return terms.isEmpty() ? "" : GlossaryConcept.folded(terms.get(0).getText());
  }

  private static String firstTermOf(Concept c) {
    return c.allTerms().isEmpty() ? "" : c.allTerms().get(0).text();
  }

  /** A refusal inside another, said in the reader's language. */
  private record Said(Refusal refusal) implements Refusal.Phrase {
    @Override
    public String in(Locale locale) {
      return refusal.message(locale);
    }

    @Override
    public String toString() {
      return refusal.english();
    }
  }
}
