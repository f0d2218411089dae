package org.chorus.domain.appeal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.chorus.domain.TenantOwned;

/** One uploaded version of a source document: its exact bytes, kept unchanged, and their hash. */
@Entity
public class Revision extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private SourceDocument document;

  @Column(nullable = false)
  private int number;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Revision() {}

  public Revision(SourceDocument document, int number, byte[] content, String uploadedBy) {
    this.document = document;
    this.number = number;
    this.content = content.clone();
    this.sha256 = sha256(content);
    this.sizeBytes = content.length;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = Instant.now();
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public SourceDocument getDocument() {
    return document;
  }

  public int getNumber() {
    return number;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
