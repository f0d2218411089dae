package org.chorus.domain.memory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.chorus.domain.TenantOwned;

/**
 * A TMX file being imported, or imported: who sent it, how far reading has come, and how it ended.
 * All or nothing: its units are stored in one transaction, so a refused file leaves none behind.
 * The importing server writes its progress here, so that any server can show it.
 */
@Entity
@Table(name = "memory_import")
public class MemoryImport extends TenantOwned {

  /** How an import stands. */
  public enum State {
    RUNNING,
    DONE,
    /** The file is broken: nothing was imported; the line and the reason say why. */
    REFUSED,
    /** Chorus failed (or the server stopped) during the import: nothing was imported. */
    FAILED
  }

  /** A running import that has not reported progress for this long has lost its server. */
  private static final Duration SILENCE = Duration.ofMinutes(5);

  @Column(name = "file_name", nullable = false)
  private String fileName;

  /** 0 for the whole organisation, else the section the units are imported for. */
  @Column(nullable = false)
  private long scope;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(nullable = false)
  private long units;

  @Column(name = "bytes_read", nullable = false)
  private long bytesRead;

  @Column(name = "total_bytes", nullable = false)
  private long totalBytes;

  @Column(name = "error_line")
  private Integer errorLine;

  @Column(name = "error_reason")
  private String errorReason;

  /** The organisation's memory generation that made the units visible, once done. */
  private Long generation;

  protected MemoryImport() {}

  public MemoryImport(String fileName, long scope, String createdBy, long totalBytes) {
    String name = fileName == null || fileName.isBlank() ? "memory.tmx" : fileName.strip();
    this.fileName = name.length() > 255 ? name.substring(name.length() - 255) : name;
    this.scope = scope;
    this.createdBy = createdBy;
    this.totalBytes = totalBytes;
    this.startedAt = Instant.now();
    this.updatedAt = startedAt;
    this.state = State.RUNNING;
  }

  /** The state as readers should see it: a running import whose server went silent failed. */
  public State stateAt(Instant now) {
    return state == State.RUNNING && updatedAt.plus(SILENCE).isBefore(now) ? State.FAILED : state;
  }

  public String getFileName() {
    return fileName;
  }

  public long getScope() {
    return scope;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public long getUnits() {
    return units;
  }

  public long getBytesRead() {
    return bytesRead;
  }

  public long getTotalBytes() {
    return totalBytes;
  }

  public Integer getErrorLine() {
    return errorLine;
  }

  public String getErrorReason() {
    return errorReason;
  }
}
