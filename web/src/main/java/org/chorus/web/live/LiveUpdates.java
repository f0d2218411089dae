package org.chorus.web.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chorus.infrastructure.CallContext;

/**
 * Tells everyone who has a localization open what changed in it, over the Faces websocket: saves
 * and state changes (from the editor, the REST API or an import) and who is on which segment. A
 * localization's audience is the websocket "user" {@code tenant:localizationId}, so a message never
 * reaches another localization, let alone another organisation. With several servers on one
 * database, each shares what it pushes through {@link org.chorus.application.LiveRelay} and pushes
 * what the others shared, read every quarter of a second.
 */
@ApplicationScoped
public class LiveUpdates {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(LiveUpdates.class.getName());

  /** How often the other servers' updates are read. */
  private static final long POLL_MILLIS = 250;

  /** This server, among the servers of one database. */
  private final String node = java.util.UUID.randomUUID().toString();

  @Inject private org.chorus.application.LiveRelay relay;

  @jakarta.annotation.Resource
  private jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;

  private volatile long lastRelayed;
  private volatile java.util.concurrent.ScheduledFuture<?> polling;
  private long polls;
  private boolean relayFailing;

  /** Someone on a segment is forgotten when they have not been seen for this long. */
  private static final Duration PRESENCE_TTL = Duration.ofMinutes(5);

  @Inject
  @Push(channel = "live")
  private PushContext push;

  private record Seen(String key, Instant at) {}

  /** Per audience, per username: the segment they are on. */
  private final Map<String, Map<String, Seen>> presence = new ConcurrentHashMap<>();

  /** The websocket audience of a localization for the signed-in organisation. */
  public static String audience(long localizationId) {
    return CallContext.tenant() + ":" + localizationId;
  }

  /**
   * Announces a change of one segment (or, with a null key, of many) by the signed-in person, and
   * hands back {@code result} for the caller's convenience.
   */
  public <T> T changed(long localizationId, String key, T result) {
    JsonObjectBuilder msg = Json.createObjectBuilder().add("type", "changed");
    if (key != null) {
      msg.add("key", key);
    }
    String by = CallContext.username();
    msg.add("by", by == null ? "" : by);
    String payload = msg.build().toString();
    push.send(payload, audience(localizationId));
    share(localizationId, payload);
    return result;
  }

  /** Records that someone is on a segment (null: on none) and tells the others. */
  public void here(long localizationId, String username, String key) {
    seen(audience(localizationId), username, key);
    JsonObjectBuilder msg = Json.createObjectBuilder().add("type", "seen").add("user", username);
    if (key != null) {
      msg.add("key", key);
    }
    share(localizationId, msg.build().toString());
  }

  private void seen(String audience, String username, String key) {
    Map<String, Seen> who = presence.computeIfAbsent(audience, a -> new ConcurrentHashMap<>());
    if (key == null) {
      who.remove(username);
    } else {
      who.put(username, new Seen(key, Instant.now()));
    }
    announce(audience, who);
  }

  /** Starts reading the other servers' updates when the application starts. */
  void start(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
          Object ignored) {
    try {
      lastRelayed = relay.latestId();
      polling =
          scheduler.scheduleWithFixedDelay(
              this::poll, POLL_MILLIS, POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.WARNING, "Live updates stay on this server only", e);
    }
  }

  /** Stops reading before the application's components stop. */
  void stop(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.BeforeDestroyed(ApplicationScoped.class)
          Object ignored) {
    stop();
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /** Pushes what the other servers pushed to their browsers to this server's browsers. */
  void poll() {
    try {
      for (org.chorus.application.LiveRelay.Relayed r : relay.since(lastRelayed, node)) {
        lastRelayed = r.id();
        deliver(r);
      }
      if (++polls % 240 == 0) {
        relay.prune();
      }
      relayFailing = false;
    } catch (RuntimeException e) {
      if (!relayFailing) {
        LOG.log(java.util.logging.Level.WARNING, "Reading other servers' live updates failed", e);
        relayFailing = true;
      }
    }
  }

  private void deliver(org.chorus.application.LiveRelay.Relayed r) {
    String audience = r.tenant() + ":" + r.localizationId();
    jakarta.json.JsonObject msg;
    try (jakarta.json.JsonReader reader =
        Json.createReader(new java.io.StringReader(r.payload()))) {
      msg = reader.readObject();
    }
    if ("seen".equals(msg.getString("type", ""))) {
      seen(audience, msg.getString("user", ""), msg.getString("key", null));
    } else {
      push.send(r.payload(), audience);
    }
  }

  /** Hands an update to the other servers; a failure there never fails the user's action. */
  private void share(long localizationId, String payload) {
    try {
      relay.publish(localizationId, node, payload);
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.WARNING, "Could not share a live update", e);
    }
  }

  /** Who is on which segment of a localization now. */
  public Map<String, String> present(long localizationId) {
    Map<String, Seen> who = presence.getOrDefault(audience(localizationId), Map.of());
    Instant fresh = Instant.now().minus(PRESENCE_TTL);
    Map<String, String> out = new java.util.TreeMap<>();
    who.forEach(
        (user, seen) -> {
          if (seen.at().isAfter(fresh)) {
            out.put(user, seen.key());
          }
        });
    return out;
  }

  private void announce(String audience, Map<String, Seen> who) {
    Instant fresh = Instant.now().minus(PRESENCE_TTL);
    who.values().removeIf(s -> s.at().isBefore(fresh));
    JsonObjectBuilder people = Json.createObjectBuilder();
    who.forEach((user, seen) -> people.add(user, seen.key()));
    push.send(
        Json.createObjectBuilder().add("type", "presence").add("who", people).build().toString(),
        audience);
  }
}
