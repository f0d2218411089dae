package org.chorus.translations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.SRXDocument;

/** Sentence segmentation by SRX rules, loaded once; each call gets its own segmenter. */
final class Segmentation {

  private static final SRXDocument RULES = load();

  private Segmentation() {}

  static ISegmenter segmenterFor(LocaleId language) {
    synchronized (RULES) {
      return RULES.compileLanguageRules(language, null);
    }
  }

  private static SRXDocument load() {
    SRXDocument srx = new SRXDocument();
    try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
      srx.loadRules(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Okapi's default SRX rules are missing", e);
    }
    return srx;
  }
}
