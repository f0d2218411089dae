package org.chorus.translations.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.revision.Alignment.Kind;
import org.chorus.translations.revision.Alignment.Match;
import org.chorus.translations.revision.Alignment.Sentence;
import org.chorus.translations.revision.WordDiff.Piece;
import org.junit.jupiter.api.Test;

/**
 * Two revisions of an invented appeal: between them one sentence is edited, one added, one removed
 * and one list item moved above another.
 */
class AlignmentTest {

  private static final DocumentEngine ENGINE = new DocumentEngine();

  @Test
  void twoRevisionsOfAnAppealAlignSentenceBySentence() throws IOException {
    List<Sentence> r1 = sentences("ua-88-27-r1.md");
    List<Sentence> r2 = sentences("ua-88-27-r2.md");

    Alignment.Result result = Alignment.align(r1, r2);

    assertEquals(r2.size(), result.matches().size());
    Match edited = match(result, "Reveal at once where Tomas Alvarenga is held;");
    assertEquals(Kind.CHANGED, edited.kind());
    assertEquals("Reveal where Tomas Alvarenga is held;", edited.previous().text());

    Match added = match(result, "Police deny that he is in their custody.");
    assertEquals(Kind.NEW, added.kind());
    assertNull(added.previous());

    Match moved = match(result, "Allow him to see a lawyer of his choice.");
    assertEquals(Kind.IDENTICAL, moved.kind());
    assertEquals(moved.current().key(), moved.previous().key(), "a moved sentence keeps its key");
    assertTrue(moved.current().position() < edited.current().position(), "it moved up");
    assertTrue(moved.previous().position() > edited.previous().position());

    assertEquals(
        List.of("Witnesses saw two men push him into a grey van."),
        result.retired().stream().map(Sentence::text).toList());
    assertEquals(1, result.count(Kind.CHANGED));
    assertEquals(1, result.count(Kind.NEW));
    assertEquals(r2.size() - 2, result.count(Kind.IDENTICAL));
  }

  @Test
  void theSameRevisionAlignsWithItselfIdentically() throws IOException {
    List<Sentence> r1 = sentences("ua-88-27-r1.md");
    Alignment.Result result = Alignment.align(r1, r1);
    assertEquals(r1.size(), result.count(Kind.IDENTICAL));
    assertTrue(result.retired().isEmpty());
  }

  @Test
  void aSentenceThatChangedContextButNotTextKeepsItsTranslation() {
    List<Sentence> before = List.of(new Sentence("k-paragraph", "Free him now.", 0));
    List<Sentence> after = List.of(new Sentence("k-list", "Free him now.", 0));
    Match m = Alignment.align(before, after).matches().get(0);
    assertEquals(Kind.IDENTICAL, m.kind());
    assertEquals("k-paragraph", m.previous().key());
  }

  @Test
  void aRewrittenSentenceIsNotTakenForAnEditOfAnother() {
    List<Sentence> before = List.of(new Sentence("a", "The hearing was postponed again.", 0));
    List<Sentence> after = List.of(new Sentence("b", "Write to the embassy today.", 0));
    Alignment.Result r = Alignment.align(before, after);
    assertEquals(Kind.NEW, r.matches().get(0).kind());
    assertEquals(1, r.retired().size());
  }

  @Test
  void wordDiffShowsWhatChanged() {
    List<Piece> diff =
        WordDiff.diff(
            "Reveal where Tomas Alvarenga is held;",
            "Reveal at once where Tomas Alvarenga is held;");
    assertEquals(
        List.of(
            new Piece(WordDiff.Kind.SAME, "Reveal "),
            new Piece(WordDiff.Kind.INSERTED, "at once "),
            new Piece(WordDiff.Kind.SAME, "where Tomas Alvarenga is held;")),
        diff);
    List<Piece> date = WordDiff.diff("until 15 June", "until 30 June");
    assertEquals(
        List.of(
            new Piece(WordDiff.Kind.SAME, "until "),
            new Piece(WordDiff.Kind.DELETED, "15"),
            new Piece(WordDiff.Kind.INSERTED, "30"),
            new Piece(WordDiff.Kind.SAME, " June")),
        date);
  }

  @Test
  void wordDiffTakesEachCjkCharacterAsAWord() {
    List<Piece> diff = WordDiff.diff("请立即释放他。", "请释放他。");
    assertEquals(
        List.of(
            new Piece(WordDiff.Kind.SAME, "请"),
            new Piece(WordDiff.Kind.DELETED, "立即"),
            new Piece(WordDiff.Kind.SAME, "释放他。")),
        diff);
    assertEquals(1.0, WordDiff.similarity("a  b", "a b"));
    assertTrue(WordDiff.similarity("请立即释放他。", "请释放他。") > 0.8);
  }

  private static Match match(Alignment.Result r, String text) {
    return r.matches().stream()
        .filter(m -> m.current().text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no segment " + text + " in " + r.matches()));
  }

  private static List<Sentence> sentences(String name) throws IOException {
    try (InputStream in = AlignmentTest.class.getResourceAsStream("/appeal/revisions/" + name)) {
      return ENGINE
          .extract(in.readAllBytes(), DocumentFormat.MARKDOWN, Locale.ENGLISH)
          .segments()
          .stream()
          .map(s -> new Sentence(s.key(), s.text(), s.position()))
          .toList();
    }
  }
}
