package org.chorus.translations.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The glossary fixtures under src/test/resources/glossary (see the README there). */
final class Glossaries {

  private Glossaries() {}

  static byte[] bytes(String name) {
    try (InputStream in = Glossaries.class.getResourceAsStream("/glossary/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Glossary lumen() {
    return Tbx.read(bytes("lumen-v3-dca.tbx"));
  }

  static Concept concept(Glossary g, String id) {
    return g.concepts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
