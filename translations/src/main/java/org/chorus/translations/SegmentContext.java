package org.chorus.translations;

/** Where in the document a segment stands; shown to translators and used by checks. */
public enum SegmentContext {
  TITLE,
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  TABLE_CELL,
  OTHER
}
