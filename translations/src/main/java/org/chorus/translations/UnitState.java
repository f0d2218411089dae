package org.chorus.translations;

/** The review state of a unit in an offline file, as Chorus's workflow names them. */
public enum UnitState {
  UNTRANSLATED,
  DRAFT,
  TRANSLATED,
  APPROVED,
  REJECTED,
  OUTDATED
}
