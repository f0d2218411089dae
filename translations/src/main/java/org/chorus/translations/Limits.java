package org.chorus.translations;

import java.time.Duration;

/**
 * How large a document Chorus takes, in every dimension an attacker (or an accident) could blow up:
 * bytes, nesting, sentences, the length of one sentence, and the time extraction may take. The
 * README lists them; each refusal names the one that was crossed.
 */
public final class Limits {

  /** Bytes of one uploaded file (20 MiB). */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  /** Levels of nested elements: browsers stop building the tree at 512 too. */
  public static final int MAX_NESTING = 512;

  /** Sentences of one document: a long report has a few thousand. */
  public static final int MAX_SEGMENTS = 20_000;

  /** Characters of one sentence. */
  public static final int MAX_SEGMENT_CHARACTERS = 10_000;

  /** Time that reading, writing or pseudo-translating one document may take. */
  public static final Duration TIME_BUDGET = Duration.ofSeconds(60);

  private Limits() {}

  /** Counts time against {@link #TIME_BUDGET} and stops a document that runs over it. */
  static final class Deadline {
    private final long end;
    private final Duration budget;

    Deadline(Duration budget) {
      this.budget = budget;
      this.end = System.nanoTime() + budget.toNanos();
    }

    void check() {
      if (System.nanoTime() - end > 0 || Thread.currentThread().isInterrupted()) {
        throw new UnreadableDocumentException(
            "The document takes longer than "
                + budget.toSeconds()
                + " seconds to read; it is refused as too complex. Split it into smaller"
                + " documents.");
      }
    }
  }
}
