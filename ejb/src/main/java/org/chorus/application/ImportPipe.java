package org.chorus.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.chorus.translations.memory.MemoryUnit;
import org.chorus.translations.memory.TmxReader;

/**
 * A TMX file read on one thread while the importing thread stores what was read: reading and
 * storing take about as long as each other, so they overlap. Units arrive in the file's order; a
 * broken file's error reaches the storing side after some of the units before it (which its
 * rollback then drops).
 */
final class ImportPipe {

  private static final int BATCH = 500;

  /** The end of the file; compared by identity. */
  private static final List<MemoryUnit> END = new ArrayList<>();

  /** Thrown into the reader when the storing side gave up. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super("The import stopped", null, false, false);
    }
  }

  private final BlockingQueue<List<MemoryUnit>> queue = new ArrayBlockingQueue<>(16);
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private volatile boolean stopped;
  private Future<?> reading;

  /** Starts reading the file on the executor. */
  void start(ExecutorService executor, Path file, TmxReader.Options options) {
    reading =
        executor.submit(
            () -> {
              List<MemoryUnit> batch = new ArrayList<>(BATCH);
              try (InputStream in = Files.newInputStream(file)) {
                TmxReader.read(
                    in,
                    options,
                    u -> {
                      batch.add(u);
                      if (batch.size() == BATCH) {
                        put(new ArrayList<>(batch));
                        batch.clear();
                      }
                    });
                put(batch);
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
              } catch (IOException e) {
                failure.compareAndSet(null, new UncheckedIOException(e));
              } finally {
                if (!stopped) {
                  put(END);
                }
              }
            });
  }

  /**
   * Gives every unit read to the sink, in order, until the end of the file; then throws what
   * stopped the reading, if anything did. When the sink fails, reading stops too.
   */
  void drain(Consumer<MemoryUnit> sink) throws InterruptedException {
    try {
      for (List<MemoryUnit> batch = queue.take(); batch != END; batch = queue.take()) {
        batch.forEach(sink);
      }
      reading.get();
    } catch (RuntimeException | InterruptedException e) {
      stopped = true;
      reading.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    RuntimeException f = failure.get();
    if (f != null) {
      throw f;
    }
  }

  private void put(List<MemoryUnit> batch) {
    try {
      while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        if (stopped) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }
}
