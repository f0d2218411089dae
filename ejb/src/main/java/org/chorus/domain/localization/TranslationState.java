package org.chorus.domain.localization;

/** Review state of one segment's translation. */
public enum TranslationState {
  UNTRANSLATED,
  DRAFT,
  /** Submitted for review. */
  TRANSLATED,
  APPROVED,
  REJECTED,
  /** The source sentence changed after it was translated. */
  OUTDATED
}
