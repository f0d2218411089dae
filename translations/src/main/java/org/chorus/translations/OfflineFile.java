package org.chorus.translations;

import java.util.List;

/**
 * A localization as an offline file: which localization and source revision it belongs to (so that
 * an import can refuse a file of another), its languages and units.
 */
public record OfflineFile(
    String localization,
    int revision,
    String original,
    String sourceLanguage,
    String targetLanguage,
    List<OfflineUnit> units) {
  public OfflineFile {
    units = List.copyOf(units);
  }
}
