package org.chorus.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chorus.domain.live.LiveEvent;
import org.chorus.infrastructure.CallContext;

/**
 * Live updates between the servers of one database: what a server pushes to its own browsers is
 * written here, and every other server reads it and pushes it to its browsers in turn. A
 * single-server installation writes and prunes rows that nobody else reads, which costs little.
 */
@Stateless
public class LiveRelay {

  /** An update for the browsers of one localization. */
  public record Relayed(long id, String tenant, long localizationId, String payload) {}

  private static final Duration KEEP = Duration.ofMinutes(2);

  @PersistenceContext private EntityManager em;

  /** Records an update made by the signed-in person on this server. */
  public void publish(long localizationId, String node, String payload) {
    em.persist(new LiveEvent(localizationId, node, payload));
  }

  /** The updates other servers made after {@code afterId}, oldest first. */
  public List<Relayed> since(long afterId, String node) {
    return CallContext.callAs(
        CallContext.ALL_TENANTS,
        null,
        () ->
            em
                .createQuery(
                    "select e from LiveEvent e where e.id > :after and e.node <> :node"
                        + " order by e.id",
                    LiveEvent.class)
                .setParameter("after", afterId)
                .setParameter("node", node)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(
                    e ->
                        new Relayed(
                            e.getId(), e.getTenantId(), e.getLocalizationId(), e.getPayload()))
                .toList());
  }

  /** Where a server that starts now begins reading. */
  public long latestId() {
    return CallContext.callAs(
        CallContext.ALL_TENANTS,
        null,
        () -> {
          Long max =
              em.createQuery("select max(e.id) from LiveEvent e", Long.class).getSingleResult();
          return max == null ? 0L : max;
        });
  }

  /** Forgets updates older than a couple of minutes. */
  public int prune() {
    return CallContext.callAs(
        CallContext.ALL_TENANTS,
        null,
        () ->
            em.createQuery("delete from LiveEvent e where e.createdAt < :before")
                .setParameter("before", Instant.now().minus(KEEP))
                .executeUpdate());
  }
}
