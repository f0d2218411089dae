package org.chorus.translations.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chorus.translations.memory.Analysis.Band;
import org.chorus.translations.memory.Analysis.Segment;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale FR = Locale.FRENCH;

  @Test
  void sortsEverySentenceIntoItsBandAndCountsTheWords() {
    MemoryContext salutation = MemoryContext.of("k-salutation", "Write today.", null);
    List<MemoryUnit> units =
        List.of(
            new MemoryUnit(
                1,
                EN,
                FR,
                "Dear Minister,",
                "Monsieur le Ministre,",
                List.of(),
                salutation,
                0,
                "",
                null,
                java.util.Map.of(),
                List.of()),
            MemoryUnit.of(
                2, EN, FR, "Release all the detained students now.", "Libérez...", List.of()),
            MemoryUnit.of(
                3,
                EN,
                FR,
                "She has been held in secret since the start of June.",
                "Elle...",
                List.of()),
            MemoryUnit.of(
                4,
                EN,
                FR,
                "Twenty of them were beaten by the police in the street outside.",
                "Vingt...",
                List.of()),
            MemoryUnit.of(
                5,
                EN,
                FR,
                "Yours sincerely and with my best and warmest regards,",
                "Veuillez...",
                List.of()));
    MemoryIndex index = MemoryIndex.of(units);
    List<Segment> doc = new ArrayList<>();
    doc.add(segment("Dear Minister,", 2, salutation));
    doc.add(segment("Release all the detained students now.", 6, null));
    doc.add(segment("Release all the detained students now.", 6, null));
    // 12 units against 13, one deleted: 92
    doc.add(segment("Twenty of them were beaten by police in the street outside.", 11, null));
    // 13 units, two replaced: 84
    doc.add(segment("She has been held in secret since the end of May.", 11, null));
    doc.add(segment("Nothing like this sentence is in the memory at all.", 10, null));
    // the same units, spaced differently: 99
    doc.add(segment("Yours sincerely and with my best and warmest regards ,", 9, null));
    Analysis.Report report = Analysis.analyse(doc, index, EN, FR, Set.of(), 50);
    List<Band> bands = report.results().stream().map(Analysis.Result::band).toList();
    assertEquals(
        List.of(
            Band.IN_CONTEXT,
            Band.EXACT,
            Band.REPETITION,
            Band.MEDIUM,
            Band.LOW,
            Band.NO_MATCH,
            Band.HIGH),
        bands);
    assertEquals(6, report.words().get(Band.EXACT));
    assertEquals(9, report.words().get(Band.HIGH));
    assertEquals(6, report.words().get(Band.REPETITION));
    assertEquals(2, report.words().get(Band.IN_CONTEXT));
    assertEquals(1, report.segments().get(Band.LOW));
    assertNull(report.results().get(5).match());
  }

  @Test
  void bandsFollowTheUsualLimits() {
    assertEquals(Band.EXACT, Band.of(100));
    assertEquals(Band.HIGH, Band.of(95));
    assertEquals(Band.MEDIUM, Band.of(94));
    assertEquals(Band.MEDIUM, Band.of(85));
    assertEquals(Band.LOW, Band.of(84));
    assertEquals(Band.LOW, Band.of(75));
    assertEquals(Band.NO_MATCH, Band.of(74));
  }

  private static Segment segment(String source, int words, MemoryContext context) {
    return new Segment("k" + source.hashCode(), source, List.of(), words, context);
  }
}
