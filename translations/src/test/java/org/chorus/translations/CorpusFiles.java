package org.chorus.translations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The files of the fidelity corpus (src/test/resources/corpus) by name. */
final class CorpusFiles {

  private CorpusFiles() {}

  static byte[] valid(String name) {
    try {
      return Files.readAllBytes(CorpusRoundTripTest.folder("valid").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
