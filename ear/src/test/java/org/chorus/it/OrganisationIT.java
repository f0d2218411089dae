package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sections and roles as the server enforces them: coordinators manage sections and settings,
 * section admins their own section's members, memberships can be limited to some locales, the
 * self-review rule is the organisation's, and assigned work shows in "my work".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void sectionsMembersAndLocalesAreEnforcedOnTheServer() {
    Api carla = new Api(base, "carla");
    Api sophie = new Api(base, "sophie");
    Api amelie = new Api(base, "amelie");
    String suffix = UUID.randomUUID().toString().substring(0, 6);

    JsonObject section =
        Json.createObjectBuilder()
            .add("code", "BE" + suffix.toUpperCase().replaceAll("[^A-Z0-9]", "X"))
            .add("name", "Section Belgique")
            .add("locales", Json.createArrayBuilder().add("fr-BE").add("nl-BE"))
            .build();
    assertEquals(403, sophie.post("/api/sections", section, null).status(), "admins do not create");
    Api.Reply created = carla.post("/api/sections", section, null);
    assertEquals(201, created.status(), created.text());
    long be = created.json().getJsonNumber("id").longValue();
    String code = created.json().getString("code");
    assertEquals(409, carla.post("/api/sections", section, null).status(), "codes are unique");

    String user = "jan" + suffix.replaceAll("[^a-z0-9]", "x");
    JsonObject account =
        Json.createObjectBuilder()
            .add("username", user)
            .add("displayName", "Jan Peeters")
            .add("password", "a-long-first-password")
            .build();
    assertEquals(403, amelie.post("/api/accounts", account, null).status());
    assertEquals(201, sophie.post("/api/accounts", account, null).status());
    assertEquals(409, carla.post("/api/accounts", account, null).status(), "usernames are unique");
    assertEquals(
        409,
        carla
            .post(
                "/api/accounts",
                Json.createObjectBuilder()
                    .add("username", "ines")
                    .add("displayName", "Someone")
                    .add("password", "a-long-first-password")
                    .build(),
                null)
            .status(),
        "even when another organisation has it");

    JsonObject member =
        Json.createObjectBuilder()
            .add("username", user)
            .add("role", "TRANSLATOR")
            .add("locales", Json.createArrayBuilder().add("nl-BE"))
            .build();
    assertEquals(
        403,
        sophie.post("/api/sections/" + be + "/members", member, null).status(),
        "an admin of France does not manage Belgium");
    Api.Reply added = carla.post("/api/sections/" + be + "/members", member, null);
    assertEquals(201, added.status(), added.text());
    assertTrue(added.text().contains("\"nl-BE\""), added.text());

    long appeal =
        Flow.createAppeal(
            carla,
            Flow.reference("UA 88.27"),
            "ua-88-27-r1.md",
            List.of(code + "/fr-BE", code + "/nl-BE"));
    assertEquals(
        204,
        new Api(base, user, "a-long-first-password")
            .put(
                "/api/me/password",
                Json.createObjectBuilder()
                    .add("currentPassword", "a-long-first-password")
                    .add("newPassword", "a passphrase of his own")
                    .build(),
                null)
            .status(),
        "an account opened by someone else changes its first password before anything else");
    Api jan = new Api(base, user, "a passphrase of his own");
    long nl = Flow.localization(jan, appeal, "nl-BE");
    long frBe = Flow.localization(jan, appeal, "fr-BE");
    JsonObject first = Flow.segments(jan, nl).get(0);
    assertEquals(
        200,
        jan.put(
                Flow.path(nl, first.getString("key"), "translation"),
                Flow.text("DRINGENDE ACTIE"),
                "\"0\"")
            .status(),
        "his locale");
    assertEquals(
        403,
        jan.put(
                Flow.path(frBe, first.getString("key"), "translation"),
                Flow.text("ACTION"),
                "\"0\"")
            .status(),
        "not his locale, though the same section");

    JsonObject sophieAdds =
        Json.createObjectBuilder().add("username", user).add("role", "REVIEWER").build();
    Api.Reply toFrance =
        sophie.post("/api/sections/" + frenchSection(carla) + "/members", sophieAdds, null);
    assertEquals(201, toFrance.status(), "an admin manages her own section: " + toFrance.text());
    long membership =
        toFrance.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getString("username").equals(user))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("membershipId")
            .longValue();
    assertEquals(403, amelie.delete("/api/memberships/" + membership).status());
    assertEquals(204, sophie.delete("/api/memberships/" + membership).status());
    assertFalse(
        carla.get("/api/sections").text().contains("\"membershipId\":" + membership + ","),
        "the membership is gone");

    JsonObject makeCoordinator = Json.createObjectBuilder().add("coordinator", true).build();
    assertEquals(
        403, sophie.put("/api/accounts/" + user + "/coordinator", makeCoordinator, null).status());
    assertEquals(
        200, carla.put("/api/accounts/" + user + "/coordinator", makeCoordinator, null).status());
    assertTrue(jan.get("/api/me").json().getBoolean("coordinator"), "jan coordinates now");
    assertEquals(
        200,
        jan.put(
                "/api/accounts/" + user + "/coordinator",
                Json.createObjectBuilder().add("coordinator", false).build(),
                null)
            .status(),
        "and may hand the role back while carla remains");
    assertFalse(jan.get("/api/me").json().getBoolean("coordinator"));
    assertEquals(
        404,
        carla.put("/api/accounts/ines/coordinator", makeCoordinator, null).status(),
        "another organisation's account is not found");

    JsonObject rename =
        Json.createObjectBuilder()
            .add("name", "Section Belgique / België")
            .add("locales", Json.createArrayBuilder().add("nl-BE"))
            .build();
    assertEquals(
        409,
        carla.put("/api/sections/" + be, rename, null).status(),
        "fr-BE has localizations and cannot be dropped");
  }

  @Test
  void selfReviewIsTheOrganisationsRuleAndWorkIsAssigned() {
    Api carla = new Api(base, "carla");
    Api sophie = new Api(base, "sophie");
    Api amelie = new Api(base, "amelie");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 88.27"), "ua-88-27-r1.md", List.of("FR/fr-FR"));
    long fr = Flow.localization(amelie, appeal, "fr-FR");

    assertEquals(
        422,
        sophie
            .put(
                "/api/localizations/" + fr + "/due-date",
                Json.createObjectBuilder().add("dueDate", "2099-01-01").build(),
                null)
            .status(),
        "not after the appeal's act-until date");
    JsonObject yesterday =
        Json.createObjectBuilder()
            .add("dueDate", java.time.LocalDate.now().minusDays(1).toString())
            .build();
    assertEquals(
        403, amelie.put("/api/localizations/" + fr + "/due-date", yesterday, null).status());
    Api.Reply due = sophie.put("/api/localizations/" + fr + "/due-date", yesterday, null);
    assertEquals(200, due.status(), due.text());
    assertEquals("OVERDUE", due.json().getString("urgency"));
    List<JsonObject> urgent =
        amelie.get("/api/localizations").array().getValuesAs(JsonObject.class);
    assertEquals("OVERDUE", urgent.get(0).getString("urgency"), "the most urgent work comes first");
    assertTrue(urgent.stream().anyMatch(l -> l.getJsonNumber("id").longValue() == fr));

    JsonObject assignment =
        Json.createObjectBuilder()
            .add("username", "amelie")
            .add("task", "TRANSLATE")
            .add("first", 1)
            .add("last", 5)
            .build();
    assertEquals(
        403, amelie.post("/api/localizations/" + fr + "/assignments", assignment, null).status());
    assertEquals(
        422,
        sophie
            .post(
                "/api/localizations/" + fr + "/assignments",
                Json.createObjectBuilder()
                    .add("username", "fatima")
                    .add("task", "TRANSLATE")
                    .build(),
                null)
            .status(),
        "fatima is not a translator of France");
    assertEquals(
        422,
        sophie
            .post(
                "/api/localizations/" + fr + "/assignments",
                Json.createObjectBuilder().add("username", "amelie").add("task", "REVIEW").build(),
                null)
            .status(),
        "amelie is not a reviewer");
    Api.Reply assigned = sophie.post("/api/localizations/" + fr + "/assignments", assignment, null);
    assertEquals(201, assigned.status(), assigned.text());
    assertEquals(5, assigned.json().getInt("segmentsLeft"));

    List<JsonObject> work = amelie.get("/api/me/work").array().getValuesAs(JsonObject.class);
    JsonObject mine =
        work.stream()
            .filter(w -> w.getJsonNumber("localizationId").longValue() == fr)
            .findFirst()
            .orElseThrow();
    int wordsBefore = mine.getInt("wordsLeft");
    JsonObject s = Flow.segments(amelie, fr).get(2);
    Api.Reply saved =
        amelie.put(
            Flow.path(fr, s.getString("key"), "translation"), Flow.text("[fr] x"), Flow.etag(s));
    amelie.post(Flow.path(fr, s.getString("key"), "submit"), null, saved.header("ETag"));
    JsonObject after =
        amelie.get("/api/me/work").array().getValuesAs(JsonObject.class).stream()
            .filter(w -> w.getJsonNumber("localizationId").longValue() == fr)
            .findFirst()
            .orElseThrow();
    assertEquals(4, after.getInt("segmentsLeft"));
    assertEquals(wordsBefore - s.getInt("words"), after.getInt("wordsLeft"));
    assertTrue(
        new Api(base, "bruno")
            .get("/api/me/work").array().stream()
                .noneMatch(w -> w.asJsonObject().getJsonNumber("localizationId").longValue() == fr),
        "bruno has nothing assigned here");

    // a reviewer who also translates in the section may not approve their own work, unless the
    // organisation allows it
    JsonObject both =
        Json.createObjectBuilder().add("username", "bruno").add("role", "TRANSLATOR").build();
    Api.Reply joined =
        sophie.post("/api/sections/" + frenchSection(carla) + "/members", both, null);
    assertEquals(201, joined.status(), joined.text());
    long membership =
        joined.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
            .filter(
                m ->
                    m.getString("username").equals("bruno")
                        && m.getString("role").equals("TRANSLATOR"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("membershipId")
            .longValue();
    Api bruno = new Api(base, "bruno");
    try {
      JsonObject t = Flow.segments(bruno, fr).get(0);
      Api.Reply own =
          bruno.put(
              Flow.path(fr, t.getString("key"), "translation"),
              Flow.text("ACTION URGENTE"),
              Flow.etag(t));
      Api.Reply sub =
          bruno.post(Flow.path(fr, t.getString("key"), "submit"), null, own.header("ETag"));
      assertEquals(200, sub.status(), sub.text());
      assertEquals(
          403,
          bruno
              .post(Flow.path(fr, t.getString("key"), "approve"), null, sub.header("ETag"))
              .status());
      JsonObject allow = Json.createObjectBuilder().add("allowSelfReview", true).build();
      assertEquals(403, sophie.put("/api/settings", allow, null).status(), "coordinators only");
      Api.Reply set = carla.put("/api/settings", allow, null);
      assertEquals(200, set.status(), set.text());
      assertTrue(set.json().getBoolean("allowSelfReview"));
      try {
        assertEquals(
            200,
            bruno
                .post(Flow.path(fr, t.getString("key"), "approve"), null, sub.header("ETag"))
                .status());
      } finally {
        carla.put(
            "/api/settings",
            Json.createObjectBuilder().add("allowSelfReview", false).build(),
            null);
      }
      assertFalse(carla.get("/api/settings").json().getBoolean("allowSelfReview"));
    } finally {
      assertEquals(204, sophie.delete("/api/memberships/" + membership).status());
    }
  }

  private static long frenchSection(Api carla) {
    return carla.get("/api/sections").array().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("code").equals("FR"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
