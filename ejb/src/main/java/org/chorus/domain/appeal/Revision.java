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
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
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

  /**
   * The names protected when this revision was read (the appeal's and the glossary's
   * do-not-translate terms at that moment), one per line; null for revisions read before Chorus
   * kept them, which used the appeal's names only.
   */
  @Column(name = "protected_names")
  private String protectedNames;

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

  /** Records the names that were protected when the revision was read. */
  public void protect(Collection<String> names) {
    this.protectedNames = String.join("\n", names);
  }

  /**
   * The names protected when the revision was read: merging it back needs the same ones, so that
   * the same tokens come back. Falls back to the appeal's names for revisions read before.
   */
  public Set<String> getProtectedNames() {
    if (protectedNames == null) {
      return document.getAppeal().getDoNotTranslate();
    }
    return protectedNames
        .lines()
        .filter(n -> !n.isBlank())
        .collect(Collectors.toCollection(LinkedHashSet::new));
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
