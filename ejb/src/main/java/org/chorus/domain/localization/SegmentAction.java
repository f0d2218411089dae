package org.chorus.domain.localization;

/** What a person can do with one segment of a localization. */
public enum SegmentAction {
  /** Write or change its translation (saving a draft). */
  EDIT,
  /** Send the translation for review (saving what was typed first). */
  SUBMIT,
  APPROVE,
  /** Send it back to the translator, with a reason. */
  REJECT,
  /** Replace an adaptable sentence with the section's own text. */
  ADAPT,
  COMMENT
}
