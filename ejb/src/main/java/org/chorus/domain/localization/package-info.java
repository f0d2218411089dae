/**
 * A localization (a document in one target language for one section), its translations with their
 * review states and history, and its publications.
 */
package org.chorus.domain.localization;
