package org.chorus.domain.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.StaleWriteException;
import org.chorus.translations.terminology.Concept;
import org.chorus.translations.terminology.Term;
import org.chorus.translations.terminology.TermStatus;
import org.junit.jupiter.api.Test;

class GlossaryConceptTest {

  @Test
  void anEditReplacesTheEntryInTheEditorsOrder() {
    GlossaryConcept c = new GlossaryConcept(entry("prisoner of conscience", "prisonnier"), "carla");
    c.replace(
        new Concept(
            null,
            "law",
            "",
            "a note",
            false,
            terms(
                "fr",
                List.of(new Term("prisonnier d'opinion", TermStatus.PREFERRED)),
                "en",
                List.of(new Term("prisoner of conscience", TermStatus.PREFERRED)))),
        "sophie");
    assertEquals("fr", c.getTerms().get(0).getLanguage());
    assertEquals("law", c.getSubject());
    assertEquals("", c.getDefinition());
    assertEquals("sophie", c.getUpdatedBy());
    assertEquals(2, c.getTerms().size());
  }

  @Test
  void anImportAddsAndRatesTermsButTakesNothingAway() {
    GlossaryConcept c = new GlossaryConcept(entry("urgent action", "action urgente"), "carla");
    Concept file =
        new Concept(
            "x-7",
            "",
            "A call to write at once.",
            "",
            true,
            terms(
                "en",
                List.of(new Term("Urgent Action", TermStatus.ADMITTED, "capitalised in titles")),
                "fr",
                List.of(new Term("action d'urgence", TermStatus.FORBIDDEN))));
    assertTrue(c.absorb(file, "carla"));
    List<GlossaryTerm> terms = c.getTerms();
    assertEquals(3, terms.size(), "the French term is kept, a forbidden one added");
    assertEquals("urgent action", terms.get(0).getText(), "our spelling stays");
    assertEquals(TermStatus.ADMITTED, terms.get(0).getStatus(), "the file's status");
    assertEquals("capitalised in titles", terms.get(0).getNote());
    assertEquals("A call to write at once.", c.getDefinition());
    assertTrue(c.isDoNotTranslate(), "the file may set the flag");
    assertFalse(c.absorb(file, "carla"), "the same file again changes nothing");
    c.absorb(
        new Concept(
            null,
            "",
            "",
            "",
            false,
            terms("en", List.of(new Term("urgent action", TermStatus.ADMITTED)))),
        "carla");
    assertTrue(c.isDoNotTranslate(), "but never clears it");
    assertEquals("capitalised in titles", c.getTerms().get(0).getNote(), "nor a note");
  }

  @Test
  void theLanguagesAnEditChangesAreKnown() {
    GlossaryConcept c = new GlossaryConcept(entry("urgent action", "action urgente"), "carla");
    Concept frenchOnly =
        new Concept(
            null,
            "",
            "",
            "",
            false,
            terms(
                "en",
                List.of(new Term("urgent action", TermStatus.PREFERRED)),
                "fr",
                List.of(new Term("action urgente", TermStatus.ADMITTED))));
    assertEquals(Set.of("fr"), c.languagesChangedBy(frenchOnly));
    assertTrue(c.sameDescription(frenchOnly));
    assertFalse(
        c.sameDescription(new Concept(null, "", "", "", true, frenchOnly.terms())),
        "the do-not-translate flag is the entry's");
  }

  @Test
  void aChangeAtAnotherVersionIsStale() {
    GlossaryConcept c = new GlossaryConcept(entry("a", "b"), "carla");
    c.expectVersion(0);
    StaleWriteException e = assertThrows(StaleWriteException.class, () -> c.expectVersion(3));
    assertEquals("glossary.stale", e.refusal().key());
  }

  @Test
  void anEntryRefusesTheSameTermTwiceAndOverlongTerms() {
    InvalidInputException twice =
        assertThrows(
            InvalidInputException.class,
            () ->
                new GlossaryConcept(
                    new Concept(
                        null,
                        "",
                        "",
                        "",
                        false,
                        terms(
                            "en",
                            List.of(
                                new Term("Appeal", TermStatus.PREFERRED),
                                new Term("appeal", TermStatus.FORBIDDEN)))),
                    "carla"));
    assertEquals("glossary.duplicateTerm", twice.refusal().key());
    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class,
            () -> new GlossaryConcept(entry("x".repeat(501), "y"), "carla"));
    assertEquals("glossary.termTooLong", tooLong.refusal().key());
  }

  @Test
  void onlyOurOwnFileIdsNameAnEntry() {
    assertEquals(42L, GlossaryConcept.idInFile("chorus-42"));
    assertNull(GlossaryConcept.idInFile("42"));
    assertNull(GlossaryConcept.idInFile("chorus-x"));
    assertNull(GlossaryConcept.idInFile(null));
  }

  private static Concept entry(String english, String french) {
    return new Concept(
        null,
        "",
        "",
        "",
        false,
        terms(
            "en",
            List.of(new Term(english, TermStatus.PREFERRED)),
            "fr",
            List.of(new Term(french, TermStatus.PREFERRED))));
  }

  private static Map<String, List<Term>> terms(String l1, List<Term> t1) {
    Map<String, List<Term>> m = new LinkedHashMap<>();
    m.put(l1, t1);
    return m;
  }

  private static Map<String, List<Term>> terms(String l1, List<Term> t1, String l2, List<Term> t2) {
    Map<String, List<Term>> m = new LinkedHashMap<>();
    m.put(l1, t1);
    m.put(l2, t2);
    return m;
  }
}
