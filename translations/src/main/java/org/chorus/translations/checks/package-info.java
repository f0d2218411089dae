/**
 * Quality checks: one engine of checks over a source segment and its translation in a locale.
 *
 * <p>{@link org.chorus.translations.checks.QualityChecks} is built once per localization (source
 * and target locale), the organisation's {@link org.chorus.translations.checks.CheckSettings} (each
 * {@link org.chorus.translations.checks.Check} blocks, warns or is off; length bounds), its
 * glossary compiled as a {@link org.chorus.translations.terminology.TermFinder} and the names never
 * to translate. It checks one {@link org.chorus.translations.checks.SegmentPair} as a translator
 * saves it, or a whole localization for its report (with the consistency check across segments).
 * Each {@link org.chorus.translations.checks.Issue} has a stable check code, a message key with
 * arguments (English wording in {@code checks.properties}, for the web layer to translate), the
 * severity the organisation chose, and its place in the source and the translation.
 *
 * <p>What comes from Okapi's verification library ({@code okapi-lib-verification}, read before
 * writing any check): its {@code GeneralChecker} runs the leading/trailing white-space and
 * doubled-word checks, and its {@code PatternsChecker} the "same in the target" check of URLs,
 * e-mail addresses, handles and phone numbers (with Chorus's patterns, those that {@code
 * Protection} locks), on a text unit made from the pair ({@link
 * org.chorus.translations.checks.OkapiChecks}); its length checker gave the idea of wider bounds
 * for short sources and the default figures. Written here, and why: inline codes call {@link
 * org.chorus.translations.InlineCodes} (Chorus's placeholder rule, not Okapi's code model); numbers
 * and dates (Okapi checks neither; CLDR data through ICU4J gives each locale's separators, digits
 * and month names); final punctuation and paired quotes by script and language (Okapi's bracket
 * patterns require the very same characters, which 「」 or « » are not); length by script weight
 * (Okapi compares raw lengths); identical text aware of do-not-translate names; terms with statuses
 * (Okapi's term checker splits at spaces and has no forbidden terms); consistency across a
 * localization (Okapi checks one unit at a time).
 *
 * <p>Okapi types stay inside this package; callers see only the records and enums here.
 */
package org.chorus.translations.checks;
