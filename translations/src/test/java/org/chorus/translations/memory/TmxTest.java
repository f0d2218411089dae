package org.chorus.translations.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.translations.Token;
import org.chorus.translations.bench.AppealCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TmxTest {

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = TmxTest.class.getResourceAsStream("/tmx/" + name)) {
      return in.readAllBytes();
    }
  }

  private static List<MemoryUnit> read(byte[] file, TmxReader.Options options) {
    List<MemoryUnit> units = new ArrayList<>();
    TmxReader.read(new ByteArrayInputStream(file), options, units::add);
    return units;
  }

  private static List<MemoryUnit> read(String name) throws IOException {
    return read(fixture(name), TmxReader.Options.DEFAULT);
  }

  private static byte[] write(TmxHeader header, List<MemoryUnit> units) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TmxWriter w = new TmxWriter(out, header)) {
      units.forEach(w::write);
    }
    return out.toByteArray();
  }

  @Test
  void readsTradosStudiosUtf16FileWithItsEmptyCodesAndProps() throws IOException {
    List<MemoryUnit> units = read("trados-studio.tmx");
    assertEquals(2, units.size());
    MemoryUnit u = units.get(0);
    assertEquals(Locale.forLanguageTag("en-US"), u.sourceLocale());
    assertEquals(Locale.forLanguageTag("fr-FR"), u.targetLocale());
    assertEquals("Write to the {1}Minister of Justice{/1} before 30 June.", u.source());
    assertEquals("Écrivez au {1}ministre de la Justice{/1} avant le 30 juin.", u.target());
    assertEquals("LUMEN\\amelie", u.createdBy());
    assertEquals(Instant.parse("2026-03-11T10:10:10Z"), u.createdAt());
    assertEquals("2190465711, 0", u.properties().get("tmx:tu:prop:x-Context"));
    assertEquals("3", u.properties().get("tmx:tu@usagecount"));
    assertEquals("The lawyer was beaten.{1/} Nobody was charged.", units.get(1).source());
  }

  @Test
  void readsTheSameFileInUtf16BigEndian() throws IOException {
    byte[] le = fixture("trados-studio.tmx");
    String text = new String(le, 2, le.length - 2, StandardCharsets.UTF_16LE);
    ByteArrayOutputStream be = new ByteArrayOutputStream();
    be.write(0xFE);
    be.write(0xFF);
    be.write(text.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(read("trados-studio.tmx"), read(be.toByteArray(), TmxReader.Options.DEFAULT));
  }

  @Test
  void readsMemoqsCodesAndPropsAndEscapedText() throws IOException {
    List<MemoryUnit> units = read("memoq.tmx");
    MemoryUnit u = units.get(0);
    assertEquals(Locale.forLanguageTag("es-ES"), u.targetLocale());
    assertEquals("Please send your appeal to {1}the Governor{/1} by e-mail.", u.source());
    assertEquals(new Token("{1}", Token.Kind.MARKUP, "{}"), u.tokens().get(0));
    assertEquals("TAKE ACTION", u.properties().get("tmx:tu:prop:x-context-pre"));
    assertEquals("Fifteen teachers & students remain in detention.", units.get(1).source());
  }

  @Test
  void readsOmegatsTmx11WithTheAuthorOnTheTargetAndItsNote() throws IOException {
    List<MemoryUnit> units = read("omegat.tmx");
    assertEquals(2, units.size());
    MemoryUnit u = units.get(1);
    assertEquals(Locale.GERMAN, u.targetLocale());
    assertEquals("{1}Take action now{/1} and share {2/} this appeal.", u.source());
    assertEquals("{1}Handeln Sie jetzt{/1} und teilen Sie {2/} diesen Aufruf.", u.target());
    assertEquals("jonas", u.createdBy());
    assertEquals("Check the tone with the section.", u.properties().get("tmx:tgt:note"));
  }

  @Test
  void givesOneUnitPerTargetOfATuAndIsolatedCodes() throws IOException {
    List<MemoryUnit> units = read("okapi-rainbow.tmx");
    assertEquals(4, units.size());
    assertEquals(
        List.of("fr", "es", "ar"),
        units.subList(0, 3).stream().map(u -> u.targetLocale().toLanguageTag()).toList());
    assertEquals("اتصلوا {1}بمدير السجن{/1} في أيام العمل.{2/}", units.get(2).target());
    assertEquals("{1}12 May 2026 is the deadline.", units.get(3).source());
    assertEquals("ua-77-27_s3", units.get(0).properties().get("tmx:tu@tuid"));
  }

  @Test
  void takesThePreferredSourceWhenTheFileSaysAll() throws IOException {
    List<MemoryUnit> arabicFirst = read("wordfast.tmx");
    assertEquals("ar", arabicFirst.get(0).sourceLocale().getLanguage());
    assertEquals("fr", arabicFirst.get(1).sourceLocale().getLanguage(), "first tuv otherwise");
    List<MemoryUnit> french =
        read(fixture("wordfast.tmx"), new TmxReader.Options(Locale.FRENCH, null, 0));
    assertEquals(
        "Nous demandons la libération immédiate des {1}détenus{/1}.", french.get(0).source());
    assertEquals("Voir la photo {1/} ci-dessous{2/}", french.get(1).source());
    assertTrue(french.get(1).tokens().get(0).display().contains("Manifestation à Rabat"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "trados-studio.tmx",
        "memoq.tmx",
        "omegat.tmx",
        "okapi-rainbow.tmx",
        "wordfast.tmx"
      })
  void roundTripsEveryToolsFile(String name) throws IOException {
    TmxHeader[] header = new TmxHeader[1];
    List<MemoryUnit> units = new ArrayList<>();
    header[0] = TmxReader.read(new ByteArrayInputStream(fixture(name)), null, units::add);
    byte[] written = write(header[0], units);
    List<MemoryUnit> again = new ArrayList<>();
    TmxHeader header2 = TmxReader.read(new ByteArrayInputStream(written), null, again::add);
    assertEquals(units, again);
    assertEquals(header[0], header2);
  }

  @Test
  void keepsNativeCodesAndGroupsTargetsOnTheWayOut() throws IOException {
    List<MemoryUnit> units = read("okapi-rainbow.tmx");
    String xml = new String(write(TmxHeader.chorus("en"), units), StandardCharsets.UTF_8);
    assertEquals(2, xml.split("<tu[ >]").length - 1, xml);
    assertTrue(xml.contains("<bpt i=\"1\" x=\"1\">&lt;a href=\"tel:+15550100\"&gt;</bpt>"), xml);
    assertTrue(xml.contains("<it pos=\"begin\" x=\"1\">"), xml);
    String wordfast =
        new String(write(TmxHeader.chorus("fr"), read("wordfast.tmx")), StandardCharsets.UTF_8);
    assertTrue(wordfast.contains("<hi type=\"x-term\">détenus</hi>"), wordfast);
    assertTrue(wordfast.contains("<sub>Manifestation à Rabat</sub>"), wordfast);
    assertTrue(wordfast.contains("<ut>\\line</ut>"), wordfast);
  }

  @Test
  void roundTripsChorusUnitsWithContextProtectedContentAndServerProperties() {
    List<MemoryUnit> units =
        new AppealCorpus(11).units(40, 1).stream().map(u -> u.withId(0)).toList();
    List<MemoryUnit> back = read(write(TmxHeader.chorus("en"), units), null);
    assertEquals(
        units.stream()
            .map(
                u ->
                    new MemoryUnit(
                        0,
                        u.sourceLocale(),
                        u.targetLocale(),
                        u.source(),
                        u.target(),
                        u.tokens(),
                        u.context(),
                        0,
                        u.createdBy(),
                        u.createdAt(),
                        u.properties(),
                        u.notes()))
            .toList(),
        back.stream()
            .map(
                u ->
                    new MemoryUnit(
                        0,
                        u.sourceLocale(),
                        u.targetLocale(),
                        u.source(),
                        u.target(),
                        u.tokens(),
                        u.context(),
                        0,
                        u.createdBy(),
                        u.createdAt(),
                        Map.copyOf(withoutTmx(u.properties())),
                        u.notes()))
            .toList());
  }

  private static Map<String, String> withoutTmx(Map<String, String> props) {
    Map<String, String> out = new java.util.HashMap<>(props);
    out.keySet().removeIf(k -> k.startsWith("tmx:"));
    return out;
  }

  @ParameterizedTest
  @CsvSource({
    "unclosed-tag.tmx, 10, Unexpected <b>",
    "bad-encoding.tmx, 10, not well-formed",
    "missing-srclang.tmx, 3, srclang",
    "tuv-without-seg.tmx, 11, has no <seg>",
    "ept-without-bpt.tmx, 9, no <bpt>",
    "no-source-tuv.tmx, 9, source language",
    "entities.tmx, 5, entities",
    "not-tmx.xml, 2, not a TMX file"
  })
  void refusesABrokenFileWithTheLineAndTheReason(String name, int line, String reason)
      throws IOException {
    byte[] file = fixture("broken/" + name);
    TmxException e =
        assertThrows(
            TmxException.class, () -> TmxReader.validate(new ByteArrayInputStream(file), null));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
  }

  @Test
  void tellsProgressInUnitsAndBytes() throws IOException {
    List<MemoryUnit> units = new AppealCorpus(5).units(2_500, 1);
    byte[] file = write(TmxHeader.chorus("en"), units);
    List<long[]> told = new ArrayList<>();
    long read =
        TmxReader.validate(
            new ByteArrayInputStream(file),
            new TmxReader.Options(
                null, (n, bytes, total) -> told.add(new long[] {n, bytes, total}), file.length));
    assertEquals(2_500, read);
    assertEquals(List.of(1000L, 2000L, 2500L), told.stream().map(t -> t[0]).toList());
    assertEquals(file.length, told.get(2)[1]);
    assertTrue(told.get(0)[1] < told.get(1)[1]);
  }
}
