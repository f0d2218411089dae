package org.chorus.translations.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlossaryCsvTest {

  @Test
  void readsTheDocumentedLayout() {
    Glossary g = GlossaryCsv.read(Glossaries.bytes("lumen.csv"));
    assertEquals(3, g.concepts().size());
    Concept defender = Glossaries.concept(g, "lri-002");
    assertEquals(List.of("en", "fr", "ar"), List.copyOf(defender.terms().keySet()));
    List<Term> fr = defender.termsIn(Locale.FRENCH);
    assertEquals(TermStatus.PREFERRED, fr.get(0).status());
    assertEquals("défenseur des droits de l’homme", fr.get(1).text());
    assertEquals(TermStatus.FORBIDDEN, fr.get(1).status());
    assertEquals("Older wording;\nthe organisation no longer uses it.", fr.get(1).note());
    assertEquals("human rights", defender.subject());
    Concept disappearance = Glossaries.concept(g, "lri-003");
    assertEquals(
        "Say \"disparition forcée\" for acts of state agents.",
        disappearance.termsIn(Locale.FRENCH).get(1).note());
    assertTrue(Glossaries.concept(g, "lri-001").doNotTranslate());
  }

  @Test
  void aSpreadsheetsSemicolonsWithoutIdsTieRowsByTheFirstTerm() {
    Glossary g = GlossaryCsv.read(Glossaries.bytes("excel-semicolon.csv"));
    assertEquals(2, g.concepts().size());
    Concept defender = g.concepts().get(1);
    assertEquals(1, defender.terms().get("en").size());
    assertEquals(TermStatus.PREFERRED, defender.terms().get("en").get(0).status());
    Term feminine = defender.termsIn(Locale.FRANCE).get(1);
    assertEquals("défenseuse des droits humains", feminine.text());
    assertEquals(TermStatus.ADMITTED, feminine.status());
    assertEquals("Forme féminine; \"défenseure\" aussi.", feminine.note());
  }

  @Test
  void roundTripsItsOwnFilesAndTbxGlossaries() {
    Glossary csv = GlossaryCsv.read(Glossaries.bytes("lumen.csv"));
    assertEquals(csv, GlossaryCsv.read(GlossaryCsv.write(csv, Locale.ENGLISH)));
    Glossary tbx = Glossaries.lumen();
    byte[] written = GlossaryCsv.write(tbx, Locale.ENGLISH);
    assertEquals(tbx, GlossaryCsv.read(written));
    String text = new String(written, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFid,en,fr,ar,ja,es,status,note,dnt,"), text);
  }

  @Test
  void cellsThatLookLikeFormulasAreDefusedAndComeBack() {
    Glossary g =
        new Glossary(
            List.of(
                new Concept(
                    "h1",
                    "",
                    "",
                    "",
                    true,
                    Map.of("en", List.of(new Term("@LumenRights", TermStatus.PREFERRED))))));
    byte[] written = GlossaryCsv.write(g, Locale.ENGLISH);
    assertTrue(new String(written, StandardCharsets.UTF_8).contains(",'@LumenRights,"));
    assertEquals(g, GlossaryCsv.read(written));
  }

  @Test
  void brokenFilesAreRefusedWithTheLineAndTheReason() {
    refused("", 0, "empty");
    refused(
        "en,fr\nurgent action,\"action urgente\nfair trial,procès équitable\n", 2, "never closes");
    refused("en,fr\nurgent action,action urgente,extra\n", 2, "3 fields");
    refused("en,remarks\nurgent action,x\n", 1, "\"remarks\"");
    refused("status,note\npreferred,x\n", 1, "no language column");
    refused("en,fr,status\n\nfair trial,procès équitable,approved\n", 3, "\"approved\"");
    refused("en,dnt\nLumen,maybe\n", 2, "yes or no");
    refused("en,fr\n\"fair\" trial,procès\n", 2, "closing quote");
    refused("en,fr\nfair \"trial\",procès\n", 2, "quote inside");
    refused("en,fr\n,procès équitable\n", 2, "no en term");
    refused("en,en\nx,y\n", 1, "twice");
  }

  @Test
  void invalidUtf8IsRefusedAtItsLine() {
    byte[] bytes =
        "en,fr\nfair trial,procès\nurgent action,action urgente\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    var e = assertThrows(GlossaryFormatException.class, () -> GlossaryCsv.read(bytes));
    assertEquals(2, e.line(), e.getMessage());
  }

  private static void refused(String csv, int line, String reason) {
    var e =
        assertThrows(
            GlossaryFormatException.class,
            () -> GlossaryCsv.read(csv.getBytes(StandardCharsets.UTF_8)));
    if (line > 0) {
      assertEquals(line, e.line(), e.getMessage());
    }
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
