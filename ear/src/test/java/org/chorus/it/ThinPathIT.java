package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.translations.OfflineFile;
import org.chorus.translations.OfflineUnit;
import org.chorus.translations.UnitState;
import org.chorus.translations.Xliff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One invented appeal travels the whole path through the REST API: a coordinator creates it, a
 * translator of one section translates and submits, that section's reviewer rejects and approves,
 * publishing is refused until everything is approved, then the published file comes back in the
 * source's format with the translated text in place.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ThinPathIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void appealTravelsFromUploadToPublication() throws Exception {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    Api fatima = new Api(base, "fatima");
    byte[] source = Deployments.fixture("ua-77-27.md");
    String reference = "UA 77.27-" + UUID.randomUUID().toString().substring(0, 8);

    Api.Reply created =
        carla.postForm(
            "/api/appeals", form(reference, List.of("FR/fr-FR", "MAG/ar")), "ua-77-27.md", source);
    assertEquals(201, created.status(), created.text());
    JsonObject appeal = created.json();
    long appealId = appeal.getJsonNumber("id").longValue();
    assertTrue(appeal.getInt("segments") >= 15, "sentences, headings, list items, address lines");
    assertEquals(sha256(source), appeal.getString("sourceSha256"));

    List<JsonObject> sourceSegments =
        carla.get("/api/appeals/" + appealId + "/segments").array().getValuesAs(JsonObject.class);
    List<String> texts = sourceSegments.stream().map(s -> s.getString("source")).toList();
    assertTrue(texts.contains("LAWYER DETAINED AFTER DEFENDING FISHERS"), texts.toString());
    assertTrue(
        texts.contains("She has not been allowed to call her family."), "sentence split: " + texts);
    assertTrue(
        texts.stream().anyMatch(t -> t.contains("{1}Tell us{/1}")),
        "link as placeholder: " + texts);

    long loc = localization(amelie, reference, "fr-FR");
    List<JsonObject> all =
        amelie
            .get("/api/appeals/" + appealId + "/localizations")
            .array()
            .getValuesAs(JsonObject.class);
    assertEquals(2, all.size(), "a translator follows the whole appeal, other sections included");
    JsonObject arabic =
        all.stream()
            .filter(l -> l.getString("targetLocale").equals("ar"))
            .findFirst()
            .orElseThrow();
    assertFalse(
        arabic.getBoolean("mayTranslate"), "but may not translate another section's localization");
    long arabicId = arabic.getJsonNumber("id").longValue();
    assertEquals(403, amelie.get("/api/localizations/" + arabicId + "/segments").status());
    List<JsonObject> segments =
        amelie.get("/api/localizations/" + loc + "/segments").array().getValuesAs(JsonObject.class);
    assertEquals(sourceSegments.size(), segments.size());

    Api.Reply early = carla.post("/api/localizations/" + loc + "/publications", null, null);
    assertEquals(409, early.status(), "publishing with nothing approved is refused");
    assertTrue(early.json().getString("detail").contains("not approved"), early.text());

    JsonObject first = segments.get(0);
    String firstKey = first.getString("key");
    Api.Reply broken =
        amelie.put(
            path(loc, firstKey, "translation"),
            text("[fr] " + first.getString("source") + " {9/}"),
            "\"0\"");
    assertEquals(422, broken.status(), "a placeholder that is not in the source is refused");

    for (JsonObject s : segments) {
      String key = s.getString("key");
      Api.Reply saved =
          amelie.put(
              path(loc, key, "translation"),
              text("[fr] " + s.getString("source")),
              "\"" + s.getInt("version") + "\"");
      assertEquals(200, saved.status(), saved.text());
      assertEquals("DRAFT", saved.json().getString("state"));
      Api.Reply submitted = amelie.post(path(loc, key, "submit"), null, saved.header("ETag"));
      assertEquals(200, submitted.status(), submitted.text());
      assertEquals("TRANSLATED", submitted.json().getString("state"));
    }

    Api.Reply stale = amelie.put(path(loc, firstKey, "translation"), text("late edit"), "\"0\"");
    assertEquals(412, stale.status(), "a write based on an old version is refused");
    assertEquals("[fr] " + first.getString("source"), stale.json().getString("currentText"));

    Api.Reply selfApprove = amelie.post(path(loc, firstKey, "approve"), versionBody(2), null);
    assertEquals(403, selfApprove.status(), "a translator is not a reviewer");
    Api.Reply otherSection = fatima.put(path(loc, firstKey, "translation"), text("نص"), "\"2\"");
    assertEquals(403, otherSection.status(), "a member of another section may not write here");

    Api.Reply noReason =
        bruno.post(
            path(loc, firstKey, "reject"),
            Json.createObjectBuilder().add("version", 2).build(),
            null);
    assertEquals(422, noReason.status(), "a rejection needs a reason");
    Api.Reply rejected =
        bruno.post(
            path(loc, firstKey, "reject"),
            Json.createObjectBuilder()
                .add("version", 2)
                .add("reason", "Use the French title.")
                .build(),
            null);
    assertEquals("REJECTED", rejected.json().getString("state"), rejected.text());
    Api.Reply again =
        amelie.put(
            path(loc, firstKey, "translation"), text("ACTION URGENTE"), rejected.header("ETag"));
    assertEquals(200, again.status(), again.text());
    amelie.post(path(loc, firstKey, "submit"), null, again.header("ETag"));

    for (JsonObject s :
        amelie
            .get("/api/localizations/" + loc + "/segments")
            .array()
            .getValuesAs(JsonObject.class)) {
      Api.Reply approved =
          bruno.post(
              path(loc, s.getString("key"), "approve"), null, "\"" + s.getInt("version") + "\"");
      assertEquals(200, approved.status(), approved.text());
    }

    Api.Reply published = carla.post("/api/localizations/" + loc + "/publications", null, null);
    assertEquals(201, published.status(), published.text());
    JsonObject publication = published.json();
    assertEquals(1, publication.getInt("number"));
    assertEquals(
        sha256(source), publication.getString("sourceSha256"), "tied to the source revision");

    Api.Reply file = amelie.get("/api/localizations/" + loc + "/publications/latest/file");
    assertEquals(200, file.status());
    assertEquals(publication.getString("sha256"), sha256(file.body()));
    String md = file.text();
    assertTrue(md.startsWith("# ACTION URGENTE"), md);
    assertTrue(md.contains("[fr] She has not been allowed to call her family."), md);
    assertTrue(md.contains("**Urgent Action 77.27**"), "bold kept: " + md);
    assertTrue(md.contains("(https://example.org/ua-77-27)"), "link kept: " + md);
    assertTrue(md.contains("justice.minister@gov.example"), md);
    assertTrue(md.contains("林浩然"), md);
    assertFalse(md.contains("\n2. [Tell us]"), "no source sentence left untranslated: " + md);

    assertArrayEquals(
        source,
        carla.get("/api/appeals/" + appealId + "/source").body(),
        "the original is kept unchanged");
  }

  @Test
  void offlineTranslatorWorksInXliffAndImportsIt() throws Exception {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    String reference = "UA 77.27-X" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(
        201,
        carla
            .postForm(
                "/api/appeals",
                form(reference, List.of("FR/fr-FR")),
                "ua-77-27.md",
                Deployments.fixture("ua-77-27.md"))
            .status());
    long loc = localization(amelie, reference, "fr-FR");

    Api.Reply v12 = amelie.get("/api/localizations/" + loc + "/xliff?version=1.2");
    assertEquals(200, v12.status());
    assertTrue(v12.text().contains("version=\"1.2\""));
    Api.Reply exported = amelie.get("/api/localizations/" + loc + "/xliff");
    assertEquals(200, exported.status());
    OfflineFile file = Xliff.read(exported.body());
    assertEquals(Long.toString(loc), file.localization());

    List<OfflineUnit> translated = new ArrayList<>();
    for (OfflineUnit u : file.units()) {
      boolean breakIt =
          u.source().contains("{1}")
              && translated.stream()
                  .noneMatch(t -> t.target() != null && t.target().equals("cassé"));
      String target = breakIt ? "cassé" : "[fr] " + u.source();
      translated.add(
          new OfflineUnit(
              u.key(), u.source(), target, UnitState.TRANSLATED, u.notes(), u.tokens()));
    }
    OfflineFile back =
        new OfflineFile(
            file.localization(),
            file.revision(),
            file.original(),
            file.sourceLanguage(),
            file.targetLanguage(),
            translated);
    Api.Reply imported =
        amelie.postXml("/api/localizations/" + loc + "/xliff", Xliff.write21(back));
    assertEquals(200, imported.status(), imported.text());
    JsonObject report = imported.json();
    assertEquals(file.units().size() - 1, report.getInt("updated"), imported.text());
    assertEquals(
        1,
        report.getJsonArray("refused").size(),
        "the unit that dropped its codes is refused and named");

    List<JsonObject> segments =
        amelie.get("/api/localizations/" + loc + "/segments").array().getValuesAs(JsonObject.class);
    assertTrue(
        segments.stream().filter(x -> x.getString("state").equals("TRANSLATED")).count()
            >= file.units().size() - 1);

    OfflineFile foreign = new OfflineFile("999999", 1, file.original(), "en", "fr-FR", translated);
    Api.Reply refused =
        amelie.postXml("/api/localizations/" + loc + "/xliff", Xliff.write21(foreign));
    assertEquals(422, refused.status());
    assertTrue(
        refused.json().getString("detail").contains("not exported from this localization"),
        refused.text());
    assertEquals(
        422,
        amelie
            .postXml(
                "/api/localizations/" + loc + "/xliff",
                "<html>not xliff</html>".getBytes(StandardCharsets.UTF_8))
            .status());
    assertEquals(
        403,
        new Api(base, "fatima")
            .postXml("/api/localizations/" + loc + "/xliff", Xliff.write21(back))
            .status());
  }

  @Test
  void badUploadsLeaveNoAppealBehind() {
    Api carla = new Api(base, "carla");
    String reference = "UA BAD-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply empty =
        carla.postForm(
            "/api/appeals", form(reference, List.of("FR/fr-FR")), "empty.md", new byte[0]);
    assertEquals(422, empty.status());
    assertTrue(
        empty.json().getString("detail").contains("empty.md is empty"),
        "it says the file is empty");
    assertEquals(
        415,
        carla
            .postForm(
                "/api/appeals",
                form(reference, List.of("FR/fr-FR")),
                "appeal.pdf",
                "%PDF-1.7".getBytes(StandardCharsets.UTF_8))
            .status());
    assertEquals(
        422,
        carla
            .postForm(
                "/api/appeals",
                form(reference, List.of("FR/fr-FR")),
                "binary.html",
                new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0})
            .status());
    assertEquals(
        422,
        carla
            .postForm(
                "/api/appeals",
                form(reference, List.of()),
                "ok.md",
                Deployments.fixture("ua-77-27.md"))
            .status());
    assertEquals(
        422,
        carla
            .postForm(
                "/api/appeals",
                form(reference, List.of("XX/zz")),
                "ok.md",
                Deployments.fixture("ua-77-27.md"))
            .status());
    Api.Reply problem =
        carla.postForm(
            "/api/appeals",
            form(reference, List.of("FR/de-DE")),
            "ok.md",
            Deployments.fixture("ua-77-27.md"));
    assertEquals("application/problem+json", problem.header("Content-Type"));
    assertTrue(
        problem.json().getString("detail").contains("does not work in de-DE"), problem.text());
    // the International Office works in English, the appeal's own language: not a target
    Api.Reply own =
        carla.postForm(
            "/api/appeals",
            form(reference, List.of("INT/en")),
            "ok.md",
            Deployments.fixture("ua-77-27.md"));
    assertEquals(422, own.status(), own.text());
    assertTrue(own.json().getString("detail").contains("own language"), own.text());
    assertFalse(carla.get("/api/appeals").text().contains(reference), "nothing half-made is left");

    Api amelie = new Api(base, "amelie");
    assertEquals(
        403,
        amelie
            .postForm(
                "/api/appeals",
                form(reference, List.of("FR/fr-FR")),
                "ok.md",
                Deployments.fixture("ua-77-27.md"))
            .status(),
        "only coordinators create appeals");
  }

  @Test
  void everythingButHealthNeedsAnAccount() {
    Api anonymous = new Api(base, null);
    assertEquals(200, anonymous.get("/api/health").status());
    Api.Reply denied = anonymous.get("/api/appeals");
    assertEquals(401, denied.status());
    assertNotNull(denied.header("WWW-Authenticate"));
    assertEquals(401, new Api(base, "carla", "wrong").get("/api/me").status());
    assertEquals("carla", new Api(base, "carla").get("/api/me").json().getString("username"));
    assertEquals(200, anonymous.get("/openapi").status(), "the OpenAPI document is published");
  }

  private static Map<String, Object> form(String reference, List<String> targets) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("reference", reference);
    f.put("title", "Lawyer detained after defending fishers");
    f.put("sourceLocale", "en");
    f.put("actUntil", "2027-04-30");
    f.put("targets", targets);
    f.put("preTranslate", "false");
    return f;
  }

  private static long localization(Api api, String reference, String locale) {
    return api.get("/api/localizations").array().getValuesAs(JsonObject.class).stream()
        .filter(
            l ->
                l.getString("appealReference").equals(reference)
                    && l.getString("targetLocale").equals(locale))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String path(long loc, String key, String action) {
    return "/api/localizations/" + loc + "/segments/" + key + "/" + action;
  }

  private static JsonObject text(String text) {
    return Json.createObjectBuilder().add("text", text).build();
  }

  private static JsonObject versionBody(int version) {
    return Json.createObjectBuilder().add("version", version).add("note", JsonValue.NULL).build();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
