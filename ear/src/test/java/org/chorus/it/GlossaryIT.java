package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation's glossary through the API and its page: TBX (v3 and the older TBX-Basic) and
 * CSV round trips, broken files that import nothing, edits at a version, who may change what, the
 * terms offered for a segment, and do-not-translate terms locked in a new appeal and back in its
 * publication. Every test removes the entries it made, so that other tests' appeals do not meet
 * them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GlossaryIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void tbxAndCsvTravelThroughTheApiAndBack() {
    Api carla = new Api(base, "carla");
    try {
      Api.Reply v3 = import_(carla, "tbx", "glossary-v3.tbx", "application/xml");
      assertEquals(200, v3.status(), v3.text());
      assertCounts(v3.json(), 3, 3, 0, 0);
      JsonObject harbour = only(carla, "harbour tribunal");
      assertEquals("courts", harbour.getString("subject"));
      assertTrue(hasTerm(harbour, "fr", "cour du port", "FORBIDDEN"), harbour.toString());
      assertTrue(only(carla, "Saltwind").getBoolean("doNotTranslate"));

      Api.Reply old = import_(carla, "tbx", "glossary-2008.tbx", "application/xml");
      assertEquals(200, old.status(), old.text());
      assertCounts(old.json(), 2, 1, 1, 0);
      JsonObject merged = only(carla, "harbour tribunal");
      assertEquals(harbour.getJsonNumber("id"), merged.getJsonNumber("id"), "found by its term");
      assertTrue(hasTerm(merged, "ar", "محكمة الميناء", "PREFERRED"), "took the Arabic term");
      assertEquals(
          4,
          merged.getJsonArray("terms").size(),
          "the same term in en-GB is the same term: " + merged);
      assertTrue(hasTerm(only(carla, "night shift"), "fr", "shift de nuit", "FORBIDDEN"));

      Api.Reply csv = import_(carla, "csv", "glossary.csv", "text/csv");
      assertEquals(200, csv.status(), csv.text());
      assertCounts(csv.json(), 2, 2, 0, 0);
      assertTrue(only(carla, "ferry pass").toString().contains("A ticket, not a pass."));

      Api.Reply tbx = carla.get("/api/glossary/tbx");
      assertEquals(200, tbx.status());
      assertTrue(tbx.text().contains("urn:iso:std:iso:30042:ed-2"), "TBX v3");
      assertTrue(tbx.text().contains("id=\"chorus-" + harbour.getJsonNumber("id")), tbx.text());
      int entries = total(carla, "");
      Api.Reply again = carla.postBytes("/api/glossary/tbx", "application/xml", tbx.body());
      assertEquals(200, again.status(), again.text());
      assertEquals(entries, again.json().getInt("unchanged"), "our own export changes nothing");
      assertEquals(0, again.json().getInt("created"));

      Api.Reply exportedCsv = carla.get("/api/glossary/csv?source=en");
      assertEquals(200, exportedCsv.status());
      assertTrue(exportedCsv.text().startsWith("\uFEFFid,en"), exportedCsv.text());
      Api.Reply csvAgain = carla.postBytes("/api/glossary/csv", "text/csv", exportedCsv.body());
      assertEquals(200, csvAgain.status(), csvAgain.text());
      assertEquals(entries, csvAgain.json().getInt("unchanged"), csvAgain.text());
      assertEquals(entries, total(carla, ""), "no entry doubled");
    } finally {
      deleteAll(
          carla,
          "harbour tribunal",
          "Saltwind",
          "dock worker",
          "night shift",
          "ferry pass",
          "Brightwater");
    }
  }

  @Test
  void aBrokenFileIsRefusedWithItsLineAndImportsNothing() {
    Api carla = new Api(base, "carla");
    int before = total(carla, "");
    Api.Reply tbx = import_(carla, "tbx", "glossary-broken.tbx", "application/xml");
    assertEquals(422, tbx.status(), tbx.text());
    assertEquals("glossary.broken", tbx.json().getString("key"));
    assertEquals("16", tbx.json().getJsonArray("arguments").getString(0));
    assertTrue(tbx.json().getString("detail").contains("line 16"), tbx.text());

    Api.Reply csv = import_(carla, "csv", "glossary-broken.csv", "text/csv");
    assertEquals(422, csv.status(), csv.text());
    assertEquals("3", csv.json().getJsonArray("arguments").getString(0));
    Api.Reply french =
        carla
            .speaking("fr")
            .postBytes("/api/glossary/csv", "text/csv", Deployments.fixture("glossary-broken.csv"));
    assertTrue(french.json().getString("detail").contains("ligne 3"), french.text());

    String longTerm = "x".repeat(600);
    byte[] secondBad =
        ("en,fr\r\nmooring permit,permis d'amarrage\r\n" + longTerm + ",y\r\n")
            .getBytes(StandardCharsets.UTF_8);
    Api.Reply entry = carla.postBytes("/api/glossary/csv", "text/csv", secondBad);
    assertEquals(422, entry.status(), entry.text());
    assertEquals("glossary.brokenEntry", entry.json().getString("key"));
    assertEquals("2", entry.json().getJsonArray("arguments").getString(0));

    assertEquals(before, total(carla, ""), "nothing of any of them was imported");
    assertEquals(0, total(carla, "mooring permit"));
    assertEquals(415, carla.postBytes("/api/glossary/tbx", "text/plain", new byte[] {1}).status());
  }

  @Test
  void anEntryChangesAtTheVersionItWasReadAndSectionAdminsChangeTheirLanguages() {
    Api carla = new Api(base, "carla");
    Api sophie = new Api(base, "sophie");
    Api amelie = new Api(base, "amelie");
    Api.Reply created = carla.post("/api/glossary", entry("tide gauge", "marégraphe"), null);
    assertEquals(201, created.status(), created.text());
    long id = created.json().getJsonNumber("id").longValue();
    String path = "/api/glossary/" + id;
    try {
      assertEquals("\"0\"", created.header("ETag"));
      assertEquals(403, amelie.post("/api/glossary", entry("x", "y"), null).status());
      assertEquals(200, amelie.get(path).status(), "everyone in the organisation reads");
      assertEquals(403, amelie.put(path, entry("tide gauge", "échelle"), "\"0\"").status());
      assertEquals(403, amelie.delete(path).status());

      Api.Reply french = sophie.put(path, entry("tide gauge", "échelle de marée"), "\"0\"");
      assertEquals(200, french.status(), "France's admin changes French terms: " + french.text());
      assertEquals("\"1\"", french.header("ETag"));
      Api.Reply english = sophie.put(path, entry("tidal gauge", "échelle de marée"), "\"1\"");
      assertEquals(403, english.status(), "but not English ones");
      assertEquals("glossary.onlyYourLanguages", english.json().getString("key"));
      assertEquals(403, sophie.post("/api/glossary", entry("x", "y"), null).status());

      Api.Reply stale = carla.put(path, entry("tide gauge", "marégraphe"), "\"0\"");
      assertEquals(412, stale.status(), stale.text());
      assertEquals(1, stale.json().getInt("currentVersion"));
      assertEquals("/problems/stale-write", stale.json().getString("type"));
      assertEquals(412, carla.delete(path, "\"0\"").status());
      assertEquals(
          "échelle de marée",
          carla.get(path).json().getJsonArray("terms").getJsonObject(1).getString("text"),
          "the stale write changed nothing");

      Api.Reply bad =
          carla.post(
              "/api/glossary",
              Json.createObjectBuilder()
                  .add(
                      "terms",
                      Json.createArrayBuilder()
                          .add(term("en", "gauge", "PREFERRED"))
                          .add(term("en", "Gauge", "FORBIDDEN")))
                  .build(),
              null);
      assertEquals(422, bad.status(), "the same term twice");
      assertEquals(
          422,
          carla.post("/api/glossary", Json.createObjectBuilder().build(), null).status(),
          "no term");

      Pages page = Pages.signIn(base, "amelie");
      String html = page.get("/glossary.xhtml").html();
      assertTrue(html.contains("échelle de marée"), "the page lists the entry");
      assertFalse(html.contains("id=\"import\""), "a translator has no import form");
      String coordinatorPage = Pages.signIn(base, "carla").get("/glossary.xhtml").html();
      assertTrue(coordinatorPage.contains("id=\"import\""), "a coordinator has");
      assertTrue(coordinatorPage.contains("api/glossary/tbx"), "and the export links");
    } finally {
      assertEquals(204, carla.delete(path).status());
    }
    assertEquals(404, carla.get(path).status());
  }

  @Test
  void termsAreOfferedForASegmentAndNamesAreLockedAndComeBack() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    JsonObject council =
        Json.createObjectBuilder()
            .add("note", "The regional assembly.")
            .add(
                "terms",
                Json.createArrayBuilder()
                    .add(term("en", "Zorblat Council", "PREFERRED"))
                    .add(term("fr", "assemblée de Zorblat", "FORBIDDEN"))
                    .add(term("fr", "conseil de Zorblat", "PREFERRED"))
                    .add(term("fr", "conseil zorblatien", "ADMITTED")))
            .build();
    JsonObject trust =
        Json.createObjectBuilder()
            .add("doNotTranslate", true)
            .add("terms", Json.createArrayBuilder().add(term("en", "Quillon Trust", "PREFERRED")))
            .build();
    long councilId = created(carla.post("/api/glossary", council, null));
    long trustId = created(carla.post("/api/glossary", trust, null));
    long appeal;
    try {
      appeal =
          Flow.createAppeal(carla, Flow.reference("UA 94.27"), "ua-94-27.md", List.of("FR/fr-FR"));
    } finally {
      assertEquals(204, carla.delete("/api/glossary/" + trustId).status());
    }
    try {
      long loc = Flow.localization(amelie, appeal, "fr-FR");
      JsonObject segment = Flow.segmentStarting(amelie, loc, "The Zorblat Council");
      String key = segment.getString("key");
      Api.Reply terms = amelie.get(Flow.path(loc, key, "terms"));
      assertEquals(200, terms.status(), terms.text());
      JsonObject found = terms.array().getJsonObject(0);
      assertEquals(councilId, found.getJsonNumber("conceptId").longValue());
      assertEquals(4, found.getInt("start"));
      assertEquals(19, found.getInt("end"));
      assertEquals(
          "Zorblat Council",
          segment.getString("source").substring(found.getInt("start"), found.getInt("end")));
      assertEquals("The regional assembly.", found.getString("note"));
      var targets = found.getJsonArray("targets");
      assertEquals("conseil de Zorblat", targets.getJsonObject(0).getString("text"));
      assertEquals("PREFERRED", targets.getJsonObject(0).getString("status"));
      assertEquals("ADMITTED", targets.getJsonObject(1).getString("status"));
      assertEquals("assemblée de Zorblat", targets.getJsonObject(2).getString("text"));
      assertEquals("FORBIDDEN", targets.getJsonObject(2).getString("status"), "forbidden last");
      assertEquals(terms.array(), segment.getJsonArray("terms"), "the segment view has them too");

      JsonObject vigil = Flow.segmentStarting(amelie, loc, "Volunteers of the");
      String source = vigil.getString("source");
      assertFalse(source.contains("Quillon"), "the name is a locked token: " + source);
      assertTrue(
          vigil.getJsonArray("tokens").stream()
              .map(JsonObject.class::cast)
              .anyMatch(
                  t ->
                      t.getString("kind").equals("PROTECTED")
                          && t.getString("display").equals("Quillon Trust")),
          vigil.toString());

      Flow.translateAndApproveAll(amelie, bruno, loc, "[fr] ");
      Api.Reply published = carla.post("/api/localizations/" + loc + "/publications", null, null);
      assertEquals(201, published.status(), published.text());
      String file = carla.get("/api/localizations/" + loc + "/publications/latest/file").text();
      assertTrue(
          file.contains("[fr] Volunteers of the Quillon Trust were arrested"),
          "the name comes back although the entry was deleted meanwhile: " + file);
      assertTrue(file.contains("release the volunteers of the Quillon Trust."), file);
    } finally {
      assertEquals(204, carla.delete("/api/glossary/" + councilId).status());
    }
  }

  @Test
  void thePageAddsAnEntryAndWritesRightToLeftTermsRightToLeft() {
    Pages carla = Pages.signIn(base, "carla");
    Pages.Page page = carla.get("/glossary.xhtml");
    assertEquals(200, page.status());
    Pages.Page editor = carla.submit(page, "search", Map.of(), "new");
    assertTrue(editor.html().contains("id=\"editor\""), "New entry opens the editor");
    Map<String, String> values = new LinkedHashMap<>(editor.selected("editor"));
    values.put(field(editor, ":0:language"), "en");
    values.put(field(editor, ":0:text"), "lantern vigil");
    values.put(field(editor, ":1:language"), "ar");
    values.put(field(editor, ":1:text"), "وقفة الفوانيس");
    Pages.Page saved = carla.submit(editor, "editor", values, "save");
    assertEquals(200, saved.status());
    assertFalse(saved.html().contains("id=\"editor\""), "the editor closes once saved");
    assertTrue(
        saved.html().contains("lang=\"ar\" dir=\"rtl\""),
        "the Arabic term is written right to left");
    assertTrue(saved.html().contains("وقفة الفوانيس"));
    Api api = new Api(base, "carla");
    JsonObject entry = only(api, "lantern vigil");
    assertTrue(hasTerm(entry, "ar", "وقفة الفوانيس", "PREFERRED"), entry.toString());
    assertEquals(204, api.delete("/api/glossary/" + entry.getJsonNumber("id")).status());
  }

  /** The name of a field of the page whose name ends so (fields in repeated rows). */
  private static String field(Pages.Page page, String ending) {
    Matcher m =
        Pattern.compile("name=\"([^\"]*" + Pattern.quote(ending) + ")\"").matcher(page.html());
    assertTrue(m.find(), "no field " + ending);
    return m.group(1);
  }

  private Api.Reply import_(Api api, String format, String fixture, String type) {
    return api.postBytes("/api/glossary/" + format, type, Deployments.fixture(fixture));
  }

  private static void assertCounts(
      JsonObject report, int concepts, int created, int updated, int unchanged) {
    assertEquals(concepts, report.getInt("concepts"), report.toString());
    assertEquals(created, report.getInt("created"), report.toString());
    assertEquals(updated, report.getInt("updated"), report.toString());
    assertEquals(unchanged, report.getInt("unchanged"), report.toString());
  }

  private static JsonObject only(Api api, String query) {
    Api.Reply r = api.get("/api/glossary?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r.text());
    assertEquals(1, r.array().size(), query + ": " + r.text());
    return r.array().getJsonObject(0);
  }

  private static int total(Api api, String query) {
    Api.Reply r =
        api.get("/api/glossary?limit=1&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r.text());
    return Integer.parseInt(r.header("X-Total-Count"));
  }

  private static void deleteAll(Api api, String... queries) {
    for (String q : queries) {
      for (JsonObject c :
          api.get("/api/glossary?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
              .array()
              .getValuesAs(JsonObject.class)) {
        api.delete("/api/glossary/" + c.getJsonNumber("id"));
      }
    }
  }

  private static long created(Api.Reply r) {
    assertEquals(201, r.status(), r.text());
    return r.json().getJsonNumber("id").longValue();
  }

  static JsonObject term(String language, String text, String status) {
    return Json.createObjectBuilder()
        .add("language", language)
        .add("text", text)
        .add("status", status)
        .build();
  }

  private static JsonObject entry(String english, String french) {
    JsonArrayBuilder terms =
        Json.createArrayBuilder()
            .add(term("en", english, "PREFERRED"))
            .add(term("fr", french, "PREFERRED"));
    return Json.createObjectBuilder().add("terms", terms).build();
  }

  private static boolean hasTerm(JsonObject concept, String language, String text, String status) {
    return concept.getJsonArray("terms").getValuesAs(JsonObject.class).stream()
        .anyMatch(
            t ->
                t.getString("language").equals(language)
                    && t.getString("text").equals(text)
                    && t.getString("status").equals(status));
  }
}
