/**
 * Terminology: an organisation's glossary and finding its terms in segments.
 *
 * <p>A {@link org.chorus.translations.terminology.Glossary} holds {@link
 * org.chorus.translations.terminology.Concept}s, each with {@link
 * org.chorus.translations.terminology.Term}s per language rated preferred, admitted or forbidden,
 * notes, subject and definition, and a do-not-translate flag for names that stay as they are (an
 * organisation's, a campaign's): {@link
 * org.chorus.translations.terminology.Glossary#doNotTranslate()} gives them to the document engine,
 * which locks them as protected tokens.
 *
 * <p>Formats: {@link org.chorus.translations.terminology.Tbx} (TBX v3 Basic read and written, TBX
 * 2008 TBX-Basic read) and {@link org.chorus.translations.terminology.GlossaryCsv}; both refuse a
 * broken file whole with a {@link org.chorus.translations.terminology.GlossaryFormatException} that
 * names the line and the reason, and read XML with no DTD and no entities. Okapi's own TBX reader
 * ({@code okapi-lib-terminology}) reads only the 2008 structure and no statuses, so the readers are
 * written here, on the JDK's StAX.
 *
 * <p>Finding: {@link org.chorus.translations.terminology.TermFinder} compiles a glossary for a
 * language pair into two tries over folded text ({@link
 * org.chorus.translations.terminology.TermIndex}) and returns each concept found in a segment with
 * its position and its target terms.
 *
 * <p>Plain Java: no Jakarta EE, no Okapi types.
 */
package org.chorus.translations.terminology;
