package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A coordinator of another organisation (Aurora Watch, in the demo data) sends the ids of Lumen's
 * appeal, localization and publication to every call: each answers 404 and shows nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void anotherTenantsIdsAreNotFoundAnywhere() {
    Api lumen = new Api(base, "carla");
    Api ines = new Api(base, "ines");
    JsonObject appeal = lumen.get("/api/appeals").array().getValuesAs(JsonObject.class).get(0);
    long appealId = appeal.getJsonNumber("id").longValue();
    JsonObject localization =
        lumen
            .get("/api/appeals/" + appealId + "/localizations")
            .array()
            .getValuesAs(JsonObject.class)
            .get(0);
    long loc = localization.getJsonNumber("id").longValue();
    String key =
        lumen
            .get("/api/localizations/" + loc + "/segments")
            .array()
            .getValuesAs(JsonObject.class)
            .get(0)
            .getString("key");

    assertEquals("Aurora Watch", ines.get("/api/me").json().getString("tenant"));
    assertFalse(
        ines.get("/api/appeals").text().contains(appeal.getString("reference")),
        "lists show nothing of Lumen");
    assertTrue(ines.get("/api/localizations").array().isEmpty());
    assertFalse(ines.get("/api/appeals/targets").text().contains("Section France"));

    for (String path :
        List.of(
            "/api/appeals/" + appealId,
            "/api/appeals/" + appealId + "/segments",
            "/api/appeals/" + appealId + "/localizations",
            "/api/appeals/" + appealId + "/source",
            "/api/localizations/" + loc,
            "/api/localizations/" + loc + "/segments",
            "/api/localizations/" + loc + "/publications",
            "/api/localizations/" + loc + "/publications/latest/file",
            "/api/localizations/" + loc + "/xliff",
            "/api/localizations/" + loc + "/preview?mode=source",
            "/api/localizations/" + loc + "/preview?mode=translation",
            "/api/localizations/" + loc + "/assignments",
            "/api/localizations/" + loc + "/segments/" + key + "/comments",
            "/api/localizations/" + loc + "/segments/" + key + "/history",
            "/api/appeals/" + appealId + "/revisions",
            "/api/appeals/" + appealId + "/publications.zip",
            "/api/publications/1/file",
            "/appeal.xhtml?id=" + appealId,
            "/localization.xhtml?id=" + loc)) {
      Api.Reply r = ines.get(path);
      assertEquals(404, r.status(), path + ": " + r.text());
      assertFalse(r.text().contains(appeal.getString("title")), path + " shows no data");
    }
    JsonObject text = Json.createObjectBuilder().add("text", "hijacked").build();
    assertEquals(
        404,
        ines.put("/api/localizations/" + loc + "/segments/" + key + "/translation", text, "\"0\"")
            .status());
    assertEquals(
        404,
        ines.post("/api/localizations/" + loc + "/segments/" + key + "/submit", null, "\"0\"")
            .status());
    assertEquals(
        404, ines.post("/api/localizations/" + loc + "/publications", null, null).status());
    assertEquals(
        404,
        ines.postXml("/api/localizations/" + loc + "/xliff", "<xliff version=\"2.1\"/>".getBytes())
            .status());
    String segmentPath = "/api/localizations/" + loc + "/segments/" + key;
    JsonObject versioned =
        Json.createObjectBuilder().add("text", "hijacked").add("version", 0).build();
    assertEquals(404, ines.put(segmentPath + "/adaptation", versioned, null).status());
    assertEquals(404, ines.post(segmentPath + "/comments", text, null).status());
    assertEquals(
        404,
        ines.post(
                "/api/localizations/" + loc + "/approvals",
                Json.createObjectBuilder()
                    .add("versions", Json.createObjectBuilder().add(key, 0))
                    .build(),
                null)
            .status());
    assertEquals(
        404,
        ines.post(
                "/api/localizations/" + loc + "/assignments",
                Json.createObjectBuilder().add("username", "ines").add("task", "TRANSLATE").build(),
                null)
            .status());
    assertEquals(
        404,
        ines.put(
                "/api/appeals/" + appealId + "/segments/" + key + "/adaptable",
                Json.createObjectBuilder().add("adaptable", true).build(),
                null)
            .status());
    assertEquals(
        404,
        ines.postForm(
                "/api/appeals/" + appealId + "/revisions",
                java.util.Map.of(),
                "ua.html",
                "<html><body><p>Hijacked.</p></body></html>".getBytes())
            .status());

    JsonObject france =
        lumen.get("/api/sections").array().getValuesAs(JsonObject.class).stream()
            .filter(x -> x.getString("code").equals("FR"))
            .findFirst()
            .orElseThrow();
    long franceId = france.getJsonNumber("id").longValue();
    long membership =
        france.getJsonArray("members").getJsonObject(0).getJsonNumber("membershipId").longValue();
    assertFalse(ines.get("/api/sections").text().contains("Section France"));
    assertEquals(
        404,
        ines.put(
                "/api/sections/" + franceId,
                Json.createObjectBuilder()
                    .add("name", "Hijacked")
                    .add("locales", Json.createArrayBuilder().add("fr-FR"))
                    .build(),
                null)
            .status());
    assertEquals(
        404,
        ines.post(
                "/api/sections/" + franceId + "/members",
                Json.createObjectBuilder()
                    .add("username", "ines")
                    .add("role", "TRANSLATOR")
                    .build(),
                null)
            .status());
    assertEquals(404, ines.delete("/api/memberships/" + membership).status());
    long french =
        lumen
            .get("/api/appeals/" + appealId + "/localizations")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(l -> l.getString("targetLocale").equals("fr-FR"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    int assignmentsBefore =
        lumen.get("/api/localizations/" + french + "/assignments").array().size();
    Api.Reply assigned =
        lumen.post(
            "/api/localizations/" + french + "/assignments",
            Json.createObjectBuilder().add("username", "amelie").add("task", "TRANSLATE").build(),
            null);
    assertEquals(201, assigned.status(), assigned.text());
    long assignment = assigned.json().getJsonNumber("assignmentId").longValue();
    assertEquals(404, ines.delete("/api/assignments/" + assignment).status());
    assertEquals(
        assignmentsBefore + 1,
        lumen.get("/api/localizations/" + french + "/assignments").array().size(),
        "the assignment is still there");
    assertEquals(204, lumen.delete("/api/assignments/" + assignment).status());
    assertFalse(ines.get("/api/feed").text().contains(appeal.getString("reference")));
    assertTrue(ines.get("/api/me/work").array().isEmpty());

    assertFalse(
        lumen.get("/api/localizations/" + loc + "/segments").text().contains("hijacked"),
        "nothing was written");
    assertTrue(lumen.get("/api/sections").text().contains("Section France"));
    assertEquals(1, lumen.get("/api/appeals/" + appealId + "/revisions").array().size());
    assertTrue(lumen.get(segmentPath + "/comments").array().isEmpty(), "no comment was written");

    glossaryAndChecksStayInTheirOrganisation(
        lumen, ines, loc, segmentPath, appeal.getString("title"));
    memoryIsNeverShared(lumen, ines, appealId, loc, key, franceId, french);

    Api.Reply token =
        lumen.post(
            "/api/me/tokens",
            Json.createObjectBuilder().add("name", "lumen's script").build(),
            null);
    assertEquals(201, token.status(), token.text());
    long tokenId = token.json().getJsonNumber("id").longValue();
    assertFalse(ines.get("/api/me/tokens").text().contains("lumen's script"));
    assertEquals(404, ines.delete("/api/me/tokens/" + tokenId).status());
    assertFalse(ines.get("/account.xhtml").text().contains("lumen's script"));
    Api lumenToken = Api.withToken(base, token.json().getString("token"));
    assertEquals(200, lumenToken.get("/api/me").status(), "the token was not revoked");
    Api inesToken =
        Api.withToken(
            base,
            ines.post("/api/me/tokens", Json.createObjectBuilder().add("name", "x").build(), null)
                .json()
                .getString("token"));
    assertEquals(
        404,
        inesToken.get("/api/appeals/" + appealId).status(),
        "a token acts in its own organisation only");
    assertEquals(204, lumenToken.delete("/api/me/tokens/" + tokenId).status());
  }

  /**
   * Lumen's glossary entry, a localization's check report and a segment's terms and issues answer
   * 404 to Aurora's coordinator; an import that names Lumen's entry by its file id makes an entry
   * of Aurora's own; check settings are each organisation's.
   */
  private void glossaryAndChecksStayInTheirOrganisation(
      Api lumen, Api ines, long loc, String segmentPath, String title) {
    Api.Reply created =
        lumen.post(
            "/api/glossary",
            Json.createObjectBuilder()
                .add(
                    "terms",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("language", "en")
                                .add("text", "lumen-only wording")
                                .add("status", "PREFERRED")))
                .build(),
            null);
    assertEquals(201, created.status(), created.text());
    long concept = created.json().getJsonNumber("id").longValue();
    try {
      for (String path :
          List.of(
              "/api/glossary/" + concept,
              "/api/localizations/" + loc + "/checks",
              segmentPath + "/terms",
              segmentPath + "/checks",
              "/checks.xhtml?id=" + loc)) {
        Api.Reply r = ines.get(path);
        assertEquals(404, r.status(), path + ": " + r.text());
        assertFalse(r.text().contains(title), path + " shows no data");
      }
      assertFalse(ines.get("/api/glossary").text().contains("lumen-only wording"));
      assertFalse(ines.get("/api/glossary/tbx").text().contains("lumen-only wording"));
      assertFalse(ines.get("/glossary.xhtml").text().contains("lumen-only wording"));
      JsonObject hijack =
          Json.createObjectBuilder()
              .add(
                  "terms",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("language", "en")
                              .add("text", "hijacked wording")
                              .add("status", "PREFERRED")))
              .build();
      assertEquals(404, ines.put("/api/glossary/" + concept, hijack, "\"0\"").status());
      assertEquals(404, ines.delete("/api/glossary/" + concept).status());
      Api.Reply imported =
          ines.postBytes(
              "/api/glossary/csv",
              "text/csv",
              ("id,en\r\nchorus-" + concept + ",hijacked wording\r\n")
                  .getBytes(StandardCharsets.UTF_8));
      assertEquals(200, imported.status(), imported.text());
      assertEquals(1, imported.json().getInt("created"), "Aurora's own new entry");
      Api.Reply lumens = lumen.get("/api/glossary/" + concept);
      assertEquals("\"0\"", lumens.header("ETag"), "Lumen's entry is untouched");
      assertFalse(lumens.text().contains("hijacked"));
      for (JsonObject own :
          ines.get("/api/glossary?q=hijacked").array().getValuesAs(JsonObject.class)) {
        assertEquals(204, ines.delete("/api/glossary/" + own.getJsonNumber("id")).status());
      }

      JsonObject off =
          Json.createObjectBuilder()
              .add("checks", Json.createObjectBuilder().add("number-mismatch", "OFF"))
              .build();
      assertEquals(200, ines.put("/api/settings/checks", off, null).status());
      assertTrue(lumen.get("/api/settings/checks").text().contains("\"code\":\"number-mismatch\""));
      assertEquals(
          "WARN",
          lumen.get("/api/settings/checks").json().getJsonArray("checks").stream()
              .map(JsonObject.class::cast)
              .filter(c -> c.getString("code").equals("number-mismatch"))
              .findFirst()
              .orElseThrow()
              .getString("severity"),
          "Aurora's settings are Aurora's");
      JsonObject warn =
          Json.createObjectBuilder()
              .add("checks", Json.createObjectBuilder().add("number-mismatch", "WARN"))
              .build();
      assertEquals(200, ines.put("/api/settings/checks", warn, null).status());
    } finally {
      assertEquals(204, lumen.delete("/api/glossary/" + concept).status());
    }
  }

  /**
   * The translation memory: Lumen's units, import, matches, analyses and section setting are out of
   * Aurora's reach, in the API and on the memory page; Aurora's units are out of Lumen's.
   */
  private void memoryIsNeverShared(
      Api lumen, Api ines, long appealId, long loc, String key, long franceId, long french) {
    String tmx = "application/x-tmx+xml";
    Api.Reply lumenImport =
        lumen.postBytes(
            "/api/memory/tmx?name=lumen.tmx",
            tmx,
            MemoryIT.tmx("en", "fr-FR", 2, "Lumen private memory")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(201, lumenImport.status(), lumenImport.text());
    long importId = lumenImport.json().getJsonNumber("id").longValue();
    Api.Reply auroraImport =
        ines.postBytes(
            "/api/memory/tmx?name=aurora.tmx",
            tmx,
            MemoryIT.tmx("en", "fr-FR", 2, "Aurora own memory").getBytes(StandardCharsets.UTF_8));
    assertEquals(201, auroraImport.status(), auroraImport.text());
    for (String path :
        List.of(
            "/api/memory/imports/" + importId,
            "/api/localizations/" + loc + "/segments/" + key + "/matches",
            "/api/localizations/" + loc + "/analysis",
            "/api/appeals/" + appealId + "/analysis")) {
      Api.Reply r = ines.get(path);
      assertEquals(404, r.status(), path + ": " + r.text());
      assertFalse(r.text().contains("lumen.tmx"), path + " shows no data");
    }
    String query = "/api/memory/concordance?q=memory&source=en&target=fr";
    assertFalse(ines.get(query).text().contains("Lumen private"));
    assertTrue(ines.get(query).text().contains("Aurora own"));
    assertFalse(lumen.get(query).text().contains("Aurora own"));
    assertFalse(ines.get("/api/memory/tmx").text().contains("Lumen private"));
    assertEquals(
        404,
        ines.put(
                "/api/sections/" + franceId + "/memory",
                Json.createObjectBuilder().add("private", true).build(),
                null)
            .status());
    assertFalse(
        lumen.get("/api/sections").array().getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("code").equals("FR"))
            .findFirst()
            .orElseThrow()
            .getBoolean("memoryPrivate"),
        "France's memory is still shared");

    long auroraUnit = ines.get(query).array().getJsonObject(0).getJsonNumber("unitId").longValue();
    JsonObject segment = Flow.segments(lumen, french).get(0);
    Api.Reply borrowed =
        new Api(base, "amelie")
            .put(
                Flow.path(french, segment.getString("key"), "translation"),
                Json.createObjectBuilder().add("text", "borrowed").add("match", auroraUnit).build(),
                Flow.etag(segment));
    assertEquals(404, borrowed.status(), borrowed.text());
    assertFalse(
        lumen.get("/api/localizations/" + french + "/segments").text().contains("borrowed"));

    Pages page = Pages.signIn(base, "ines");
    Pages.Page memory = page.get("/memory.xhtml");
    assertEquals(200, memory.status());
    assertFalse(memory.html().contains("lumen.tmx"));
    Pages.Page searched =
        page.submit(
            memory,
            "concordance",
            java.util.Map.of("phrase", "Lumen private", "pair", "en|fr-FR"),
            "search");
    assertEquals(200, searched.status());
    assertFalse(searched.html().contains("<mark>Lumen private"), "no unit of Lumen's");
    assertFalse(searched.html().contains("lumen.tmx"));
    Pages.Page own =
        page.submit(
            memory,
            "concordance",
            java.util.Map.of("phrase", "Aurora own", "pair", "en|fr-FR"),
            "search");
    assertTrue(
        own.html().contains("<mark>Aurora own</mark> memory number"),
        "the page searches her own: " + own.html());
  }
}
