package org.chorus.domain.localization;

/** Where a translation's text came from. */
public enum Origin {
  EDITOR,
  IMPORT,
  MEMORY,
  PROPAGATION,
  OFFLINE_FILE,
  /** A new source revision changed or retired the sentence. */
  REVISION
}
