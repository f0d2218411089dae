package org.chorus.translations.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chorus.translations.Token;
import org.chorus.translations.bench.AppealCorpus;
import org.chorus.translations.revision.WordDiff;
import org.junit.jupiter.api.Test;

class MemoryIndexTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale FR = Locale.forLanguageTag("fr-FR");

  private static MemoryUnit unit(long id, String source, String target, Token... tokens) {
    return MemoryUnit.of(id, EN, FR, source, target, List.of(tokens));
  }

  private static MemoryQuery query(String source, Token... tokens) {
    return MemoryQuery.of(source, List.of(tokens), EN, FR);
  }

  private static Token name(String placeholder, String display) {
    return new Token(placeholder, Token.Kind.PROTECTED, display);
  }

  @Test
  void scoresByWordEditDistanceOverTheLongerSentence() {
    MemoryIndex index =
        MemoryIndex.of(
            List.of(
                unit(1, "Write to the Minister of Justice today.", "Écrivez au ministre."),
                unit(
                    2, "Write to the Minister of Justice.", "Écrivez au ministre de la Justice.")));
    List<Match> matches = index.search(query("Write to the Minister of Justice now."), 5, 50);
    assertEquals(2, matches.size());
    // 8 against 7 units, one inserted: 100 × 7 / 8 = 87, and the newer unit first
    assertEquals(2, matches.get(0).unit().id());
    assertEquals(87, matches.get(0).score());
    // 8 units each, one replaced: 87 as well
    assertEquals(87, matches.get(1).score());
    assertEquals(1, matches.get(1).unit().id());
  }

  @Test
  void caseAndSpacingAloneCost1AndPlaceholdersCountAsOneUnit() {
    MemoryIndex index =
        MemoryIndex.of(
            List.of(
                unit(1, "tell us what you did.", "Dites-nous ce que vous avez fait."),
                unit(
                    2,
                    "{1}Tell us{/1} what you did.",
                    "{1}Dites-nous{/1} ce que vous avez fait.")));
    assertEquals(99, index.search(query("Tell us  what you did."), 1, 0).get(0).score());
    Match coded = index.search(query("{3}Tell us{/3} what you did."), 1, 0).get(0);
    assertEquals(100, coded.score());
    assertEquals("{3}Dites-nous{/3} ce que vous avez fait.", coded.target());
    // 8 units against 6: the two placeholders are two units
    Match plain = index.search(query("Tell us what you did."), 2, 0).get(1);
    assertEquals(100 * 6 / 8, plain.rawScore());
  }

  @Test
  void japaneseIsMatchedCharacterByCharacter() {
    MemoryIndex index =
        MemoryIndex.of(
            List.of(
                MemoryUnit.of(
                    1, Locale.JAPANESE, EN, "彼女は六月九日に逮捕された。", "She was arrested.", List.of())));
    Match m =
        index
            .search(MemoryQuery.of("彼女は六月十日に逮捕された。", List.of(), Locale.JAPANESE, EN), 1, 50)
            .get(0);
    // 14 characters, one replaced
    assertEquals(100 * 13 / 14, m.score());
  }

  @Test
  void aMatchDifferingOnlyInProtectedContentIsAdaptedWithTheQuerysTokens() {
    MemoryIndex index =
        MemoryIndex.of(
            List.of(
                unit(
                    1,
                    "{p1/} was arrested in {1}Tehran{/1} with {p2/}.",
                    "{p1/} a été arrêté à {1}Téhéran{/1} avec {p2/}.",
                    name("{p1/}", "Ali Musa"),
                    name("{p2/}", "Omid Karimi"))));
    Match m =
        index
            .search(
                query(
                    "{p2/} was arrested in {3}Tehran{/3} with {p1/}.",
                    name("{p1/}", "Leila Nasser"), name("{p2/}", "Kofi Osei")),
                1,
                0)
            .get(0);
    assertTrue(m.adapted());
    assertEquals(100, m.score());
    assertTrue(m.rawScore() < 100, "raw " + m.rawScore());
    assertEquals("{p2/} a été arrêté à {3}Téhéran{/3} avec {p1/}.", m.target());
    assertTrue(
        m.difference().stream()
            .anyMatch(p -> p.kind() == WordDiff.Kind.DELETED && p.text().contains("Ali")),
        m.difference().toString());
  }

  @Test
  void numbersAreAdaptedWhereTheTargetWritesThemAlike() {
    MemoryIndex index =
        MemoryIndex.of(
            List.of(
                unit(
                    1,
                    "He was sentenced to 12 years on 9 June.",
                    "Il a été condamné à 12 ans le 9 juin."),
                unit(2, "They arrested 1,200 people.", "Ils ont arrêté 1 200 personnes.")));
    Match adapted = index.search(query("He was sentenced to 15 years on 3 June."), 1, 0).get(0);
    assertTrue(adapted.adapted());
    assertEquals(100, adapted.score());
    // 10 units, two numbers replaced
    assertEquals(80, adapted.rawScore());
    assertEquals("Il a été condamné à 15 ans le 3 juin.", adapted.target());
    Match notAdapted = index.search(query("They arrested 1,500 people."), 1, 0).get(0);
    assertFalse(notAdapted.adapted(), "the target writes 1 200, not 1,200");
    assertEquals(notAdapted.rawScore(), notAdapted.score());
  }

  @Test
  void aDifferentWordIsNotAdapted() {
    MemoryIndex index =
        MemoryIndex.of(
            List.of(
                unit(
                    1,
                    "{p1/} is held in Minsk.",
                    "{p1/} est détenu à Minsk.",
                    name("{p1/}", "A"))));
    Match m = index.search(query("{p1/} is held in Baku.", name("{p1/}", "B")), 1, 0).get(0);
    assertFalse(m.adapted());
    assertEquals(m.rawScore(), m.score());
    assertEquals("{p1/} est détenu à Minsk.", m.target());
  }

  @Test
  void unitPlaceholdersWithoutCounterpartAreDroppedFromTheTarget() {
    MemoryIndex index =
        MemoryIndex.of(
            List.of(
                unit(
                    1,
                    "Call {p1/} or write to {p2/} today.",
                    "Appelez {p1/} ou écrivez à {p2/}.",
                    name("{p1/}", "+33 1 23 45 67 89"),
                    name("{p2/}", "a@example.org"))));
    Match m =
        index.search(query("Call {p1/} today.", name("{p1/}", "+33 1 23 45 67 89")), 1, 0).get(0);
    assertEquals("Appelez {p1/} ou écrivez à .", m.target());
  }

  @Test
  void inContextMatchesComeFirstAmongExactOnes() {
    MemoryContext here = MemoryContext.of("key-7", "Before.", "After.");
    MemoryUnit elsewhere = unit(5, "Yours sincerely,", "Veuillez agréer...");
    MemoryUnit inPlace =
        new MemoryUnit(
            3,
            EN,
            FR,
            "Yours sincerely,",
            "Cordialement,",
            List.of(),
            here,
            0,
            "amelie",
            null,
            Map.of(),
            List.of());
    MemoryIndex index = MemoryIndex.of(List.of(elsewhere, inPlace));
    MemoryQuery q =
        new MemoryQuery(
            "Yours sincerely,",
            List.of(),
            EN,
            FR,
            MemoryContext.of("", "Before.", "After."),
            Set.of());
    List<Match> matches = index.search(q, 2, 0);
    assertEquals(3, matches.get(0).unit().id());
    assertEquals(ContextFit.IN_CONTEXT, matches.get(0).context());
    assertEquals(ContextFit.NONE, matches.get(1).context());
  }

  @Test
  void languagesPairsAndPrivateScopesAreRespected() {
    MemoryUnit shared = unit(1, "Release him now.", "Libérez-le maintenant.");
    MemoryUnit spanish =
        MemoryUnit.of(
            2, EN, Locale.forLanguageTag("es"), "Release him now.", "Libérenlo.", List.of());
    MemoryUnit swiss =
        MemoryUnit.of(
            3, EN, Locale.forLanguageTag("fr-CH"), "Release him now.", "Libérez-le.", List.of());
    MemoryUnit secret =
        new MemoryUnit(
            4,
            EN,
            FR,
            "Release him now.",
            "Secret.",
            List.of(),
            null,
            9,
            "",
            null,
            Map.of(),
            List.of());
    MemoryIndex index = MemoryIndex.of(List.of(shared, spanish, swiss, secret));
    List<Match> matches = index.search(query("Release him now."), 10, 0);
    assertEquals(
        List.of(1L, 3L),
        matches.stream().map(m -> m.unit().id()).toList(),
        "fr-FR first, then fr-CH; not Spanish, not section 9's");
    MemoryQuery asSection9 =
        new MemoryQuery("Release him now.", List.of(), EN, FR, null, Set.of(9L));
    assertEquals(3, index.search(asSection9, 10, 0).size());
  }

  @Test
  void removeAndLastIdKeepTheCacheInStep() {
    MemoryIndex index = new MemoryIndex();
    assertTrue(index.add(unit(10, "First sentence here.", "Première.")));
    assertTrue(index.add(unit(7, "Second sentence here.", "Deuxième.")));
    assertFalse(index.add(unit(7, "Second sentence here.", "Deuxième.")), "already there");
    assertEquals(10, index.lastId());
    assertEquals(2, index.size());
    assertTrue(index.remove(10));
    assertFalse(index.remove(10));
    assertEquals(1, index.size());
    assertTrue(index.get(10).isEmpty());
    assertEquals(
        List.of(7L),
        index.search(query("First sentence here."), 5, 0).stream()
            .map(m -> m.unit().id())
            .toList());
  }

  @Test
  void searchFindsExactlyWhatTheExhaustiveSearchFinds() {
    AppealCorpus corpus = new AppealCorpus(42);
    List<MemoryUnit> units = corpus.units(20_000, 1);
    MemoryIndex index = MemoryIndex.of(units);
    for (int i = 0; i < 150; i++) {
      MemoryUnit u = units.get((i * 7919) % units.size());
      MemoryQuery q =
          i % 3 == 2
              ? corpus.fresh(u.sourceLocale(), u.targetLocale(), i % 2 == 0)
              : corpus.edited(u);
      for (int min : new int[] {0, 50, 75}) {
        assertEquals(
            ids(index.searchExhaustively(q, 5, min)),
            ids(index.search(q, 5, min)),
            q.source() + " min " + min);
      }
    }
  }

  @Test
  void oneUnitIsScoredAsTheSearchScoresIt() {
    AppealCorpus corpus = new AppealCorpus(17);
    List<MemoryUnit> units = corpus.units(5_000, 1);
    MemoryIndex index = MemoryIndex.of(units);
    int compared = 0;
    for (int i = 0; i < 60; i++) {
      MemoryQuery q = corpus.edited(units.get((i * 4099) % units.size()));
      for (Match found : index.search(q, 5, 0)) {
        Match alone = index.match(q, found.unit().id()).orElseThrow();
        assertEquals(found.score(), alone.score(), q.source());
        assertEquals(found.rawScore(), alone.rawScore());
        assertEquals(found.adapted(), alone.adapted());
        assertEquals(found.context(), alone.context());
        assertEquals(found.target(), alone.target());
        compared++;
      }
    }
    assertTrue(compared > 100, compared + " matches compared");
    MemoryUnit secret =
        new MemoryUnit(
            99_999,
            EN,
            FR,
            "Release him now.",
            "Libérez-le.",
            List.of(),
            null,
            9,
            "",
            null,
            Map.of(),
            List.of());
    index.add(secret);
    assertTrue(index.match(query("Release him now."), 99_999).isEmpty(), "section 9's own");
    MemoryQuery asSection9 =
        new MemoryQuery("Release them now.", List.of(), EN, FR, null, Set.of(9L));
    assertEquals(75, index.match(asSection9, 99_999).orElseThrow().score());
    assertTrue(index.match(asSection9, 123_456_789).isEmpty(), "not held");
  }

  @Test
  void unitsSurviveTheCompactCoding() {
    AppealCorpus corpus = new AppealCorpus(3);
    List<MemoryUnit> units = corpus.units(300, 1);
    MemoryIndex index = MemoryIndex.of(units);
    for (MemoryUnit u : units) {
      assertEquals(u, index.get(u.id()).orElseThrow());
    }
  }

  @Test
  void searchesRunWhileUnitsAreAddedAndRemoved() throws Exception {
    AppealCorpus corpus = new AppealCorpus(9);
    List<MemoryUnit> units = corpus.units(6_000, 1);
    MemoryIndex index = MemoryIndex.of(units.subList(0, 3_000));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    futures.add(
        pool.submit(
            () -> {
              for (MemoryUnit u : units.subList(3_000, 6_000)) {
                index.add(u);
                if (u.id() % 10 == 0) {
                  index.remove(u.id() - 3_000);
                }
              }
            }));
    for (int t = 0; t < 3; t++) {
      int seed = t;
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 300; i++) {
                  MemoryUnit u = units.get((i * 31 + seed) % 3_000);
                  List<Match> found =
                      index.search(
                          MemoryQuery.of(
                              u.source(), u.tokens(), u.sourceLocale(), u.targetLocale()),
                          5,
                          50);
                  assertFalse(found.isEmpty() && index.get(u.id()).isPresent(), "lost " + u.id());
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(6_000 - 300, index.size());
    assertEquals(6_000, index.lastId());
  }

  private static List<Long> ids(List<Match> matches) {
    return matches.stream().map(m -> m.unit().id()).sorted().toList();
  }
}
