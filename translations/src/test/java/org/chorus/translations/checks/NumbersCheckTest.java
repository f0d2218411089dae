package org.chorus.translations.checks;

import static org.chorus.translations.checks.Checking.AR;
import static org.chorus.translations.checks.Checking.DE;
import static org.chorus.translations.checks.Checking.EN;
import static org.chorus.translations.checks.Checking.ES;
import static org.chorus.translations.checks.Checking.FR;
import static org.chorus.translations.checks.Checking.HI;
import static org.chorus.translations.checks.Checking.JA;
import static org.chorus.translations.checks.Checking.TH;
import static org.chorus.translations.checks.Checking.issues;
import static org.chorus.translations.checks.Checking.keys;
import static org.chorus.translations.checks.Checking.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersCheckTest {

  private static final String SOURCE = "The fine is 1,234.5 dollars for 12 people.";

  @Test
  void numbersInEachLocalesFormsPass() {
    assertNone(EN, FR, SOURCE, "L’amende est de 1\u202F234,5 dollars pour 12 personnes.");
    assertNone(EN, FR, SOURCE, "L’amende est de 1 234,5 dollars pour 12 personnes.");
    assertNone(EN, DE, SOURCE, "Die Geldstrafe beträgt 1.234,5 Dollar für 12 Personen.");
    assertNone(
        EN,
        Locale.forLanguageTag("de-CH"),
        SOURCE,
        "Die Busse beträgt 1’234.5 Dollar für 12 Personen.");
    assertNone(EN, AR, SOURCE, "الغرامة ١٬٢٣٤٫٥ دولار لـ ١٢ شخصًا.");
    assertNone(EN, AR, SOURCE, "الغرامة 1,234.5 دولار لـ 12 شخصًا.");
    assertNone(EN, HI, SOURCE, "जुर्माना १,२३४.५ डॉलर है, १२ लोगों के लिए।");
    assertNone(EN, JA, SOURCE, "罰金は12人に対して1,234.5ドルです。");
  }

  @Test
  void aMissingOrAddedNumberIsReportedWhereItIs() {
    String target = "L’amende est de 1 234,5 dollars pour 13 personnes.";
    List<Issue> found = of(Check.NUMBERS, issues(EN, FR, SOURCE, target));
    assertEquals(
        List.of("number-mismatch.added", "number-mismatch.missing"),
        found.stream().map(Issue::key).toList());
    Issue added = found.get(0);
    assertEquals(List.of("13"), added.arguments());
    assertEquals("13", target.substring(added.target().start(), added.target().end()));
    Issue missing = found.get(1);
    assertEquals("12", SOURCE.substring(missing.source().start(), missing.source().end()));
    assertEquals(
        List.of("number-mismatch.missing"),
        keys(Check.NUMBERS, issues(EN, AR, SOURCE, "الغرامة ١٬٢٣٤٫٥ دولار لعدة أشخاص.")));
  }

  @Test
  void aNumberInTheSourcesFormIsAFormIssueWithTheTargetsForm() {
    List<Issue> found =
        of(
            Check.NUMBERS,
            issues(EN, FR, SOURCE, "L’amende est de 1,234.5 dollars pour 12 personnes."));
    assertEquals(1, found.size(), found.toString());
    assertEquals("number-mismatch.form", found.get(0).key());
    assertEquals(List.of("1,234.5", "1\u202F234,5"), found.get(0).arguments());
    List<Issue> misread =
        of(
            Check.NUMBERS,
            issues(EN, FR, "Over 1,500 people signed.", "Plus de 1,500 personnes ont signé."));
    assertEquals(List.of("number-mismatch.form"), misread.stream().map(Issue::key).toList());
  }

  @Test
  void aCopiedReferenceThatCannotBeMisreadIsAccepted() {
    assertNone(
        EN,
        FR,
        "Tell us what you did for UA 101.26.",
        "Dites-nous ce que vous avez fait pour l’AU 101.26.");
  }

  @Test
  void datesInEachLanguagesWordsPass() {
    String source = "Please act before 31 July 2026.";
    assertNone(EN, FR, source, "Agissez avant le 31 juillet 2026.");
    assertNone(EN, JA, source, "2026年7月31日までに行動してください。");
    assertNone(EN, AR, source, "يرجى التحرك قبل ٣١ يوليو ٢٠٢٦.");
    assertNone(EN, ES, source, "Actúe antes del 31 de julio de 2026.");
    assertNone(EN, DE, source, "Bitte handeln Sie vor dem 31. Juli 2026.");
    assertNone(EN, TH, source, "โปรดดำเนินการก่อนวันที่ 31 กรกฎาคม 2569");
    assertNone(EN, FR, source, "Agissez avant le 31/07/2026.");
    assertNone(
        Locale.US, FR, "Please act before July 31, 2026.", "Agissez avant le 31 juillet 2026.");
  }

  @Test
  void aWrongOrUntranslatedDateIsReported() {
    String source = "Please act before 31 July 2026.";
    assertEquals(
        List.of("date-mismatch.added", "date-mismatch.missing"),
        keys(Check.DATES, issues(EN, FR, source, "Agissez avant le 30 juillet 2026.")));
    List<Issue> form = of(Check.DATES, issues(EN, FR, source, "Agissez avant le 31 July 2026."));
    assertEquals(1, form.size(), form.toString());
    assertEquals(List.of("31 July 2026", "31 juillet 2026"), form.get(0).arguments());
    assertEquals(
        List.of("date-mismatch.missing"),
        keys(Check.DATES, issues(EN, JA, source, "7月31日までに行動してください。")));
  }

  @Test
  void placeholderDigitsAreNotNumbers() {
    assertNone(
        EN,
        FR,
        "Write to {1}the office{/1} {2/} today {p1/}.",
        "Écrivez {1}au bureau{/1} {2/} aujourd’hui {p1/}.");
  }

  private static void assertNone(Locale source, Locale target, String src, String trg) {
    List<Issue> all = issues(source, target, src, trg);
    assertEquals(List.of(), of(Check.NUMBERS, all), trg);
    assertEquals(List.of(), of(Check.DATES, all), trg);
  }
}
