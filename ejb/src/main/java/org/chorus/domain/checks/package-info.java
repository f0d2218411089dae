/**
 * The organisation's choice of quality checks: which block, which warn, which are off, and how much
 * longer or shorter than its source a translation may be. The checks themselves are the engine's
 * ({@code org.chorus.translations.checks}).
 */
package org.chorus.domain.checks;
