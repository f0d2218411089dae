package org.chorus.application;

import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.chorus.application.Access.Caller;
import org.chorus.application.MemoryViews.ImportView;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.NotFoundException;
import org.chorus.domain.Refusal;
import org.chorus.domain.memory.MemoryImport;
import org.chorus.domain.organisation.Role;
import org.chorus.domain.organisation.Section;
import org.chorus.infrastructure.CallContext;
import org.chorus.translations.Limits;
import org.chorus.translations.memory.MemoryUnit;
import org.chorus.translations.memory.TmxException;
import org.chorus.translations.memory.TmxHeader;
import org.chorus.translations.memory.TmxReader;
import org.chorus.translations.memory.TmxWriter;

/**
 * The memory in and out as TMX 1.4b.
 *
 * <p>Who may: coordinators import for the whole organisation or for any section, and export every
 * unit they may read; a section's admins import for their own section and export what they may
 * read. Translators and reviewers use the memory through matches and the concordance.
 *
 * <p>An import is all or nothing: its units are stored as the file is read, in one transaction of
 * its own that a broken file rolls back (the import then says the line and the reason), and that
 * makes them visible at once on commit. It runs in the background; its progress is kept in the
 * database, where any server reads it.
 */
@Stateless
public class TmxService {

  /** Bytes of one TMX file (a million units take about 600 MB). */
  public static final long MAX_BYTES = 1L << 30;

  /** How often an import writes its progress. */
  private static final long PROGRESS_NANOS = 250_000_000L;

  private static final Logger LOG = Logger.getLogger(TmxService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Access access;
  @Inject private MemoryQueries queries;
  @Inject private TmxService self;

  @Resource(lookup = "java:jboss/datasources/ChorusDS")
  private DataSource dataSource;

  /** Reads an imported file while the import stores it. */
  @Resource private ManagedExecutorService executor;

  /** An import begun, and its end to wait for. */
  public record Started(ImportView view, Future<ImportView> done) {}

  /**
   * Starts importing a TMX file the caller sent, stored at {@code file} (deleted when the import
   * ends).
   *
   * @param sectionCode the section the units are for; null or blank for the whole organisation
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Started start(Path file, String fileName, String sectionCode) {
    try {
      ImportView begun = self.begin(fileName, sectionCode, Files.size(file));
      return new Started(
          begun, self.run(begun.id(), file, CallContext.tenant(), CallContext.username()));
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  /** Checks who may import, and records the import before it runs. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportView begin(String fileName, String sectionCode, long size) {
    Caller me = access.me();
    long scope = 0;
    if (sectionCode != null && !sectionCode.isBlank()) {
      Section s =
          em.createQuery("select s from Section s where s.code = :c", Section.class)
              .setParameter("c", sectionCode.strip())
              .getResultStream()
              .findFirst()
              .orElseThrow(
                  () -> new InvalidInputException(Refusal.of("memory.section", sectionCode)));
      if (!me.manages(s)) {
        throw new ForbiddenException(Refusal.of("memory.tmx.importForbidden"));
      }
      scope = s.getId();
    } else if (!me.account().isCoordinator()) {
      throw new ForbiddenException(Refusal.of("memory.tmx.importForbidden"));
    }
    if (size == 0) {
      throw new InvalidInputException(Refusal.of("memory.tmx.empty"));
    }
    if (size > MAX_BYTES) {
      throw new InvalidInputException(Refusal.of("memory.tmx.tooLarge", MAX_BYTES >> 20));
    }
    MemoryImport i = new MemoryImport(fileName, scope, me.account().getUsername(), size);
    em.persist(i);
    em.flush();
    return view(i);
  }

  /** The import's progress or outcome. */
  public ImportView progress(long importId) {
    access.caller();
    MemoryImport i = em.find(MemoryImport.class, importId);
    if (i == null) {
      throw new NotFoundException("Memory import", importId);
    }
    return view(i);
  }

  /**
   * Reads the file and stores its units in one transaction; writes progress on the side. A broken
   * file is refused with its line and reason and leaves nothing.
   */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Future<ImportView> run(long importId, Path file, String tenant, String username) {
    try {
      return new AsyncResult<>(
          CallContext.callAs(
              tenant,
              username,
              () -> {
                importAll(importId, file, tenant);
                return self.progress(importId);
              }));
    } finally {
      delete(file);
    }
  }

  /** A failure to store a unit. */
  private static final class StoreFailure extends RuntimeException {
    StoreFailure(SQLException cause) {
      super(cause);
    }
  }

  private void importAll(long importId, Path file, String tenant) {
    try (Connection work = dataSource.getConnection();
        Connection side = dataSource.getConnection()) {
      Progress progress = new Progress(side, tenant, importId);
      long scope = scopeOf(side, tenant, importId);
      work.setAutoCommit(false);
      try {
        MemoryStore store = new MemoryStore(work, tenant);
        MemoryStore.Batch batch = store.new Batch(importId, scope);
        ImportPipe pipe = new ImportPipe();
        pipe.start(executor, file, new TmxReader.Options(null, progress::read, Files.size(file)));
        pipe.drain(
            u -> {
              if (storable(u)) {
                store(batch, u);
              }
            });
        long units = batch.finish();
        progress.done(work, units, store.nextGeneration());
        work.commit();
        LOG.info(() -> "TMX import " + importId + " stored " + units + " units");
      } catch (TmxException e) {
        work.rollback();
        progress.refused(e.line(), e.getMessage());
      } catch (RuntimeException | SQLException | IOException e) {
        work.rollback();
        failed(progress, importId, e);
      } catch (InterruptedException e) {
        work.rollback();
        Thread.currentThread().interrupt();
        failed(progress, importId, e);
      } finally {
        work.setAutoCommit(true);
      }
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "TMX import " + importId + " could not record its outcome", e);
    }
  }

  private static void store(MemoryStore.Batch batch, MemoryUnit u) {
    try {
      batch.add(u);
    } catch (SQLException e) {
      throw new StoreFailure(e);
    }
  }

  private static void failed(Progress progress, long importId, Throwable e) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "TMX import " + importId + " failed (incident " + incident + ")", e);
    progress.failed("Chorus failed during the import (incident " + incident + ").");
  }

  /** A unit worth keeping: something to translate and a translation of sensible length. */
  private static boolean storable(MemoryUnit u) {
    return !u.source().isBlank()
        && !u.target().isBlank()
        && u.source().length() <= Limits.MAX_SEGMENT_CHARACTERS
        && u.target().length() <= Limits.MAX_SEGMENT_CHARACTERS;
  }

  private static long scopeOf(Connection c, String tenant, long importId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select scope from memory_import where id = ? and tenant_id = ?")) {
      s.setLong(1, importId);
      s.setString(2, tenant);
      try (var r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("No import " + importId);
        }
        return r.getLong(1);
      }
    }
  }

  /** An import's progress, written on a connection of its own, so that others see it at once. */
  private static final class Progress {
    private final Connection side;
    private final String tenant;
    private final long importId;
    private long units;
    private long bytes;
    private long written = System.nanoTime();

    Progress(Connection side, String tenant, long importId) {
      this.side = side;
      this.tenant = tenant;
      this.importId = importId;
    }

    void read(long unitsRead, long bytesRead, long totalBytes) {
      units = unitsRead;
      bytes = bytesRead;
      if (System.nanoTime() - written > PROGRESS_NANOS) {
        written = System.nanoTime();
        update(
            "update memory_import set units = ?, bytes_read = ?, updated_at = ?"
                + " where id = ? and tenant_id = ?",
            units,
            bytes,
            now());
      }
    }

    void done(Connection work, long stored, long generation) throws SQLException {
      try (PreparedStatement s =
          work.prepareStatement(
              "update memory_import set state = 'DONE', units = ?, bytes_read = total_bytes,"
                  + " generation = ?, updated_at = ?, finished_at = ?"
                  + " where id = ? and tenant_id = ?")) {
        OffsetDateTime now = now();
        s.setLong(1, stored);
        s.setLong(2, generation);
        s.setObject(3, now);
        s.setObject(4, now);
        s.setLong(5, importId);
        s.setString(6, tenant);
        s.executeUpdate();
      }
    }

    void refused(int line, String reason) {
      ended("REFUSED", line > 0 ? line : null, reason);
    }

    void failed(String reason) {
      ended("FAILED", null, reason);
    }

    private void ended(String state, Integer line, String reason) {
      OffsetDateTime now = now();
      update(
          "update memory_import set state = ?, units = 0, error_line = ?, error_reason = ?,"
              + " updated_at = ?, finished_at = ? where id = ? and tenant_id = ?",
          state,
          line,
          reason.length() > 2000 ? reason.substring(0, 2000) : reason,
          now,
          now);
    }

    private void update(String sql, Object... values) {
      try (PreparedStatement s = side.prepareStatement(sql)) {
        int p = 1;
        for (Object v : values) {
          s.setObject(p++, v);
        }
        s.setLong(p++, importId);
        s.setString(p, tenant);
        s.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private static OffsetDateTime now() {
      return OffsetDateTime.now(ZoneOffset.UTC);
    }
  }

  /**
   * Writes the units the caller may read as TMX, a language pair at a time or all of them: source
   * sentence after source sentence, the translations of one sentence into several languages as one
   * {@code tu}.
   *
   * @param sourceLocale a language (en) or locale (en-GB); null for every source language
   * @param targetLocale likewise for the translations
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void export(String sourceLocale, String targetLocale, OutputStream out) {
    Caller me = requireExporter();
    String source = tag(sourceLocale);
    String target = tag(targetLocale);
    MemoryQueries.Sections sections = queries.sections();
    List<Long> scopes = List.copyOf(sections.scopes(me));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (TmxWriter writer =
          new TmxWriter(out, TmxHeader.chorus(source == null ? "*all*" : source))) {
        new MemoryStore(c, CallContext.tenant())
            .export(source, target, scopes, sections.codes(), writer::write);
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The translation memory cannot be read", e);
    }
  }

  /**
   * Where the caller may import units: "" for the whole organisation (coordinators) and the codes
   * of the sections they manage; none when they may not import.
   */
  public List<String> importScopes() {
    Caller me = access.me();
    List<String> scopes = new ArrayList<>();
    if (me.account().isCoordinator()) {
      scopes.add("");
    }
    em
        .createQuery("select s from Section s order by s.code", Section.class)
        .getResultList()
        .stream()
        .filter(me::manages)
        .forEach(s -> scopes.add(s.getCode()));
    return scopes;
  }

  /** Whether the caller may export the memory. */
  public boolean mayExport() {
    Caller me = access.me();
    return me.account().isCoordinator()
        || me.memberships().stream().anyMatch(m -> m.getRole() == Role.SECTION_ADMIN);
  }

  /** Refuses an export to anyone but coordinators and section admins, before anything is sent. */
  public Caller requireExporter() {
    if (!mayExport()) {
      throw new ForbiddenException(Refusal.of("memory.tmx.exportForbidden"));
    }
    return access.me();
  }

  private static String tag(String locale) {
    return locale == null || locale.isBlank() ? null : MemoryService.locale(locale).toLanguageTag();
  }

  private ImportView view(MemoryImport i) {
    MemoryImport.State state = i.stateAt(Instant.now());
    String section = i.getScope() == 0 ? null : queries.sections().codes().get(i.getScope());
    return new ImportView(
        i.getId(),
        i.getFileName(),
        state.name(),
        i.getUnits(),
        i.getBytesRead(),
        i.getTotalBytes(),
        state == MemoryImport.State.DONE
            ? 100
            : (int) Math.min(99, 100 * i.getBytesRead() / Math.max(1, i.getTotalBytes())),
        i.getErrorLine(),
        state == MemoryImport.State.FAILED && i.getErrorReason() == null
            ? "The server stopped during the import; nothing was imported."
            : i.getErrorReason(),
        section,
        i.getCreatedBy(),
        i.getStartedAt(),
        i.getFinishedAt());
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning("A TMX file could not be deleted: " + file);
    }
  }
}
