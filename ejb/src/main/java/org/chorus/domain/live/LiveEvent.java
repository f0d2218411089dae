package org.chorus.domain.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.chorus.domain.TenantOwned;
import org.hibernate.annotations.Immutable;

/** A live update one server pushed to its browsers, for the other servers to push to theirs. */
@Entity
@Immutable
@Table(name = "live_event")
public class LiveEvent extends TenantOwned {
  @Column(name = "localization_id", nullable = false)
  private long localizationId;

  @Column(nullable = false)
  private String node;

  @Column(nullable = false)
  private String payload;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LiveEvent() {}

  public LiveEvent(long localizationId, String node, String payload) {
    this.localizationId = localizationId;
    this.node = node;
    this.payload = payload;
    this.createdAt = Instant.now();
  }

  public long getLocalizationId() {
    return localizationId;
  }

  public String getNode() {
    return node;
  }

  public String getPayload() {
    return payload;
  }
}
