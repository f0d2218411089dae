package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invalid XLIFF 2 files of the corpus, one for each rule {@link Xliff2Validation} enforces: the
 * offline reader and the document engine both refuse each with one line that names the line of the
 * file and the rule.
 */
class InvalidXliffTest {

  /** What each file's message must name: its rule, in the words the message uses. */
  private static final Map<String, String> RULES =
      Map.ofEntries(
          Map.entry("01-not-well-formed.xlf", "not well-formed XML"),
          Map.entry("02-schema-unit-without-segment.xlf", "XLIFF 2 schemas"),
          Map.entry("03-schema-unit-id-not-nmtoken.xlf", "NMTOKEN"),
          Map.entry("04-schema-module-attribute-value.xlf", "enumeration"),
          Map.entry("05-file-id-twice.xlf", "file id must be unique"),
          Map.entry("06-unit-id-twice.xlf", "unit id must be unique"),
          Map.entry("07-id-twice-in-unit.xlf", "unique among the segments and codes"),
          Map.entry("08-ec-without-sc.xlf", "has no <sc>"),
          Map.entry("09-sc-without-ec.xlf", "has no <ec startRef>"),
          Map.entry("10-dataref-without-data.xlf", "names no <data>"),
          Map.entry("11-target-without-trglang.xlf", "no trgLang"),
          Map.entry("12-cp-not-a-character.xlf", "names no Unicode character"),
          Map.entry("13-module-element-misplaced.xlf", "may not stand in <group>"),
          Map.entry("14-size-info-and-ref.xlf", "sizeInfo and sizeInfoRef"),
          Map.entry("15-size-restriction-without-profile.xlf", "needs a generalProfile"),
          Map.entry("16-storage-restriction-not-a-size.xlf", "is not a size for xliff:utf8"),
          Map.entry("17-resource-content-and-href.xlf", "not both"),
          Map.entry("18-resource-item-ref-dangling.xlf", "names no resource item"),
          Map.entry("19-match-subtype-without-type.xlf", "subType needs a type"),
          Map.entry("20-gloss-entry-incomplete.xlf", "translation or a definition"),
          Map.entry("21-validation-rule-ambiguous.xlf", "exactly one of"),
          Map.entry("22-change-item-with-elements.xlf", "holds text only"));

  static Stream<Path> invalid() throws IOException {
    try (Stream<Path> files = Files.list(CorpusRoundTripTest.folder("invalid"))) {
      return files.sorted().toList().stream();
    }
  }

  @Test
  void everyFileHasItsRule() throws IOException {
    assertTrue(invalid().count() == RULES.size(), "one file per rule, and a rule for every file");
  }

  @Test
  void aLaterVersionIsNamed() {
    byte[] v22 =
        ("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.2\" version=\"2.2\" srcLang=\"en\">"
                + "<file id=\"f\"><unit id=\"u\"><segment><source>Write.</source></segment></unit>"
                + "</file></xliff>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    XliffException e = assertThrows(XliffException.class, () -> Xliff.read(v22));
    assertTrue(e.getMessage().contains("XLIFF 2.2"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void refusedWithTheLineAndTheRule(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    String rule = RULES.get(file.getFileName().toString());
    XliffException offline = assertThrows(XliffException.class, () -> Xliff.read(content));
    assertNamesLineAndRule(offline.getMessage(), rule);
    DocumentFormat format = DocumentFormat.detect(file.getFileName().toString(), content);
    DocumentException engine =
        assertThrows(
            DocumentException.class,
            () -> new DocumentEngine().extract(content, format, Locale.ENGLISH));
    assertNamesLineAndRule(engine.getMessage(), rule);
  }

  private static void assertNamesLineAndRule(String message, String rule) {
    assertTrue(message.matches("The XLIFF 2 file is not valid: line \\d+: .*"), message);
    assertTrue(message.contains(rule), "names its rule (" + rule + "): " + message);
    assertTrue(!message.contains("\n"), "one line: " + message);
  }
}
