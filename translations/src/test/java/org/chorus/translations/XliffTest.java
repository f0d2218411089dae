package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** XLIFF 2.1 and 1.2 written and read back; invalid and hostile files refused. */
class XliffTest {

  private static final List<Token> TOKENS =
      List.of(
          new Token("{1}", Token.Kind.MARKUP, "<strong>"),
          new Token("{/1}", Token.Kind.MARKUP, "</strong>"),
          new Token("{p1/}", Token.Kind.PROTECTED, "press.office@embassy.example"),
          new Token("{2/}", Token.Kind.MARKUP, "<br>"));

  private static final OfflineFile FILE =
      new OfflineFile(
          "42",
          3,
          "ua-58-27.html",
          "en",
          "fr-FR",
          List.of(
              new OfflineUnit(
                  "a1b2c3",
                  "URGENT ACTION",
                  null,
                  UnitState.UNTRANSLATED,
                  List.of("HEADING"),
                  List.of()),
              new OfflineUnit(
                  "d4e5f6",
                  "Write to {1}the ambassador{/1} at {p1/}.{2/}",
                  "Écrivez à {1}l'ambassadeur{/1} à {p1/}.{2/}",
                  UnitState.TRANSLATED,
                  List.of("PARAGRAPH"),
                  TOKENS),
              new OfflineUnit(
                  "g7h8",
                  "Dear Ambassador,",
                  "Monsieur l'Ambassadeur,",
                  UnitState.APPROVED,
                  List.of(),
                  List.of()),
              new OfflineUnit(
                  "i9",
                  "Yours sincerely,",
                  "Salutations",
                  UnitState.REJECTED,
                  List.of("Rejected: use the formal closing."),
                  List.of()),
              new OfflineUnit(
                  "j0", "Tell us.", "Dites-nous.", UnitState.DRAFT, List.of(), List.of()),
              new OfflineUnit(
                  "k1", "Release her.", "Libérez-la.", UnitState.OUTDATED, List.of(), List.of())));

  @Test
  void xliff21RoundTripKeepsTextCodesStatesAndNotes() {
    byte[] xml = Xliff.write21(FILE);
    String text = new String(xml, StandardCharsets.UTF_8);
    assertTrue(text.contains("version=\"2.1\""), text);
    assertTrue(text.contains("<sc id=\"1\" canDelete=\"no\"/>"), text);
    assertTrue(text.contains("disp=\"press.office@embassy.example\""), text);
    assertSameUnits(Xliff.read(xml));
  }

  @Test
  void xliff12RoundTripKeepsTextCodesStatesAndNotes() {
    byte[] xml = Xliff.write12(FILE);
    String text = new String(xml, StandardCharsets.UTF_8);
    assertTrue(text.contains("<bx id=\"1\" equiv-text=\"&lt;strong>\"/>"), text);
    assertTrue(text.contains("state=\"signed-off\""), text);
    OfflineFile back = Xliff.read(xml);
    assertSameUnits(back);
  }

  @Test
  void theWrittenXliff21IsReadByOkapiAsWell() {
    ExtractedDocument doc =
        new DocumentEngine().extract(Xliff.write21(FILE), DocumentFormat.XLIFF2, Locale.ENGLISH);
    assertTrue(doc.segments().stream().anyMatch(s -> s.text().equals("Dear Ambassador,")));
  }

  @Test
  void invalidFilesAreRefusedWithTheReason() {
    var notXliff =
        assertThrows(XliffException.class, () -> Xliff.read(bytes("<html><body>no</body></html>")));
    assertTrue(notXliff.getMessage().contains("not an XLIFF file"), notXliff.getMessage());
    String noSegment =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">"
            + "<file id=\"f1\"><unit id=\"u1\"><source>x</source></unit></file></xliff>";
    var invalid = assertThrows(XliffException.class, () -> Xliff.read(bytes(noSegment)));
    assertTrue(invalid.getMessage().contains("not valid"), invalid.getMessage());
    String noId =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">"
            + "<file><unit id=\"u1\"><segment><source>x</source></segment></unit></file></xliff>";
    assertThrows(XliffException.class, () -> Xliff.read(bytes(noId)));
    String oldWithoutFile =
        "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"></xliff>";
    assertThrows(XliffException.class, () -> Xliff.read(bytes(oldWithoutFile)));
    assertThrows(
        XliffException.class, () -> Xliff.read(bytes("<xliff version=\"2.1\"><unclosed>")));
  }

  @Test
  void hostileXliffIsRefused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">"
            + "<file id=\"f\"><unit id=\"u\"><segment><source>&e;</source></segment></unit></file></xliff>";
    assertThrows(DocumentException.class, () -> Xliff.read(bytes(xxe)));
  }

  @Test
  void aCharacterXmlCannotHoldIsWrittenAsCp() {
    OfflineFile bell =
        new OfflineFile(
            "42",
            1,
            "bell.txt",
            "en",
            "fr",
            List.of(
                new OfflineUnit(
                    "a1", "A bell \u0007 rang.", null, UnitState.UNTRANSLATED, null, null)));
    byte[] v2 = Xliff.write21(bell);
    assertTrue(new String(v2, StandardCharsets.UTF_8).contains("<cp hex=\"0007\"/>"));
    assertEquals("A bell \u0007 rang.", Xliff.read(v2).units().get(0).source());
    assertEquals("A bell  rang.", Xliff.read(Xliff.write12(bell)).units().get(0).source());
  }

  @Test
  void repeatedSentencesGiveUnitIdsThatXliff2Accepts() {
    ExtractedDocument doc =
        new DocumentEngine()
            .extract(
                bytes("<p>Please write now.</p><p>Please write now.</p>"),
                DocumentFormat.HTML,
                Locale.ENGLISH);
    List<OfflineUnit> units =
        doc.segments().stream()
            .map(
                s ->
                    new OfflineUnit(
                        s.key(), s.text(), null, UnitState.UNTRANSLATED, null, s.tokens()))
            .toList();
    OfflineFile file = new OfflineFile("7", 1, "a.html", "en", "fr", units);
    assertEquals(2, Xliff.read(Xliff.write21(file)).units().size());
  }

  private static void assertSameUnits(OfflineFile back) {
    assertEquals("42", back.localization());
    assertEquals(3, back.revision());
    assertEquals("fr-FR", back.targetLanguage());
    assertEquals(FILE.units().size(), back.units().size());
    for (int i = 0; i < FILE.units().size(); i++) {
      OfflineUnit a = FILE.units().get(i);
      OfflineUnit b = back.units().get(i);
      assertEquals(a.key(), b.key());
      assertEquals(a.source(), b.source());
      assertEquals(a.target(), b.target());
      assertEquals(a.state(), b.state(), a.key());
      assertEquals(a.notes(), b.notes());
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
