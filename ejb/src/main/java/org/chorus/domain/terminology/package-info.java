/**
 * The organisation's glossary as stored: concepts with their terms per language. The rules of a
 * glossary (statuses, languages, finding terms, file formats) are the terminology engine's ({@code
 * org.chorus.translations.terminology}); a stored concept turns into the engine's {@code Concept}
 * and back.
 */
package org.chorus.domain.terminology;
