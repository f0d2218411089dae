package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            "/api/publications/1/file")) {
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
    assertFalse(
        lumen.get("/api/localizations/" + loc + "/segments").text().contains("hijacked"),
        "nothing was written");
  }
}
