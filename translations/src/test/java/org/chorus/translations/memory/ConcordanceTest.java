package org.chorus.translations.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chorus.translations.memory.Concordance.Hit;
import org.chorus.translations.memory.Concordance.Side;
import org.chorus.translations.memory.Concordance.Span;
import org.junit.jupiter.api.Test;

class ConcordanceTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale FR = Locale.FRENCH;
  private static final Locale AR = Locale.forLanguageTag("ar");

  private final MemoryIndex index =
      MemoryIndex.of(
          List.of(
              MemoryUnit.of(
                  1,
                  EN,
                  FR,
                  "Write to the {1}Prosecutor General{/1}.",
                  "Écrivez au procureur général.",
                  List.of()),
              MemoryUnit.of(
                  2,
                  EN,
                  FR,
                  "The prosecutor   general refused.",
                  "Le PROCUREUR Général a refusé.",
                  List.of()),
              MemoryUnit.of(3, EN, FR, "The minister refused.", "Le ministre a refusé.", List.of()),
              MemoryUnit.of(
                  4, FR, AR, "Le procureur général a refusé.", "رَفَضَ النائب العام.", List.of())));

  @Test
  void findsAPhraseWhateverItsCaseSpacingAndCodes() {
    List<Hit> hits =
        Concordance.search(index, "prosecutor general", Side.SOURCE, EN, FR, Set.of(), 10);
    assertEquals(List.of(2L, 1L), hits.stream().map(h -> h.unit().id()).toList());
    Hit coded = hits.get(1);
    Span span = coded.inSource().get(0);
    assertEquals(
        "Prosecutor General{/1}".substring(0, 18),
        coded.unit().source().substring(span.start(), span.end()));
    assertEquals(
        "prosecutor   general",
        hits.get(0)
            .unit()
            .source()
            .substring(hits.get(0).inSource().get(0).start(), hits.get(0).inSource().get(0).end()));
  }

  @Test
  void ignoresDiacriticsInTheTargetAndKeepsToThePair() {
    List<Hit> hits =
        Concordance.search(index, "procureur general", Side.TARGET, EN, FR, Set.of(), 10);
    assertEquals(List.of(2L, 1L), hits.stream().map(h -> h.unit().id()).toList());
    assertTrue(hits.get(0).inSource().isEmpty());
    assertEquals(
        "PROCUREUR Général",
        hits.get(0)
            .unit()
            .target()
            .substring(hits.get(0).inTarget().get(0).start(), hits.get(0).inTarget().get(0).end()));
  }

  @Test
  void ignoresArabicVowelMarks() {
    List<Hit> hits = Concordance.search(index, "رفض", Side.BOTH, FR, AR, Set.of(), 10);
    assertEquals(1, hits.size());
    assertEquals(0, hits.get(0).inTarget().get(0).start());
  }

  @Test
  void stopsAtTheLimitNewestFirst() {
    List<Hit> hits = Concordance.search(index, "refused", Side.BOTH, EN, FR, Set.of(), 1);
    assertEquals(List.of(3L), hits.stream().map(h -> h.unit().id()).toList());
  }
}
