package org.chorus.domain.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.chorus.domain.TenantOwned;

/** A source file of an appeal; its content lives in its {@link Revision}s. */
@Entity
@jakarta.persistence.Table(name = "source_document")
public class SourceDocument extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "appeal_id")
  private Appeal appeal;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  /** Name of a {@code org.chorus.translations.DocumentFormat}. */
  @Column(nullable = false)
  private String format;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SourceDocument() {}

  public SourceDocument(Appeal appeal, String fileName, String format) {
    this.appeal = appeal;
    this.fileName = fileName;
    this.format = format;
    this.createdAt = Instant.now();
  }

  public Appeal getAppeal() {
    return appeal;
  }

  public String getFileName() {
    return fileName;
  }

  public String getFormat() {
    return format;
  }
}
