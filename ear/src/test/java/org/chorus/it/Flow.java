package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Steps the container tests share: create an appeal, find a localization, translate, approve. */
final class Flow {
  private Flow() {}

  static String reference(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> form(String reference, String title, List<String> targets) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("reference", reference);
    f.put("title", title);
    f.put("sourceLocale", "en");
    f.put("actUntil", "2027-06-15");
    f.put("targets", targets);
    // the tests create fresh appeals from the same fixtures and expect them untranslated
    // (MemoryIT takes this out to see pre-translation)
    f.put("preTranslate", "false");
    return f;
  }

  /** Creates an appeal from a fixture as carla and answers its id. */
  static long createAppeal(
      Api coordinator, String reference, String fixture, List<String> targets) {
    Api.Reply created =
        coordinator.postForm(
            "/api/appeals",
            form(reference, "Journalist missing after river protest", targets),
            fixture,
            Deployments.fixture(fixture));
    assertEquals(201, created.status(), created.text());
    return created.json().getJsonNumber("id").longValue();
  }

  static long localization(Api api, long appealId, String locale) {
    return api
        .get("/api/appeals/" + appealId + "/localizations")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(l -> l.getString("targetLocale").equals(locale))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static List<JsonObject> segments(Api api, long loc) {
    Api.Reply r = api.get("/api/localizations/" + loc + "/segments");
    assertEquals(200, r.status(), r.text());
    return r.array().getValuesAs(JsonObject.class);
  }

  static JsonObject segment(Api api, long loc, String source) {
    return segments(api, loc).stream()
        .filter(s -> s.getString("source").equals(source))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no segment \"" + source + "\""));
  }

  static JsonObject segmentStarting(Api api, long loc, String start) {
    return segments(api, loc).stream()
        .filter(s -> s.getString("source").startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no segment starting \"" + start + "\""));
  }

  static String path(long loc, String key, String action) {
    return "/api/localizations/" + loc + "/segments/" + key + "/" + action;
  }

  static JsonObject text(String text) {
    return Json.createObjectBuilder().add("text", text).build();
  }

  static String etag(JsonObject segment) {
    return "\"" + segment.getInt("version") + "\"";
  }

  /** Translates, submits and approves every segment that is not approved yet. */
  static void translateAndApproveAll(Api translator, Api reviewer, long loc, String prefix) {
    List<JsonObject> current = segments(translator, loc);
    for (String key : current.stream().map(s -> s.getString("key")).toList()) {
      if (current == null) {
        current = segments(translator, loc);
      }
      JsonObject s =
          current.stream().filter(x -> x.getString("key").equals(key)).findFirst().orElseThrow();
      if (s.getInt("twins") > 0) {
        // a save may have propagated to a twin further down: read again afterwards
        current = null;
      }
      if (s.getString("state").equals("APPROVED")) {
        continue;
      }
      String etag = etag(s);
      if (s.getString("state").equals("DRAFT")) {
        Api.Reply submitted = translator.post(path(loc, key, "submit"), null, etag);
        assertEquals(200, submitted.status(), submitted.text());
        etag = submitted.header("ETag");
      } else if (!s.getString("state").equals("TRANSLATED")) {
        Api.Reply saved =
            translator.put(
                path(loc, key, "translation"), text(prefix + s.getString("source")), etag);
        assertEquals(200, saved.status(), saved.text());
        Api.Reply submitted = translator.post(path(loc, key, "submit"), null, saved.header("ETag"));
        assertEquals(200, submitted.status(), submitted.text());
        etag = submitted.header("ETag");
      }
      Api.Reply approved = reviewer.post(path(loc, key, "approve"), null, etag);
      assertEquals(200, approved.status(), approved.text());
    }
  }
}
