package org.chorus.translations.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermFinderTest {

  private final Glossary lumen = Glossaries.lumen();
  private final TermFinder enFr = TermFinder.of(lumen, Locale.ENGLISH, Locale.FRANCE);

  @Test
  void findsTermsCaseInsensitivelyWithPositionsAndTheirApprovedTranslations() {
    String source = "Three Human Rights Defenders were held; an URGENT ACTION follows.";
    List<TermMatch> found = enFr.find(source);
    assertEquals(List.of("Human Rights Defenders", "URGENT ACTION"), texts(source, found));
    TermMatch defenders = found.get(0);
    assertEquals("human rights defender", defenders.sourceTerm().text());
    assertEquals("défenseur des droits humains", defenders.targetTerms().get(0).text());
    assertEquals(TermStatus.FORBIDDEN, defenders.targetTerms().get(1).status());
  }

  @Test
  void englishPluralsAndPossessivesAreFound() {
    Glossary g = glossary("en", "country of origin", "authority", "witness");
    TermFinder f = TermFinder.of(g, Locale.ENGLISH, Locale.FRENCH);
    String s =
        "The authorities of both countries of origin heard the witnesses' and a witness's story.";
    assertEquals(
        List.of("authorities", "countries of origin", "witnesses", "witness"), texts(s, f.find(s)));
  }

  @Test
  void wholeWordsOnlyAndNeverInsideAPlaceholder() {
    Glossary g = glossary("en", "rights", "p2", "1");
    TermFinder f = TermFinder.of(g, Locale.ENGLISH, Locale.FRENCH);
    String s = "Birthrights and {1}copyrights{/1} are not {p2/}, but rights are.";
    List<TermMatch> found = f.find(s);
    assertEquals(List.of("rights"), texts(s, found));
    assertEquals(s.lastIndexOf("rights"), found.get(0).start());
  }

  @Test
  void aTermMayStraddleMarkupAndTheLongestWins() {
    Glossary g = glossary("en", "human rights", "human rights defender", "defender");
    TermFinder f = TermFinder.of(g, Locale.ENGLISH, Locale.FRENCH);
    String s = "She is a {1}human rights{/1}  defender.";
    List<TermMatch> found = f.find(s);
    assertEquals(1, found.size());
    assertEquals(
        "human rights{/1}  defender", s.substring(found.get(0).start(), found.get(0).end()));
    assertEquals("human rights defender", found.get(0).sourceTerm().text());
  }

  @Test
  void chineseJapaneseAndThaiTermsAreFoundInsideRunsOfText() {
    TermFinder jaEn = TermFinder.of(lumen, Locale.JAPANESE, Locale.ENGLISH);
    String ja = "人権擁護者が拘束されました。緊急行動に参加してください。";
    assertEquals(List.of("人権擁護者", "緊急行動"), texts(ja, jaEn.find(ja)));
    Glossary th = glossary("th", "ทนายความ");
    String thai = "ทนายความสองคนถูกจับกุม";
    assertEquals(
        List.of("ทนายความ"),
        texts(thai, TermFinder.of(th, Locale.forLanguageTag("th"), Locale.ENGLISH).find(thai)));
  }

  @Test
  void arabicTermsAreFoundWithVowelMarksAndAProclitic() {
    TermFinder arEn = TermFinder.of(lumen, Locale.forLanguageTag("ar"), Locale.ENGLISH);
    String s = "واجه المدافعون ومَدافِع عن حقوق الإنسان خطر الاختفاء القسري.";
    List<TermMatch> found = arEn.find(s);
    assertEquals(List.of("مَدافِع عن حقوق الإنسان", "الاختفاء القسري"), texts(s, found));
  }

  @Test
  void aLatinTermInJapaneseTextIsFoundBeforeItsParticle() {
    Glossary g = glossary("en", "Lumen");
    TermFinder f = TermFinder.of(g, Locale.ENGLISH, Locale.JAPANESE);
    String s = "Lumenは声明を出した";
    assertEquals(List.of("Lumen"), texts(s, f.find(s)));
  }

  @Test
  void doNotTranslateConceptsOfferTheirOwnTerm() {
    String s = "Lumen Rights International asks you to Write for Tomorrow.";
    List<TermMatch> found = enFr.find(s);
    assertTrue(found.stream().allMatch(TermMatch::doNotTranslate));
    assertEquals("Write for Tomorrow", found.get(1).targetTerms().get(0).text());
  }

  @Test
  void findsTargetTermsWithTheirStatusForTheCheck() {
    String fr = "Deux défenseurs des droits de l’homme ont subi un enlèvement.";
    List<TermHit> hits = enFr.findInTarget(fr);
    assertEquals(2, hits.size());
    assertTrue(hits.stream().allMatch(h -> h.term().status() == TermStatus.FORBIDDEN));
    assertEquals(
        "défenseurs des droits de l’homme", fr.substring(hits.get(0).start(), hits.get(0).end()));
  }

  static Glossary glossary(String language, String... terms) {
    List<Concept> concepts =
        Arrays.stream(terms)
            .map(
                t ->
                    new Concept(
                        t,
                        "",
                        "",
                        "",
                        false,
                        Map.of(language, List.of(new Term(t, TermStatus.PREFERRED)))))
            .toList();
    return new Glossary(concepts);
  }

  private static List<String> texts(String text, List<TermMatch> found) {
    return found.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }
}
