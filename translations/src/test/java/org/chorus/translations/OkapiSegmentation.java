package org.chorus.translations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.SRXDocument;

/** Okapi's own SRX segmenter on its default rules: the baseline Chorus is compared with. */
final class OkapiSegmentation {

  private static final SRXDocument RULES = load();

  private OkapiSegmentation() {}

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
