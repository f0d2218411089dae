/**
 * The translation memory as stored: units (each approved translation, each unit of an imported TMX
 * file), the imports with their progress, and the match bands of each localization's last
 * pre-translation. Matching itself is the {@code translations} module's memory index; this package
 * only keeps what it reads.
 */
package org.chorus.domain.memory;
