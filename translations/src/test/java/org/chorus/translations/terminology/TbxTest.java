package org.chorus.translations.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TbxTest {

  @Test
  void readsTbxV3BasicWithStatusesNotesAndDoNotTranslate() {
    Glossary g = Glossaries.lumen();
    assertEquals(5, g.concepts().size());
    Concept defender = Glossaries.concept(g, "lri-002");
    assertEquals("human rights", defender.subject());
    assertTrue(defender.definition().startsWith("A person who acts peacefully"));
    List<Term> fr = defender.termsIn(Locale.FRANCE);
    assertEquals("défenseur des droits humains", fr.get(0).text());
    assertEquals(TermStatus.PREFERRED, fr.get(0).status());
    assertEquals("Féminin : défenseure des droits humains.", fr.get(0).note());
    assertEquals(TermStatus.FORBIDDEN, fr.get(1).status());
    assertEquals(TermStatus.ADMITTED, defender.termsIn(Locale.ENGLISH).get(1).status());
    Concept disappearance = Glossaries.concept(g, "lri-003");
    assertTrue(disappearance.note().contains("never \"kidnapping\""));
    assertEquals(TermStatus.FORBIDDEN, disappearance.termsIn(Locale.FRENCH).get(1).status());
    assertTrue(Glossaries.concept(g, "lri-001").doNotTranslate());
    assertFalse(defender.doNotTranslate());
    assertEquals(
        List.of("Lumen Rights International", "Write for Tomorrow"),
        List.copyOf(g.doNotTranslate()));
  }

  @Test
  void dctStyleReadsAsTheSameGlossary() {
    assertEquals(Glossaries.lumen(), Tbx.read(Glossaries.bytes("lumen-v3-dct.tbx")));
  }

  @Test
  void roundTripsThroughTbxV3Basic() {
    Glossary g = Glossaries.lumen();
    byte[] written = Tbx.write(g, Locale.ENGLISH);
    String xml = new String(written, StandardCharsets.UTF_8);
    assertTrue(xml.contains("xmlns=\"urn:iso:std:iso:30042:ed-2\""), xml);
    assertTrue(xml.contains("type=\"TBX-Basic\"") && xml.contains("style=\"dca\""), xml);
    assertTrue(xml.contains("deprecatedTerm-admn-sts"), xml);
    assertEquals(g, Tbx.read(written));
  }

  @Test
  void readsMultiTermTbxBasic2008InUtf16WithItsDoctype() {
    Glossary g = Tbx.read(Glossaries.bytes("multiterm-2008.tbx"));
    assertEquals(2, g.concepts().size());
    Concept detention = g.concepts().get(0);
    assertEquals("Detention", detention.subject());
    assertEquals(List.of("en-GB", "fr-FR", "ar"), List.copyOf(detention.terms().keySet()));
    assertTrue(detention.definition().startsWith("Detention without charge"));
    Term superseded = detention.termsIn(Locale.FRANCE).get(1);
    assertEquals("internement administratif", superseded.text());
    assertEquals(TermStatus.FORBIDDEN, superseded.status());
    assertEquals("Historical term; avoid in appeals.", superseded.note());
    Term deprecated = g.concepts().get(1).termsIn(Locale.UK).get(1);
    assertEquals(TermStatus.FORBIDDEN, deprecated.status());
    assertEquals(TermStatus.ADMITTED, g.concepts().get(1).termsIn(Locale.FRANCE).get(1).status());
  }

  @Test
  void readsNtigTermGroupsAndNormativeAuthorization() {
    Glossary g = Tbx.read(Glossaries.bytes("memoq-2008.tbx"));
    Concept letter = g.concepts().get(0);
    List<Term> es = letter.termsIn(Locale.forLanguageTag("es"));
    assertEquals(TermStatus.PREFERRED, es.get(0).status());
    assertEquals(TermStatus.FORBIDDEN, es.get(1).status());
    assertEquals(TermStatus.ADMITTED, letter.termsIn(Locale.GERMAN).get(0).status());
    assertTrue(letter.definition().startsWith("Letters, e-mails"));
  }

  @Test
  void aTermListWithoutStatusesIsPreferredTerms() {
    Glossary g = Tbx.read(Glossaries.bytes("sketch-engine.tbx"));
    assertEquals(3, g.concepts().size());
    assertTrue(
        g.concepts().stream()
            .flatMap(c -> c.allTerms().stream())
            .allMatch(t -> t.status() == TermStatus.PREFERRED));
  }

  @Test
  void brokenFilesAreRefusedWithTheLineAndTheReason() {
    refused("", 0, "empty");
    refused("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"/>", 2, "not a TBX file");
    refused(
        wrap("<conceptEntry id=\"a\">\n<langSec xml:lang=\"en\"><termSec><term>x</term>"), 0, "");
    refused(
        wrap(
            "<conceptEntry id=\"a\">\n<langSec><termSec><term>x</term></termSec></langSec></conceptEntry>"),
        5,
        "xml:lang");
    refused(
        wrap(
            "<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>x</term>\n"
                + "<termNote type=\"administrativeStatus\">approvedish</termNote>"
                + "</termSec></langSec></conceptEntry>"),
        5,
        "approvedish");
    refused(
        wrap(
            "<conceptEntry id=\"a\"><langSec xml:lang=\"en\">\n<termSec><note>n</note></termSec>"
                + "</langSec></conceptEntry>"),
        5,
        "no term");
    refused(wrap("<conceptEntry id=\"empty\">\n</conceptEntry>"), 4, "has no term");
    refused(
        wrap("<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>x</b></term>"), 4, "");
  }

  @Test
  void entitiesAreRefusedAndNoDtdIsLoaded() {
    String bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n <!ENTITY a \"aaaaaaaaaa\">\n"
            + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n<tbx>&b;</tbx>";
    refused(bomb, 3, "entities");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<tbx>&x;</tbx>";
    refused(xxe, 2, "entities");
    String remoteDtd =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"http://127.0.0.1:9/never.dtd\">\n"
            + "<martif type=\"TBX-Basic\"><text><body><termEntry><langSet xml:lang=\"en\">"
            + "<tig><term>fair trial</term></tig></langSet></termEntry></body></text></martif>";
    Glossary g =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> Tbx.read(remoteDtd.getBytes(StandardCharsets.UTF_8)));
    assertEquals("fair trial", g.concepts().get(0).allTerms().get(0).text());
  }

  @Test
  void invalidUtf8IsRefusedAtItsLine() {
    byte[] good =
        wrap("<conceptEntry><langSec xml:lang=\"fr\"><termSec>\n<term>été</term>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    int accent = 0;
    while ((good[accent] & 0xFF) != 0xC3) {
      accent++;
    }
    bad[accent] = (byte) 0xE9;
    var e = assertThrows(GlossaryFormatException.class, () -> Tbx.read(bad));
    assertEquals(5, e.line(), e.getMessage());
    assertTrue(e.reason().contains("UTF-8"), e.getMessage());
  }

  private static String wrap(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
        + "<text><body>\n"
        + body
        + "\n</body></text></tbx>";
  }

  private static void refused(String xml, int line, String reason) {
    var e =
        assertThrows(
            GlossaryFormatException.class, () -> Tbx.read(xml.getBytes(StandardCharsets.UTF_8)));
    if (line > 0) {
      assertEquals(line, e.line(), e.getMessage());
    }
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
