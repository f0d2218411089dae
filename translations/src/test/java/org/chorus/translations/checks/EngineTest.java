package org.chorus.translations.checks;

import static org.chorus.translations.checks.Checking.AR;
import static org.chorus.translations.checks.Checking.EN;
import static org.chorus.translations.checks.Checking.FR;
import static org.chorus.translations.checks.Checking.JA;
import static org.chorus.translations.checks.Checking.keys;
import static org.chorus.translations.checks.Checking.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.chorus.translations.terminology.Glossary;
import org.chorus.translations.terminology.Tbx;
import org.chorus.translations.terminology.TermFinder;
import org.junit.jupiter.api.Test;

/** Glossary terms, consistency over a localization, the organisation's settings, adaptations. */
class EngineTest {

  private static final Glossary LUMEN = lumen();

  @Test
  void preferredTermsPassInEachScript() {
    String source = "Two human rights defenders face enforced disappearance.";
    assertEquals(
        List.of(),
        keys(
            Check.TERMS,
            terms(
                EN,
                FR,
                source,
                "Deux défenseurs des droits humains risquent une disparition forcée.")));
    assertEquals(
        List.of(),
        keys(
            Check.TERMS,
            terms(EN, AR, source, "يواجه اثنان من مدافع عن حقوق الإنسان خطر الاختفاء القسري.")));
    assertEquals(
        List.of(),
        keys(Check.TERMS, terms(EN, JA, "A human rights defender was arrested.", "人権擁護者が逮捕された。")));
  }

  @Test
  void aMissingPreferredTermAndAForbiddenTermAreReported() {
    String source = "Two human rights defenders face enforced disappearance.";
    String target = "Deux défenseurs des droits de l’homme risquent un enlèvement.";
    List<Issue> found = of(Check.TERMS, terms(EN, FR, source, target));
    assertEquals(
        List.of(
            "term-mismatch.missing",
            "term-mismatch.missing",
            "term-mismatch.forbidden",
            "term-mismatch.forbidden"),
        found.stream().map(Issue::key).toList());
    assertEquals(
        List.of("human rights defenders", "défenseur des droits humains"),
        found.get(0).arguments());
    assertEquals(List.of("enlèvement", "disparition forcée"), found.get(3).arguments());
    Issue forbidden = found.get(3);
    assertEquals(
        "enlèvement", target.substring(forbidden.target().start(), forbidden.target().end()));
    assertEquals(
        List.of("term-mismatch.missing"),
        keys(Check.TERMS, terms(EN, JA, "A human rights defender was arrested.", "人権活動家が逮捕された。")));
  }

  @Test
  void aDoNotTranslateTermLeftInTheTextMustStayAsItIs() {
    String source = "Join Write for Tomorrow today.";
    assertEquals(
        List.of(),
        keys(Check.TERMS, terms(EN, FR, source, "Rejoignez Write for Tomorrow aujourd’hui.")));
    assertEquals(
        List.of("term-mismatch.missing"),
        keys(Check.TERMS, terms(EN, FR, source, "Rejoignez Écrire pour demain aujourd’hui.")));
  }

  @Test
  void theSameSourceTranslatedDifferentlyIsReportedOnEverySegmentOfIt() {
    QualityChecks checks = QualityChecks.of(EN, FR, CheckSettings.defaults());
    Map<String, List<Issue>> report =
        checks.checkAll(
            List.of(
                new SegmentPair("s1", "Release her now.", "Libérez-la maintenant."),
                new SegmentPair("s2", "Release her now.", "Relâchez-la immédiatement."),
                new SegmentPair("s3", "Release her now.", "Libérez-la maintenant."),
                new SegmentPair("s4", "Write today.", "Écrivez aujourd’hui."),
                new SegmentPair("s5", "Write today.", "Écrivez aujourd’hui."),
                new SegmentPair("s6", "Release her now.", "Écrivez à l’ambassade.", true)));
    assertEquals(List.of("inconsistent"), keys(Check.CONSISTENCY, report.get("s1")));
    Issue second = of(Check.CONSISTENCY, report.get("s2")).get(0);
    assertEquals(List.of("1", "Libérez-la maintenant.", "s1"), second.arguments());
    assertEquals(List.of(), keys(Check.CONSISTENCY, report.get("s4")));
    assertEquals(List.of(), keys(Check.CONSISTENCY, report.get("s6")));
    assertEquals(6, report.size());
  }

  @Test
  void theOrganisationDecidesWhatBlocksWhatWarnsAndWhatIsOff() {
    SegmentPair pair =
        new SegmentPair("k", "{1}Fine:{/1} 1,500 dollars.", "Amende : 1 600 dollars");
    List<Issue> byDefault = QualityChecks.of(EN, FR, CheckSettings.defaults()).check(pair);
    assertTrue(byDefault.stream().anyMatch(i -> i.key().equals("number-mismatch.added")));
    assertTrue(QualityChecks.blocks(byDefault), "inline codes block by default");
    CheckSettings strict =
        CheckSettings.defaults()
            .with(Check.NUMBERS, Severity.BLOCK)
            .with(Check.INLINE_CODES, Severity.WARN)
            .with(Check.FINAL_PUNCTUATION, Severity.OFF);
    List<Issue> configured = QualityChecks.of(EN, FR, strict).check(pair);
    assertTrue(of(Check.NUMBERS, configured).stream().allMatch(Issue::blocks));
    assertTrue(of(Check.INLINE_CODES, configured).stream().noneMatch(Issue::blocks));
    assertEquals(List.of(), of(Check.FINAL_PUNCTUATION, configured));
    assertFalse(of(Check.INLINE_CODES, configured).isEmpty());
  }

  @Test
  void anAdaptedSegmentGetsOnlyTheChecksOfItsOwnText() {
    SegmentPair adapted =
        new SegmentPair(
            "k",
            "Write to the embassy at {p1/} before 31 July 2026.",
            "Écrivez au consulat, 12 rue Rivoli, avant  le 30 août : enlèvement",
            true);
    TermFinder terms = TermFinder.of(LUMEN, EN, FR);
    List<Issue> found =
        new QualityChecks(EN, FR, CheckSettings.defaults(), terms, Set.of()).check(adapted);
    Set<String> checks = new HashSet<>();
    found.forEach(i -> checks.add(i.check()));
    assertEquals(Set.of("spaces", "term-mismatch"), checks, found.toString());
    assertEquals(List.of("term-mismatch.forbidden"), keys(Check.TERMS, found));
    SegmentPair invented = new SegmentPair("k", adapted.source(), "Au consulat {p2/}.", true);
    assertEquals(
        List.of("inline-codes.extra"),
        keys(
            Check.INLINE_CODES,
            QualityChecks.of(EN, FR, CheckSettings.defaults()).check(invented)));
  }

  @Test
  void anEmptyTranslationIsNotCheckedYet() {
    assertEquals(
        List.of(),
        QualityChecks.of(EN, FR, CheckSettings.defaults())
            .check(new SegmentPair("k", "Release her now.", "")));
  }

  @Test
  void everyKeyHasAnEnglishMessageThatTakesItsArguments() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        getClass().getResourceAsStream("/org/chorus/translations/checks/checks.properties")) {
      bundle.load(in);
    }
    Set<String> keys = new HashSet<>();
    for (Check c : Check.values()) {
      for (String key : c.keys()) {
        assertTrue(key.startsWith(c.code()), key);
        String message = bundle.getProperty(key);
        assertTrue(message != null && !message.isBlank(), "no message for " + key);
        String formatted =
            new MessageFormat(message, Locale.ENGLISH).format(new Object[] {"A", "B", "C"});
        assertFalse(formatted.contains("{"), key + ": " + formatted);
        keys.add(key);
      }
    }
    assertEquals(keys, bundle.stringPropertyNames(), "the bundle has exactly the checks' keys");
  }

  private static List<Issue> terms(Locale source, Locale target, String src, String trg) {
    return Checking.issues(source, target, LUMEN, Set.of(), src, trg);
  }

  private static Glossary lumen() {
    try (InputStream in = EngineTest.class.getResourceAsStream("/glossary/lumen-v3-dca.tbx")) {
      return Tbx.read(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
