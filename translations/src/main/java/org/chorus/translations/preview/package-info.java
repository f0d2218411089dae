/**
 * The whole document in view: a source document, or its translation so far, as safe HTML in which
 * every sentence carries its segment key ({@link org.chorus.translations.preview.DocumentPreview}).
 *
 * <p>The translation goes in through {@link org.chorus.translations.DocumentEngine#merge}, the path
 * publishing takes, with each sentence between two marks; the merged file is then read as HTML and
 * the marks become spans. Output is written only through an allow-list of elements and attributes:
 * nothing from a document can run, load, submit or reach the page around it. Plain Java: no Jakarta
 * EE here, and Okapi's types do not appear.
 */
package org.chorus.translations.preview;
