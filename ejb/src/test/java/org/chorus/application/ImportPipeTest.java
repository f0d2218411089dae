package org.chorus.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.chorus.translations.memory.MemoryUnit;
import org.chorus.translations.memory.TmxException;
import org.chorus.translations.memory.TmxReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPipeTest {

  @TempDir Path dir;
  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() throws InterruptedException {
    executor.shutdownNow();
    assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS), "the reader has stopped");
  }

  @Test
  void unitsArriveInTheFilesOrder() throws Exception {
    Path file = tmx(2_345, "");
    List<String> sources = new ArrayList<>();
    ImportPipe pipe = new ImportPipe();
    pipe.start(executor, file, TmxReader.Options.DEFAULT);
    pipe.drain(u -> sources.add(u.source()));
    assertEquals(2_345, sources.size());
    for (int i = 0; i < sources.size(); i++) {
      assertEquals("Sentence number " + i + ".", sources.get(i));
    }
  }

  @Test
  void aBrokenFileStopsTheStoringSideWithItsLine() throws Exception {
    Path file = tmx(1_200, "<tu><tuv xml:lang=\"en\"><seg>Unclosed</tuv></tu>\n");
    List<MemoryUnit> stored = new ArrayList<>();
    ImportPipe pipe = new ImportPipe();
    pipe.start(executor, file, TmxReader.Options.DEFAULT);
    TmxException e = assertThrows(TmxException.class, () -> pipe.drain(stored::add));
    int line =
        (int) Files.readAllLines(file).stream().takeWhile(l -> !l.contains("Unclosed")).count();
    assertEquals(line + 1, e.line());
    assertTrue(stored.size() <= 1_200, "only units before the error, for the rollback to drop");
  }

  @Test
  void aFailureToStoreStopsTheReading() throws Exception {
    Path file = tmx(50_000, "");
    ImportPipe pipe = new ImportPipe();
    pipe.start(executor, file, TmxReader.Options.DEFAULT);
    int[] seen = {0};
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                pipe.drain(
                    u -> {
                      if (++seen[0] == 700) {
                        throw new IllegalStateException("the database is gone");
                      }
                    }));
    assertEquals("the database is gone", e.getMessage());
  }

  private Path tmx(int units, String tail) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header"
                + " creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\""
                + " adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n");
    for (int i = 0; i < units; i++) {
      b.append("<tu><tuv xml:lang=\"en\"><seg>Sentence number ")
          .append(i)
          .append(".</seg></tuv><tuv xml:lang=\"fr\"><seg>Phrase ")
          .append(i)
          .append(".</seg></tuv></tu>\n");
    }
    b.append(tail).append("</body>\n</tmx>\n");
    Path file = dir.resolve("memory.tmx");
    Files.writeString(file, b);
    return file;
  }
}
