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
 * reaches another localization, let alone another organisation.
 */
@ApplicationScoped
public class LiveUpdates {

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
    push.send(msg.build().toString(), audience(localizationId));
    return result;
  }

  /** Records that someone is on a segment (null: on none) and tells the others. */
  public void here(long localizationId, String username, String key) {
    String audience = audience(localizationId);
    Map<String, Seen> who = presence.computeIfAbsent(audience, a -> new ConcurrentHashMap<>());
    if (key == null) {
      who.remove(username);
    } else {
      who.put(username, new Seen(key, Instant.now()));
    }
    announce(audience, who);
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
