package org.chorus.translations.checks;

import java.util.List;

/**
 * The checks, each with a stable code (what an organisation's settings name) and the message keys
 * its issues use. The keys and their arguments are listed in {@code checks.properties}.
 */
public enum Check {
  /** Placeholders of inline codes and protected tokens kept, once each, pairs not crossing. */
  INLINE_CODES(
      "inline-codes",
      true,
      "inline-codes.missing",
      "inline-codes.extra",
      "inline-codes.twice",
      "inline-codes.order"),
  /** The source's numbers in the translation, in the target locale's forms. */
  NUMBERS(
      "number-mismatch",
      false,
      "number-mismatch.missing",
      "number-mismatch.added",
      "number-mismatch.form"),
  /** The source's dates in the translation, in the target language's words. */
  DATES(
      "date-mismatch", false, "date-mismatch.missing", "date-mismatch.added", "date-mismatch.form"),
  /** URLs, e-mail addresses, handles and phone numbers of the source kept as they are. */
  CONTACTS(
      "contact-missing",
      false,
      "contact-missing.url",
      "contact-missing.email",
      "contact-missing.handle",
      "contact-missing.phone"),
  /** Leading and trailing spaces as in the source; no double spaces. */
  SPACES("spaces", true, "spaces.leading", "spaces.trailing", "spaces.double"),
  /** The final mark of the source, in the target script's own form. */
  FINAL_PUNCTUATION(
      "final-punctuation",
      false,
      "final-punctuation.missing",
      "final-punctuation.added",
      "final-punctuation.different",
      "final-punctuation.form"),
  /** Brackets and quotes (with the target language's quote marks) opened and closed. */
  PAIRS("unpaired", true, "unpaired.bracket", "unpaired.quote"),
  /** The translation much longer or shorter than the source, allowing for the scripts. */
  LENGTH("length", false, "length.long", "length.short"),
  /** The translation identical to the source, where the source has words to translate. */
  IDENTICAL("identical", false, "identical"),
  /** The glossary's preferred or admitted terms used, forbidden terms absent. */
  TERMS(
      "term-mismatch",
      true,
      "term-mismatch.missing",
      "term-mismatch.forbidden",
      "term-mismatch.forbidden-only"),
  /** The same word twice in a row (Okapi's doubled-word check). */
  REPEATED_WORD("repeated-word", true, "repeated-word"),
  /** The same source translated differently in one localization. */
  CONSISTENCY("inconsistent", false, "inconsistent");

  private final String code;
  private final boolean appliesToAdapted;
  private final List<String> keys;

  Check(String code, boolean appliesToAdapted, String... keys) {
    this.code = code;
    this.appliesToAdapted = appliesToAdapted;
    this.keys = List.of(keys);
  }

  public String code() {
    return code;
  }

  /**
   * Whether the check runs on a section's own text in place of an adaptable sentence: only those
   * that look at the translation alone do (for terms, only the forbidden ones; for inline codes,
   * the adapted rule that lets placeholders go).
   */
  public boolean appliesToAdapted() {
    return appliesToAdapted;
  }

  /** The message keys the check's issues use. */
  public List<String> keys() {
    return keys;
  }

  public static Check ofCode(String code) {
    for (Check c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("No check " + code);
  }
}
