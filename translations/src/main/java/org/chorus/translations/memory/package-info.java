/**
 * Translation memory: the units an organisation has approved, looked up while translating.
 *
 * <p>{@link org.chorus.translations.memory.MemoryIndex} keeps one organisation's units in memory
 * (the server holds one per organisation and node, as a cache of its table) and finds the best
 * fuzzy matches of a sentence, adapted to it ({@link org.chorus.translations.memory.Match}). {@link
 * org.chorus.translations.memory.Analysis} sorts a document's sentences into the match bands that
 * organisations plan and pay by; {@link org.chorus.translations.memory.Concordance} finds a word or
 * phrase in sources or translations; {@link org.chorus.translations.memory.TmxReader} and {@link
 * org.chorus.translations.memory.TmxWriter} read and write TMX 1.4b as other tools do.
 *
 * <p>Plain Java, like the rest of the module: no JDBC, JPA or Jakarta EE here, and no Okapi type in
 * the API. What the server stores about a unit (ids, author, date) travels in {@link
 * org.chorus.translations.memory.MemoryUnit} untouched; the server decides who may see which units
 * and passes that as the query's scopes.
 */
package org.chorus.translations.memory;
