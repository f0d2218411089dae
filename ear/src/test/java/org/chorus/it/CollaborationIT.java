package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Propagation to twins, adaptations, comments and bulk approval, through the REST API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CollaborationIT {

  private static final String TWIN = "Every letter counts.";
  private static final String ADDRESS = "9 Harbour Road, Saltmarsh";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void aRepeatedSentenceIsTranslatedOnceAndOfferedToItsTwins() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 88.27"), "ua-88-27-r1.md", List.of("FR/fr-FR"));
    long fr = Flow.localization(amelie, appeal, "fr-FR");
    List<JsonObject> twins =
        Flow.segments(amelie, fr).stream().filter(s -> s.getString("source").equals(TWIN)).toList();
    assertEquals(2, twins.size());
    assertEquals(1, twins.get(0).getInt("twins"));

    Api.Reply saved =
        amelie.put(
            Flow.path(fr, twins.get(0).getString("key"), "translation"),
            Flow.text("Chaque lettre compte."),
            Flow.etag(twins.get(0)));
    assertEquals(200, saved.status(), saved.text());
    JsonObject twin =
        Flow.segments(amelie, fr).stream()
            .filter(s -> s.getString("key").equals(twins.get(1).getString("key")))
            .findFirst()
            .orElseThrow();
    assertEquals("DRAFT", twin.getString("state"));
    assertEquals("Chaque lettre compte.", twin.getString("target"));
    JsonObject event =
        amelie.get(Flow.path(fr, twin.getString("key"), "history")).array().getJsonObject(0);
    assertEquals("PROPAGATION", event.getString("origin"));

    Api.Reply changed =
        amelie.put(
            Flow.path(fr, twins.get(0).getString("key"), "translation"),
            Flow.text("Toute lettre compte."),
            saved.header("ETag"));
    assertEquals(200, changed.status());
    assertEquals(
        "Chaque lettre compte.",
        Flow.segments(amelie, fr).stream()
            .filter(s -> s.getString("key").equals(twin.getString("key")))
            .findFirst()
            .orElseThrow()
            .getString("target"),
        "a twin that has its own text is never overwritten");
  }

  @Test
  void aSectionAdaptsAnAdaptableSentenceAndThePublicationSaysSo() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 88.27"), "ua-88-27-r1.md", List.of("FR/fr-FR"));
    long fr = Flow.localization(amelie, appeal, "fr-FR");
    JsonObject address = Flow.segmentStarting(amelie, fr, ADDRESS);
    assertTrue(address.getString("source").contains("{p"), "the postal code is locked: " + address);
    String key = address.getString("key");
    JsonObject mark = Json.createObjectBuilder().add("adaptable", true).build();

    assertEquals(
        409,
        amelie
            .put(Flow.path(fr, key, "adaptation"), Flow.text("12 rue de la Paix, Paris"), "\"0\"")
            .status(),
        "not adaptable yet");
    assertEquals(
        403,
        amelie
            .put("/api/appeals/" + appeal + "/segments/" + key + "/adaptable", mark, null)
            .status(),
        "only coordinators mark sentences adaptable");
    Api.Reply marked =
        carla.put("/api/appeals/" + appeal + "/segments/" + key + "/adaptable", mark, null);
    assertEquals(200, marked.status(), marked.text());
    assertTrue(marked.json().getBoolean("adaptable"));

    assertEquals(
        422,
        amelie
            .put(Flow.path(fr, key, "translation"), Flow.text("12 rue de la Paix, Paris"), "\"0\"")
            .status(),
        "a translation must keep the locked postal code");
    Api.Reply adapted =
        amelie.put(
            Flow.path(fr, key, "adaptation"), Flow.text("12 rue de la Paix, 75002 Paris"), "\"0\"");
    assertEquals(200, adapted.status(), adapted.text());
    assertTrue(adapted.json().getBoolean("adapted"));
    assertEquals(
        422,
        amelie
            .put(Flow.path(fr, key, "adaptation"), Flow.text("rue {p7/}"), adapted.header("ETag"))
            .status(),
        "an adaptation may drop placeholders but not invent them");

    Flow.translateAndApproveAll(amelie, bruno, fr, "[fr] ");
    Api.Reply pub = carla.post("/api/localizations/" + fr + "/publications", null, null);
    assertEquals(201, pub.status(), pub.text());
    assertEquals(
        List.of(address.getInt("position") + 1),
        pub
            .json()
            .getJsonArray("adaptedSegments")
            .getValuesAs(jakarta.json.JsonNumber.class)
            .stream()
            .map(jakarta.json.JsonNumber::intValue)
            .toList());
    String file = amelie.get("/api/localizations/" + fr + "/publications/latest/file").text();
    assertTrue(file.contains("12 rue de la Paix, 75002 Paris"), file);
  }

  @Test
  void commentsAndBulkApproval() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    Api fatima = new Api(base, "fatima");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 88.27"), "ua-88-27-r1.md", List.of("FR/fr-FR"));
    long fr = Flow.localization(amelie, appeal, "fr-FR");
    List<JsonObject> segments = Flow.segments(amelie, fr);
    String first = segments.get(0).getString("key");

    Api.Reply comment =
        amelie.post(
            Flow.path(fr, first, "comments"),
            Flow.text("Is the heading in capitals in French too?"),
            null);
    assertEquals(201, comment.status(), comment.text());
    assertEquals(422, amelie.post(Flow.path(fr, first, "comments"), Flow.text(" "), null).status());
    assertEquals(403, fatima.get(Flow.path(fr, first, "comments")).status());
    List<JsonObject> seen =
        bruno.get(Flow.path(fr, first, "comments")).array().getValuesAs(JsonObject.class);
    assertEquals(1, seen.size());
    assertEquals("amelie", seen.get(0).getString("author"));
    assertEquals(1, Flow.segments(bruno, fr).get(0).getInt("comments"));

    var versions = Json.createObjectBuilder();
    for (JsonObject s : segments.subList(0, 4)) {
      String key = s.getString("key");
      Api.Reply saved =
          amelie.put(Flow.path(fr, key, "translation"), Flow.text("[fr] " + key), Flow.etag(s));
      Api.Reply submitted = amelie.post(Flow.path(fr, key, "submit"), null, saved.header("ETag"));
      assertEquals(200, submitted.status(), submitted.text());
      versions.add(key, Integer.parseInt(submitted.header("ETag").replace("\"", "")));
    }
    String untouched = segments.get(5).getString("key");
    versions.add(untouched, 0);
    JsonObject body = Json.createObjectBuilder().add("versions", versions).build();
    // the translator changes one of them after the reviewer looked
    String fourth = segments.get(3).getString("key");
    JsonObject current = Flow.segments(amelie, fr).get(3);
    amelie.put(Flow.path(fr, fourth, "translation"), Flow.text("[fr] late"), Flow.etag(current));

    assertEquals(403, amelie.post("/api/localizations/" + fr + "/approvals", body, null).status());
    Api.Reply bulk = bruno.post("/api/localizations/" + fr + "/approvals", body, null);
    assertEquals(200, bulk.status(), bulk.text());
    assertEquals(3, bulk.json().getInt("approved"), bulk.text());
    List<String> skipped =
        bulk.json().getJsonArray("skipped").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertEquals(2, skipped.size(), skipped.toString());
    assertTrue(skipped.stream().anyMatch(s -> s.contains("changed since")), skipped.toString());
    assertTrue(
        skipped.stream().anyMatch(s -> s.contains("Only submitted translations")),
        skipped.toString());
    List<JsonObject> after = Flow.segments(bruno, fr);
    assertEquals(
        List.of("APPROVED", "APPROVED", "APPROVED", "DRAFT"),
        after.subList(0, 4).stream().map(s -> s.getString("state")).toList());
  }
}
