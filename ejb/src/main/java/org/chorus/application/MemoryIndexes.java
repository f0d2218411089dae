package org.chorus.application;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.Refusal;
import org.chorus.infrastructure.CallContext;
import org.chorus.translations.memory.MemoryIndex;
import org.chorus.translations.memory.MemoryUnit;

/**
 * This server's translation memory indexes, one per organisation, as a cache of the memory tables:
 * built from the database on first use and caught up before each search, so that a unit committed
 * through any server is offered by every server at once, with no messaging between them.
 *
 * <p>Catching up costs one indexed read of the organisation's memory generation when nothing
 * changed. Every commit that adds or supersedes units moves the generation on while it holds the
 * organisation's row, so generations are committed in order; a server that has seen generation g
 * reads the units of later generations and the superseded ones to drop, and nothing committed out
 * of order can be missed. Reads run outside the caller's transaction: the index only ever holds
 * committed units.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MemoryIndexes {

  private static final Logger LOG = Logger.getLogger(MemoryIndexes.class.getName());

  /** Units given to the index at once. */
  private static final int BATCH = 1024;

  /**
   * An index caught up with the database.
   *
   * @param catchUpNanos what catching up cost before the search (building included)
   */
  public record CaughtUp(MemoryIndex index, long catchUpNanos) {}

  /** One organisation's index and the generation it has seen. */
  private static final class Held {
    final ReentrantLock lock = new ReentrantLock();
    volatile MemoryIndex index;
    volatile long generation;
  }

  @Resource(lookup = "java:jboss/datasources/ChorusDS")
  private DataSource dataSource;

  private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

  /** The caller's organisation's index, caught up with every committed change. */
  public CaughtUp caughtUp() {
    String tenant = CallContext.tenant();
    if (tenant.equals(CallContext.NO_TENANT) || tenant.equals(CallContext.ALL_TENANTS)) {
      throw new ForbiddenException(Refusal.of("access.signIn"));
    }
    long start = System.nanoTime();
    Held h = held.computeIfAbsent(tenant, t -> new Held());
    try (Connection c = dataSource.getConnection()) {
      MemoryStore store = new MemoryStore(c, tenant);
      long generation = store.generation();
      if (h.index == null || generation > h.generation) {
        h.lock.lock();
        try {
          reading(c, () -> update(h, store, generation, tenant));
        } finally {
          h.lock.unlock();
        }
      }
      return new CaughtUp(h.index, System.nanoTime() - start);
    } catch (SQLException e) {
      throw new IllegalStateException("The translation memory cannot be read", e);
    }
  }

  private static void update(Held h, MemoryStore store, long generation, String tenant)
      throws SQLException {
    if (h.index == null) {
      long start = System.nanoTime();
      MemoryIndex index = new MemoryIndex();
      Batches into = new Batches(index);
      store.all(into);
      into.flush();
      h.index = index;
      LOG.info(
          () ->
              "Translation memory of "
                  + tenant
                  + ": "
                  + index.size()
                  + " units indexed in "
                  + (System.nanoTime() - start) / 1_000_000
                  + " ms");
    } else if (generation > h.generation) {
      Batches into = new Batches(h.index);
      store.since(h.generation, into);
      into.flush();
      for (long id : store.supersededSince(h.generation)) {
        h.index.remove(id);
      }
    }
    h.generation = Math.max(h.generation, generation);
  }

  /** Units handed to an index a thousand at a time: it takes its write lock once for them. */
  private static final class Batches implements Consumer<MemoryUnit> {
    private final MemoryIndex index;
    private final List<MemoryUnit> batch = new ArrayList<>(BATCH);

    Batches(MemoryIndex index) {
      this.index = index;
    }

    @Override
    public void accept(MemoryUnit u) {
      batch.add(u);
      if (batch.size() == BATCH) {
        flush();
      }
    }

    void flush() {
      index.addAll(batch);
      batch.clear();
    }
  }

  @FunctionalInterface
  private interface Reading {
    void run() throws SQLException;
  }

  /** Runs reads in one read-only transaction, so that large results stream from a cursor. */
  private static void reading(Connection c, Reading work) throws SQLException {
    c.setAutoCommit(false);
    try {
      work.run();
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
  }
}
