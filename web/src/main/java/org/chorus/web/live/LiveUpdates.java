package org.chorus.web.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.chorus.application.LiveFeed;
import org.chorus.application.LiveNews;
import org.chorus.application.SegmentsChanged;
import org.chorus.infrastructure.CallContext;
import org.chorus.web.operations.Instruments;

/**
 * Tells everyone who has a localization open what changed in it, over the Faces websocket: saves
 * and state changes, whatever made them (the services announce them after commit through {@link
 * LiveFeed}, which carries them to every server of the cluster), and who is on which segment. A
 * localization's audience is the websocket "user" {@code tenant:localizationId}, so a message never
 * reaches another localization, let alone another organisation. Each server pushes only to the
 * browsers connected to it, so each open editor gets each message once.
 */
@ApplicationScoped
public class LiveUpdates {

  /**
   * Someone on a segment is forgotten when they have not been seen for this long: an open editor
   * says where it is every 30 seconds (editor.js), so a closed browser's marker goes within about a
   * minute and a half even when its goodbye was lost.
   */
  private static final Duration PRESENCE_TTL = Duration.ofSeconds(75);

  @Inject
  @Push(channel = "live")
  private PushContext push;

  @Inject private LiveFeed feed;
  @Inject private Instruments instruments;

  private final Consumer<LiveNews> listener = this::tell;

  private record Seen(String key, Instant at) {}

  /** Per audience, per username: the segment they are on. */
  private final Map<String, Map<String, Seen>> presence = new ConcurrentHashMap<>();

  /** The websocket audience of a localization for the signed-in organisation. */
  public static String audience(long localizationId) {
    return audience(CallContext.tenant(), localizationId);
  }

  private static String audience(String tenant, long localizationId) {
    return tenant + ":" + localizationId;
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    feed.listen(listener);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    feed.stopListening(listener);
  }

  /** Records that someone is on a segment (null: on none) and tells the others, on every server. */
  public void here(long localizationId, String username, String key) {
    feed.publish(new LiveNews.Presence(CallContext.tenant(), localizationId, username, key));
  }

  /** Who is on which segment of a localization now. */
  public Map<String, String> present(long localizationId) {
    Map<String, Seen> who = presence.getOrDefault(audience(localizationId), Map.of());
    Instant fresh = Instant.now().minus(PRESENCE_TTL);
    Map<String, String> out = new TreeMap<>();
    who.forEach(
        (user, seen) -> {
          if (seen.at().isAfter(fresh)) {
            out.put(user, seen.key());
          }
        });
    return out;
  }

  /**
   * An editor connected to this server. Those whose connection broke (their server stopped, the
   * balancer moved them) read their localization again on this greeting, so that they miss nothing
   * sent while they were away; the others ignore it.
   */
  void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
    instruments.editorOpened();
    if (event.getUser() instanceof String audience) {
      push.send(Json.createObjectBuilder().add("type", "hello").build().toString(), audience);
    }
  }

  void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
    instruments.editorClosed();
  }

  private void tell(LiveNews news) {
    String audience = audience(news.tenant(), news.localizationId());
    if (news instanceof SegmentsChanged change) {
      if (change.startedNanos() != 0) {
        instruments.saved(System.nanoTime() - change.startedNanos());
      }
      push.send(message(change), audience);
    } else if (news instanceof LiveNews.Presence p) {
      seen(audience, p.username(), p.key());
    }
  }

  /**
   * {"type": "changed", "segments": {key: version...}, "key": the one key, "by": username}; no
   * segments when too many changed to name (the editor reads them all again).
   */
  private static String message(SegmentsChanged change) {
    JsonObjectBuilder msg = Json.createObjectBuilder().add("type", "changed");
    JsonObjectBuilder segments = Json.createObjectBuilder();
    change.segments().forEach(s -> segments.add(s.key(), s.version()));
    msg.add("segments", segments);
    if (change.segments().size() == 1) {
      msg.add("key", change.segments().get(0).key());
    }
    return msg.add("by", change.by() == null ? "" : change.by()).build().toString();
  }

  private void seen(String audience, String username, String key) {
    Map<String, Seen> who = presence.computeIfAbsent(audience, a -> new ConcurrentHashMap<>());
    if (key == null) {
      who.remove(username);
    } else {
      who.put(username, new Seen(key, Instant.now()));
    }
    Instant fresh = Instant.now().minus(PRESENCE_TTL);
    who.values().removeIf(s -> s.at().isBefore(fresh));
    JsonObjectBuilder people = Json.createObjectBuilder();
    who.forEach((user, s) -> people.add(user, s.key()));
    push.send(
        Json.createObjectBuilder().add("type", "presence").add("who", people).build().toString(),
        audience);
  }
}
