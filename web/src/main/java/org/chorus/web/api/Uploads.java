package org.chorus.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chorus.application.TmxService;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;

/** Large uploads (TMX files) spooled to a temporary file as they arrive, never held in memory. */
final class Uploads {
  private Uploads() {}

  /** A file received, and the name it was sent under. */
  record Upload(Path file, String name) {
    void delete() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /** Copies a body to a temporary file, refusing one over the TMX limit. */
  static Upload spool(InputStream in, String name) throws IOException {
    Path file = Files.createTempFile("chorus-import-", ".tmx");
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > TmxService.MAX_BYTES) {
          throw new InvalidInputException(
              Refusal.of("memory.tmx.tooLarge", TmxService.MAX_BYTES >> 20));
        }
        out.write(buffer, 0, n);
      }
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Upload(file, name);
  }
}
