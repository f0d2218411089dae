/**
 * The document engine: reads appeal documents through the Okapi Framework, splits them into
 * sentence segments with inline codes as placeholders, and writes translated documents back in the
 * original format.
 *
 * <p>A plain Java library: no Jakarta EE, JPA or JSF here. Okapi types never leave this package;
 * callers see only {@link org.chorus.translations.DocumentEngine}, its records and the {@link
 * org.chorus.translations.DocumentException} family.
 */
package org.chorus.translations;
