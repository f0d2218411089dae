package org.chorus.translations.checks;

import static org.chorus.translations.checks.Checking.AM;
import static org.chorus.translations.checks.Checking.AR;
import static org.chorus.translations.checks.Checking.DE;
import static org.chorus.translations.checks.Checking.EN;
import static org.chorus.translations.checks.Checking.FR;
import static org.chorus.translations.checks.Checking.HI;
import static org.chorus.translations.checks.Checking.JA;
import static org.chorus.translations.checks.Checking.TH;
import static org.chorus.translations.checks.Checking.issues;
import static org.chorus.translations.checks.Checking.keys;
import static org.chorus.translations.checks.Checking.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chorus.translations.terminology.Glossary;
import org.junit.jupiter.api.Test;

/** Each check on the text of one segment, passing and failing, in several scripts. */
class TextChecksTest {

  @Test
  void inlineCodesKeptPassAndDroppedOrDoubledOrCrossedBlock() {
    String source = "{1}Tell us{/1} what you did for {2}UA 58.27{/2}.{3/}";
    assertEquals(
        List.of(),
        keys(
            Check.INLINE_CODES,
            issues(EN, AR, source, "{3/}أخبرونا بما فعلتم من أجل {2}UA 58.27{/2}، {1}شكرًا{/1}.")));
    assertEquals(
        List.of(),
        keys(
            Check.INLINE_CODES,
            issues(EN, JA, source, "{2}UA 58.27{/2}のために{1}したこと{/1}を教えてください。{3/}")));
    List<Issue> dropped =
        of(
            Check.INLINE_CODES,
            issues(EN, FR, source, "{1}Dites-nous{/1} ce que vous avez fait.{3/}"));
    assertEquals("inline-codes.missing", dropped.get(0).key());
    assertTrue(dropped.get(0).blocks());
    assertEquals(List.of("{2}"), dropped.get(0).arguments());
    assertEquals(
        List.of("inline-codes.twice"),
        keys(Check.INLINE_CODES, issues(EN, FR, source, "{1}a{/1}{1}b{/1} {2}c{/2}{3/}")));
    assertEquals(
        List.of("inline-codes.extra"),
        keys(Check.INLINE_CODES, issues(EN, FR, source, "{1}a{/1} {2}c{/2}{3/}{4/}")));
    assertEquals(
        List.of("inline-codes.order"),
        keys(Check.INLINE_CODES, issues(EN, FR, source, "{1}a {2}b{/1} c{/2}{3/}")));
  }

  @Test
  void contactsKeptPassAndChangedOnesAreNamed() {
    String source =
        "Write to press@embassy.example, call +44 20 7946 0321, see https://embassy.example/appeal or @EmbassyDesk.";
    assertEquals(
        List.of(),
        keys(
            Check.CONTACTS,
            issues(
                EN,
                FR,
                source,
                "Écrivez à press@embassy.example, appelez le +44 20 7946 0321, voyez https://embassy.example/appeal ou @EmbassyDesk.")));
    assertEquals(
        List.of(),
        keys(
            Check.CONTACTS,
            issues(
                EN,
                AR,
                source,
                "اكتبوا إلى press@embassy.example، اتصلوا على +44 20 7946 0321، انظروا https://embassy.example/appeal أو @EmbassyDesk.")));
    List<Issue> changed =
        of(
            Check.CONTACTS,
            issues(
                EN,
                JA,
                source,
                "press@embassy.exampleに書き、+44 20 7946 0322に電話し、https://embassy.example/appel または @EmbassyDeskを見てください。"));
    assertEquals(
        List.of("contact-missing.phone", "contact-missing.url"),
        changed.stream().map(Issue::key).sorted().toList());
    Issue url = changed.stream().filter(i -> i.key().endsWith("url")).findFirst().orElseThrow();
    assertEquals(List.of("https://embassy.example/appeal"), url.arguments());
    assertEquals(
        "https://embassy.example/appeal",
        source.substring(url.source().start(), url.source().end()));
    assertEquals(
        List.of("contact-missing.handle"),
        keys(Check.CONTACTS, issues(EN, FR, "Follow @EmbassyDesk.", "Suivez @AmbassadeDesk.")));
  }

  @Test
  void spacesAsInTheSourcePassAndOthersAreReported() {
    assertEquals(
        List.of(),
        keys(Check.SPACES, issues(EN, FR, "Release her now. ", "Libérez-la maintenant. ")));
    assertEquals(
        List.of("spaces.trailing"),
        keys(Check.SPACES, issues(EN, FR, "Release her now.", "Libérez-la maintenant. ")));
    assertEquals(
        List.of("spaces.leading"),
        keys(Check.SPACES, issues(EN, AR, "Release her now.", " أطلقوا سراحها الآن.")));
    List<Issue> twice = of(Check.SPACES, issues(EN, JA, "Release her now.", "彼女を  今すぐ釈放してください。"));
    assertEquals("spaces.double", twice.get(0).key());
    assertEquals(new Span(3, 5), twice.get(0).target());
  }

  @Test
  void finalMarksInEachScriptsFormPass() {
    assertEquals(
        List.of(),
        keys(Check.FINAL_PUNCTUATION, issues(EN, JA, "Release her now.", "今すぐ彼女を釈放してください。")));
    assertEquals(
        List.of(),
        keys(Check.FINAL_PUNCTUATION, issues(EN, AR, "Why is she held?", "لماذا هي محتجزة؟")));
    assertEquals(
        List.of(),
        keys(Check.FINAL_PUNCTUATION, issues(EN, HI, "Release her now.", "उसे अभी रिहा करें।")));
    assertEquals(
        List.of(),
        keys(Check.FINAL_PUNCTUATION, issues(EN, AM, "Release her now.", "አሁኑኑ ይልቀቋት።")));
    assertEquals(
        List.of(),
        keys(Check.FINAL_PUNCTUATION, issues(EN, TH, "Release her now.", "ปล่อยตัวเธอเดี๋ยวนี้")));
    assertEquals(
        List.of(),
        keys(
            Check.FINAL_PUNCTUATION,
            issues(EN, FR, "“Release her now.”", "« Libérez-la maintenant. »")));
    assertEquals(
        List.of(),
        keys(Check.FINAL_PUNCTUATION, issues(EN, FR, "Email: {p1/}", "Courriel : {p1/}")));
  }

  @Test
  void aMissingDifferentOrForeignFinalMarkIsReported() {
    List<Issue> form =
        of(Check.FINAL_PUNCTUATION, issues(EN, AR, "Why is she held?", "لماذا هي محتجزة?"));
    assertEquals("final-punctuation.form", form.get(0).key());
    assertEquals(List.of("?", "؟"), form.get(0).arguments());
    assertEquals(
        List.of("final-punctuation.form"),
        keys(Check.FINAL_PUNCTUATION, issues(EN, JA, "Release her now.", "今すぐ彼女を釈放してください.")));
    List<Issue> missing =
        of(Check.FINAL_PUNCTUATION, issues(EN, FR, "Release her now.", "Libérez-la maintenant"));
    assertEquals(List.of(".", "."), missing.get(0).arguments());
    assertEquals(
        List.of("final-punctuation.different"),
        keys(
            Check.FINAL_PUNCTUATION,
            issues(EN, DE, "Release her now!", "Lassen Sie sie jetzt frei.")));
    assertEquals(
        List.of("final-punctuation.added"),
        keys(Check.FINAL_PUNCTUATION, issues(EN, FR, "TAKE ACTION", "AGISSEZ.")));
  }

  @Test
  void pairedBracketsAndEachLanguagesQuotesPass() {
    String source = "She said “we will not be silenced” (in court).";
    assertEquals(
        List.of(),
        keys(
            Check.PAIRS,
            issues(EN, FR, source, "Elle a dit « nous ne nous tairons pas » (au tribunal).")));
    assertEquals(
        List.of(),
        keys(
            Check.PAIRS,
            issues(EN, DE, source, "Sie sagte „wir werden nicht schweigen“ (vor Gericht).")));
    assertEquals(List.of(), keys(Check.PAIRS, issues(EN, JA, source, "彼女は「黙らない」と（法廷で）言った。")));
    assertEquals(
        List.of(),
        keys(Check.PAIRS, issues(EN, FR, "She said: “we will not", "Elle a dit : « nous ne")));
  }

  @Test
  void anUnpairedBracketOrQuoteIsReportedWhereItIs() {
    String source = "She said “we will not be silenced” (in court).";
    List<Issue> bracket =
        of(
            Check.PAIRS,
            issues(EN, FR, source, "Elle a dit « nous ne nous tairons pas » (au tribunal."));
    assertEquals("unpaired.bracket", bracket.get(0).key());
    assertEquals(List.of("("), bracket.get(0).arguments());
    assertEquals(
        List.of("unpaired.quote"),
        keys(Check.PAIRS, issues(EN, AR, source, "قالت «لن نصمت (في المحكمة).")));
    assertEquals(
        List.of("unpaired.quote"), keys(Check.PAIRS, issues(EN, JA, source, "彼女は「黙らないと（法廷で）言った。")));
  }

  @Test
  void lengthAllowsForScriptsAndReportsWhatIsFarOff() {
    String source = "The authorities must release her immediately and unconditionally.";
    assertEquals(
        List.of(),
        keys(
            Check.LENGTH,
            issues(
                EN,
                FR,
                source,
                "Les autorités doivent la libérer immédiatement et sans condition.")));
    assertEquals(
        List.of(), keys(Check.LENGTH, issues(EN, JA, source, "当局は彼女を直ちに無条件で釈放しなければならない。")));
    assertEquals(
        List.of(),
        keys(
            Check.LENGTH,
            issues(EN, AR, source, "يجب على السلطات الإفراج عنها فورًا ودون قيد أو شرط.")));
    List<Issue> shortOne = of(Check.LENGTH, issues(EN, FR, source, "Libérez-la."));
    assertEquals("length.short", shortOne.get(0).key());
    assertEquals("45", shortOne.get(0).arguments().get(1));
    assertEquals(
        List.of("length.long"),
        keys(
            Check.LENGTH,
            issues(EN, JA, "Release her.", "当局は彼女を直ちに無条件で釈放しなければならない。そして拘束についての調査を行わなければならない。")));
  }

  @Test
  void anIdenticalTranslationIsReportedUnlessNothingNeedsTranslating() {
    assertEquals(
        List.of("identical"),
        keys(Check.IDENTICAL, issues(EN, FR, "Release her now.", "Release her now.")));
    assertEquals(
        List.of("identical"),
        keys(Check.IDENTICAL, issues(EN, AR, "Release her now.", "Release her now.")));
    assertEquals(
        List.of(),
        keys(Check.IDENTICAL, issues(EN, FR, "{p1/} – 31/07/2026", "{p1/} – 31/07/2026")));
    assertEquals(
        List.of(),
        keys(Check.IDENTICAL, issues(EN, Locale.US, "Release her now.", "Release her now.")));
    assertEquals(
        List.of(),
        keys(
            Check.IDENTICAL,
            Checking.issues(
                EN,
                JA,
                Glossary.EMPTY,
                Set.of("Mariam Tadesse"),
                "Mariam Tadesse",
                "Mariam Tadesse")));
  }

  @Test
  void aRepeatedWordIsReportedButLegitimateDoublesAreNot() {
    List<Issue> doubled =
        of(Check.REPEATED_WORD, issues(EN, FR, "Release her now.", "Libérez la la maintenant."));
    assertEquals(List.of("la"), doubled.get(0).arguments());
    assertEquals(new Span(11, 13), doubled.get(0).target());
    assertEquals(
        List.of(),
        keys(
            Check.REPEATED_WORD, issues(EN, FR, "We protect ourselves.", "Nous nous protégeons.")));
    assertEquals(
        List.of(),
        keys(
            Check.REPEATED_WORD, issues(EN, DE, "Release her now.", "Lassen Sie sie jetzt frei.")));
  }
}
