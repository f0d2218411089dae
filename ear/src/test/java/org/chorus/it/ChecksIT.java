package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Quality checks in the server, on an invented appeal (ua-93-27.md: a date, numbers, a repeated
 * sentence, an embassy to adapt): warnings on the segment in the reader's language, a check
 * switched from warn to block and back (submit refused, then accepted), publishing refused while a
 * blocking problem remains, the report per localization, adapted segments exempt from the checks
 * that compare with the source, consistency and glossary terms. Every test puts the organisation's
 * settings back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChecksIT {

  private static final String DETAINED = "Teodora Vasquez, a nurse";
  private static final String PATIENTS = "She told reporters that 40 patients";
  private static final String ACT = "Please act before 30 June 2027.";
  private static final String NO_NUMBER =
      "Elle a dit aux journalistes que des patients avaient été déplacés sans soins.";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void aCheckSwitchedFromWarnToBlockStopsSubmitUntilItIsSwitchedBack() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    JsonObject settings = carla.get("/api/settings/checks").json();
    JsonObject numbers = rule(settings, "number-mismatch");
    assertEquals("WARN", numbers.getString("severity"));
    assertTrue(rule(settings, "inline-codes").getBoolean("fixed"), "inline codes always block");
    assertEquals(200, amelie.get("/api/settings/checks").status(), "everyone reads them");
    assertEquals(
        403, amelie.put("/api/settings/checks", severity("number-mismatch", "OFF"), null).status());
    Api.Reply codes = carla.put("/api/settings/checks", severity("inline-codes", "WARN"), null);
    assertEquals(422, codes.status(), codes.text());
    assertEquals("checks.inlineCodesBlock", codes.json().getString("key"));

    long loc = newLocalization(carla, amelie);
    JsonObject segment = Flow.segmentStarting(amelie, loc, PATIENTS);
    String key = segment.getString("key");
    Api.Reply saved =
        amelie.put(Flow.path(loc, key, "translation"), Flow.text(NO_NUMBER), Flow.etag(segment));
    assertEquals(200, saved.status(), saved.text());
    JsonObject issue = issue(saved.json(), "number-mismatch");
    assertEquals("WARN", issue.getString("severity"));
    assertEquals("number-mismatch.missing", issue.getString("key"));
    assertEquals("40", issue.getJsonArray("arguments").getString(0));
    assertEquals(
        "The number 40 of the source is not in the translation.", issue.getString("message"));
    assertEquals(
        "Le nombre 40 de la source n'est pas dans la traduction.",
        issue(
                Flow.segmentStarting(amelie.speaking("fr-FR,fr;q=0.9"), loc, PATIENTS),
                "number-mismatch")
            .getString("message"));
    assertTrue(
        issue(Flow.segmentStarting(amelie.speaking("ar"), loc, PATIENTS), "number-mismatch")
            .getString("message")
            .startsWith("العدد 40"));
    Api.Reply warned = amelie.post(Flow.path(loc, key, "submit"), null, saved.header("ETag"));
    assertEquals(200, warned.status(), "a warning lets the translation through: " + warned.text());

    try {
      Api.Reply block =
          carla.put("/api/settings/checks", severity("number-mismatch", "BLOCK"), null);
      assertEquals(200, block.status(), block.text());
      assertEquals("BLOCK", rule(block.json(), "number-mismatch").getString("severity"));
      Api.Reply again =
          amelie.put(
              Flow.path(loc, key, "translation"), Flow.text(NO_NUMBER), warned.header("ETag"));
      assertEquals(200, again.status(), "a draft may be saved with a problem: " + again.text());
      assertEquals("BLOCK", issue(again.json(), "number-mismatch").getString("severity"));

      Api.Reply refused = amelie.post(Flow.path(loc, key, "submit"), null, again.header("ETag"));
      assertEquals(409, refused.status(), refused.text());
      JsonObject problem = refused.json();
      assertEquals("/problems/blocking-issues", problem.getString("type"));
      assertEquals("checks.blocked", problem.getString("key"));
      assertTrue(
          problem.getString("detail").startsWith("Segment 4 cannot go further"), refused.text());
      JsonObject blocking = problem.getJsonArray("issues").getJsonObject(0);
      assertEquals(key, blocking.getString("segment"));
      assertEquals(4, blocking.getInt("position"));
      assertEquals("number-mismatch", blocking.getString("check"));
      assertEquals("number-mismatch.missing", blocking.getString("key"));
      assertEquals("40", blocking.getJsonArray("arguments").getString(0));
      Api.Reply french =
          amelie.speaking("fr").post(Flow.path(loc, key, "submit"), null, again.header("ETag"));
      assertTrue(
          french.json().getString("detail").startsWith("Le segment 4 ne peut pas avancer"),
          french.text());
      assertTrue(french.json().getString("detail").contains("Le nombre 40 de la source"));
      assertTrue(
          french
              .json()
              .getJsonArray("issues")
              .getJsonObject(0)
              .getString("message")
              .startsWith("Le nombre"));
      Api.Reply arabic =
          amelie.speaking("ar").post(Flow.path(loc, key, "submit"), null, again.header("ETag"));
      assertTrue(arabic.json().getString("detail").contains("العدد 40"), arabic.text());
      assertEquals("DRAFT", Flow.segmentStarting(amelie, loc, PATIENTS).getString("state"));

      Api.Reply warn = carla.put("/api/settings/checks", severity("number-mismatch", "WARN"), null);
      assertEquals(200, warn.status());
      Api.Reply accepted = amelie.post(Flow.path(loc, key, "submit"), null, again.header("ETag"));
      assertEquals(200, accepted.status(), "switched back, it goes through: " + accepted.text());
      assertEquals("TRANSLATED", accepted.json().getString("state"));

      carla.put("/api/settings/checks", severity("number-mismatch", "BLOCK"), null);
      Api.Reply bulk =
          new Api(base, "bruno")
              .post(
                  "/api/localizations/" + loc + "/approvals",
                  Json.createObjectBuilder()
                      .add(
                          "versions",
                          Json.createObjectBuilder()
                              .add(key, accepted.json().getJsonNumber("version").longValue()))
                      .build(),
                  null);
      assertEquals(200, bulk.status(), bulk.text());
      assertEquals(0, bulk.json().getInt("approved"), "a bulk approval leaves it out");
      assertTrue(
          bulk.json().getJsonArray("skipped").getString(0).contains("The number 40"), bulk.text());
    } finally {
      restore(carla);
    }
  }

  @Test
  void publishingWaitsWhileABlockingProblemRemainsAndTheReportCountsEachCheck() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    long loc = newLocalization(carla, amelie);
    JsonObject segment = Flow.segmentStarting(amelie, loc, PATIENTS);
    String key = segment.getString("key");
    Api.Reply saved =
        amelie.put(Flow.path(loc, key, "translation"), Flow.text(NO_NUMBER), Flow.etag(segment));
    Api.Reply submitted = amelie.post(Flow.path(loc, key, "submit"), null, saved.header("ETag"));
    assertEquals(
        200, bruno.post(Flow.path(loc, key, "approve"), null, submitted.header("ETag")).status());
    Flow.translateAndApproveAll(amelie, bruno, loc, "[fr] ");

    Api.Reply report = amelie.get("/api/localizations/" + loc + "/checks");
    assertEquals(200, report.status(), report.text());
    JsonObject r = report.json();
    assertEquals(r.getInt("segments"), r.getInt("checked"), "every segment is translated");
    assertEquals(0, r.getInt("blocking"));
    JsonObject count = count(r, "number-mismatch");
    assertEquals("WARN", count.getString("severity"));
    assertEquals(1, count.getInt("issues"));
    assertEquals(1, count.getInt("segments"));
    JsonObject listed =
        r.getJsonArray("issues").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("key").equals(key))
            .findFirst()
            .orElseThrow();
    assertEquals(4, listed.getInt("position"));
    assertEquals(NO_NUMBER, listed.getString("target"));
    String page = Pages.signIn(base, "carla").get("/checks.xhtml?id=" + loc).html();
    assertTrue(page.contains("The number 40 of the source is not in the translation."), page);
    assertTrue(page.contains("number-mismatch"), "counted by check");

    try {
      assertEquals(
          200,
          carla.put("/api/settings/checks", severity("number-mismatch", "BLOCK"), null).status());
      Api.Reply refused = carla.post("/api/localizations/" + loc + "/publications", null, null);
      assertEquals(409, refused.status(), refused.text());
      assertEquals("checks.publishBlocked", refused.json().getString("key"));
      assertEquals("4", refused.json().getJsonArray("arguments").getString(1), "the segment named");
      assertEquals(4, refused.json().getJsonArray("issues").getJsonObject(0).getInt("position"));
      assertTrue(carla.get("/api/localizations/" + loc + "/publications").array().isEmpty());
      assertEquals(
          1, amelie.get("/api/localizations/" + loc + "/checks").json().getInt("blocking"));

      JsonObject approved = Flow.segmentStarting(amelie, loc, PATIENTS);
      Api.Reply rejected =
          bruno.post(
              Flow.path(loc, key, "reject"),
              Json.createObjectBuilder().add("reason", "Le nombre manque.").build(),
              Flow.etag(approved));
      assertEquals(200, rejected.status(), rejected.text());
      Api.Reply fixed =
          amelie.put(
              Flow.path(loc, key, "translation"),
              Flow.text(
                  "Elle a dit aux journalistes que 40 patients avaient été déplacés sans soins."),
              rejected.header("ETag"));
      assertFalse(fixed.text().contains("number-mismatch"), fixed.text());
      Api.Reply resubmitted =
          amelie.post(Flow.path(loc, key, "submit"), null, fixed.header("ETag"));
      assertEquals(200, resubmitted.status(), resubmitted.text());
      assertEquals(
          200,
          bruno.post(Flow.path(loc, key, "approve"), null, resubmitted.header("ETag")).status());
      Api.Reply published = carla.post("/api/localizations/" + loc + "/publications", null, null);
      assertEquals(201, published.status(), published.text());
    } finally {
      restore(carla);
    }
  }

  @Test
  void anAdaptedSegmentSkipsTheChecksThatCompareWithTheSource() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    long loc = newLocalization(carla, amelie);
    long appeal =
        amelie.get("/api/localizations/" + loc).json().getJsonNumber("appealId").longValue();
    JsonObject detained = Flow.segmentStarting(amelie, loc, DETAINED);
    String key = detained.getString("key");
    assertEquals(
        200,
        carla
            .put(
                "/api/appeals/" + appeal + "/segments/" + key + "/adaptable",
                Json.createObjectBuilder().add("adaptable", true).build(),
                null)
            .status());
    try {
      carla.put(
          "/api/settings/checks",
          Json.createObjectBuilder()
              .add(
                  "checks",
                  Json.createObjectBuilder()
                      .add("number-mismatch", "BLOCK")
                      .add("date-mismatch", "BLOCK")
                      .add("length", "BLOCK"))
              .build(),
          null);
      Api.Reply adapted =
          amelie.put(
              Flow.path(loc, key, "adaptation"),
              Flow.text("Écrivez  à l'ambassade à Paris."),
              Flow.etag(detained));
      assertEquals(200, adapted.status(), adapted.text());
      List<String> checks = checks(adapted.json());
      assertFalse(checks.contains("number-mismatch"), checks.toString());
      assertFalse(checks.contains("date-mismatch"), checks.toString());
      assertFalse(checks.contains("length"), checks.toString());
      assertTrue(checks.contains("spaces"), "a check of the text itself still runs: " + checks);
      Api.Reply submitted =
          amelie.post(Flow.path(loc, key, "submit"), null, adapted.header("ETag"));
      assertEquals(200, submitted.status(), submitted.text());

      JsonObject other = Flow.segmentStarting(amelie, loc, PATIENTS);
      Api.Reply translated =
          amelie.put(
              Flow.path(loc, other.getString("key"), "translation"),
              Flow.text(NO_NUMBER),
              Flow.etag(other));
      assertTrue(
          checks(translated.json()).contains("number-mismatch"), "a translation is compared");
    } finally {
      restore(carla);
    }
  }

  @Test
  void theSameSourceTranslatedTwoWaysAndGlossaryTermsAreChecked() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api.Reply nurse =
        carla.post(
            "/api/glossary",
            Json.createObjectBuilder()
                .add(
                    "terms",
                    Json.createArrayBuilder()
                        .add(GlossaryIT.term("en", "nurse", "PREFERRED"))
                        .add(GlossaryIT.term("fr", "infirmière", "PREFERRED"))
                        .add(GlossaryIT.term("fr", "garde-malade", "FORBIDDEN")))
                .build(),
            null);
    assertEquals(201, nurse.status(), nurse.text());
    try {
      long loc = newLocalization(carla, amelie);
      List<JsonObject> both =
          Flow.segments(amelie, loc).stream()
              .filter(s -> s.getString("source").equals(ACT))
              .toList();
      assertEquals(2, both.size(), "the sentence comes twice");
      Api.Reply first =
          amelie.put(
              Flow.path(loc, both.get(0).getString("key"), "translation"),
              Flow.text("Agissez avant le 30 juin 2027."),
              Flow.etag(both.get(0)));
      assertEquals(200, first.status(), first.text());
      JsonObject twin =
          Flow.segments(amelie, loc).stream()
              .filter(s -> s.getString("key").equals(both.get(1).getString("key")))
              .findFirst()
              .orElseThrow();
      assertFalse(checks(twin).contains("inconsistent"), "propagated: the same translation");
      Api.Reply second =
          amelie.put(
              Flow.path(loc, twin.getString("key"), "translation"),
              Flow.text("Veuillez agir avant le 30 juin 2027."),
              Flow.etag(twin));
      assertTrue(checks(second.json()).contains("inconsistent"), second.text());
      Api.Reply ofFirst = amelie.get(Flow.path(loc, both.get(0).getString("key"), "checks"));
      assertEquals(200, ofFirst.status(), ofFirst.text());
      assertTrue(ofFirst.text().contains("Veuillez agir avant le 30 juin 2027."), ofFirst.text());
      assertEquals(
          2,
          count(amelie.get("/api/localizations/" + loc + "/checks").json(), "inconsistent")
              .getInt("segments"));

      JsonObject detained = Flow.segmentStarting(amelie, loc, DETAINED);
      assertEquals(
          "nurse", detained.getJsonArray("terms").getJsonObject(0).getString("sourceTerm"));
      Api.Reply forbidden =
          amelie.put(
              Flow.path(loc, detained.getString("key"), "translation"),
              Flow.text(
                  "Teodora Vasquez, garde-malade à la clinique de la vallée d'Orrin, a été arrêtée le"
                      + " 9 mai 2027 avec 3 collègues."),
              Flow.etag(detained));
      List<String> keys =
          forbidden.json().getJsonArray("issues").getValuesAs(JsonObject.class).stream()
              .map(i -> i.getString("key"))
              .toList();
      assertTrue(keys.contains("term-mismatch.missing"), "infirmière is not there: " + keys);
      JsonObject term =
          forbidden.json().getJsonArray("issues").getValuesAs(JsonObject.class).stream()
              .filter(i -> i.getString("key").equals("term-mismatch.forbidden"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(forbidden.text()));
      assertEquals(
          List.of("garde-malade", "infirmière"),
          term.getJsonArray("arguments").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .toList());
      JsonObject span = term.getJsonObject("target");
      assertEquals(
          "garde-malade",
          "Teodora Vasquez, garde-malade".substring(span.getInt("start"), span.getInt("end")));
    } finally {
      assertEquals(204, carla.delete("/api/glossary/" + nurse.json().getJsonNumber("id")).status());
    }
  }

  @Test
  void anOfflineFileSubmitsOnlyWhatNoBlockingCheckStops() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    long loc = newLocalization(carla, amelie);
    try {
      carla.put("/api/settings/checks", severity("number-mismatch", "BLOCK"), null);
      // XLIFF 1.2: a repeated sentence's key (~2) is no NMTOKEN, which XLIFF 2 ids must be
      OfflineFile file =
          Xliff.read(amelie.get("/api/localizations/" + loc + "/xliff?version=1.2").body());
      List<OfflineUnit> units = new ArrayList<>();
      for (OfflineUnit u : file.units()) {
        String target =
            u.source().startsWith(PATIENTS)
                ? NO_NUMBER
                : u.source().equals("Ask the authorities to release the nurses at once.")
                    ? "Demandez aux autorités de libérer les infirmières immédiatement."
                    : null;
        units.add(
            new OfflineUnit(
                u.key(),
                u.source(),
                target,
                UnitState.TRANSLATED,
                u.notes(),
                u.tokens(),
                u.basedOn()));
      }
      OfflineFile back =
          new OfflineFile(
              file.localization(),
              file.revision(),
              file.original(),
              file.sourceLanguage(),
              file.targetLanguage(),
              units);
      Api.Reply imported =
          amelie.postXml("/api/localizations/" + loc + "/xliff", Xliff.write12(back));
      assertEquals(200, imported.status(), imported.text());
      assertEquals(2, imported.json().getInt("updated"), imported.text());
      String refused = imported.json().getJsonArray("refused").getString(0);
      assertTrue(refused.startsWith("Segment 4: The number 40"), refused);
      assertEquals("DRAFT", Flow.segmentStarting(amelie, loc, PATIENTS).getString("state"));
      assertEquals(
          "TRANSLATED",
          Flow.segmentStarting(amelie, loc, "Ask the authorities").getString("state"));
    } finally {
      restore(carla);
    }
  }

  @Test
  void theOrganisationPageSetsTheChecksForCoordinatorsOnly() {
    Api carla = new Api(base, "carla");
    Pages coordinator = Pages.signIn(base, "carla");
    Pages.Page page = coordinator.get("/organisation.xhtml");
    assertTrue(page.html().contains("Numbers"), "each check by its name");
    Map<String, String> values = new LinkedHashMap<>(page.selected("checks"));
    String numbers =
        values.keySet().stream().filter(n -> n.endsWith(":1:severity")).findFirst().orElseThrow();
    assertEquals("WARN", values.get(numbers));
    assertFalse(
        values.keySet().stream().anyMatch(n -> n.endsWith(":0:severity")),
        "inline codes cannot be changed");
    values.put(numbers, "BLOCK");
    try {
      Pages.Page saved = coordinator.submit(page, "checks", values, "saveChecks");
      assertEquals(200, saved.status());
      assertEquals(
          "BLOCK",
          rule(carla.get("/api/settings/checks").json(), "number-mismatch").getString("severity"));
      Pages.Page translator = Pages.signIn(base, "amelie").get("/organisation.xhtml");
      assertTrue(translator.html().contains("id=\"checks\""), "everyone sees the settings");
      assertTrue(translator.selected("checks").isEmpty(), "but cannot change them");
      assertFalse(translator.html().contains("checks:saveChecks"));
    } finally {
      restore(carla);
    }
  }

  /** A new appeal from the fixture, and its French localization. */
  private static long newLocalization(Api carla, Api amelie) {
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 93.27"), "ua-93-27.md", List.of("FR/fr-FR"));
    return Flow.localization(amelie, appeal, "fr-FR");
  }

  private static void restore(Api carla) {
    Api.Reply r =
        carla.put(
            "/api/settings/checks",
            Json.createObjectBuilder()
                .add(
                    "checks",
                    Json.createObjectBuilder()
                        .add("number-mismatch", "WARN")
                        .add("date-mismatch", "WARN")
                        .add("length", "WARN"))
                .build(),
            null);
    assertEquals(200, r.status(), r.text());
  }

  private static JsonObject severity(String check, String severity) {
    return Json.createObjectBuilder()
        .add("checks", Json.createObjectBuilder().add(check, severity))
        .build();
  }

  private static JsonObject rule(JsonObject settings, String code) {
    return settings.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject count(JsonObject report, String check) {
    return report.getJsonArray("counts").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("check").equals(check))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + check + " in " + report));
  }

  private static List<String> checks(JsonObject segment) {
    return segment.getJsonArray("issues").getValuesAs(JsonObject.class).stream()
        .map(i -> i.getString("check"))
        .toList();
  }

  private static JsonObject issue(JsonObject segment, String check) {
    return segment.getJsonArray("issues").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("check").equals(check))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + check + " in " + segment));
  }
}
