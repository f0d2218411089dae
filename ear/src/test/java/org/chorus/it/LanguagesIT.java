package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refusals in the reader's language: the API answers problem documents with a stable type per kind
 * and the detail in the language of Accept-Language; the pages speak the language an account chose,
 * Spanish included.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void problemsHaveAStableTypeAndSpeakTheCallersLanguage() throws Exception {
    JsonObject fr = problem("amelie", "GET", "/api/localizations/999999", null, "fr-FR,fr;q=0.9");
    assertEquals("/problems/not-found", fr.getString("type"));
    assertEquals("notFound.localization", fr.getString("key"));
    assertEquals("La localisation 999999 n'existe pas.", fr.getString("detail"));
    JsonObject ar = problem("amelie", "GET", "/api/localizations/999999", null, "ar");
    assertEquals("الترجمة المحلية 999999 غير موجودة.", ar.getString("detail"));
    JsonObject es = problem("amelie", "GET", "/api/localizations/999999", null, "es-ES");
    assertEquals("La localización 999999 no existe.", es.getString("detail"));
    JsonObject none = problem("amelie", "GET", "/api/localizations/999999", null, null);
    assertEquals("Localization 999999 does not exist.", none.getString("detail"));

    Api carla = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 77.27-L"), "ua-77-27.md", List.of("FR/fr-FR"));
    long loc = Flow.localization(carla, appeal, "fr-FR");
    JsonObject s = Flow.segments(carla, loc).get(0);
    String path = Flow.path(loc, s.getString("key"), "translation");
    JsonObject stale =
        problem("amelie", "PUT", path, "{\"text\": \"Bonjour\", \"version\": 77}", "fr");
    assertEquals("/problems/stale-write", stale.getString("type"));
    assertTrue(
        stale.getString("detail").startsWith("Quelqu'un d'autre a modifié"), stale.toString());
    JsonObject own =
        problem(
            "amelie",
            "POST",
            Flow.path(loc, s.getString("key"), "approve"),
            "{\"version\": 0}",
            "ar");
    assertEquals("/problems/forbidden", own.getString("type"));
    assertEquals("لا يعتمد الترجمات إلا مراجعو هذا الفرع.", own.getString("detail"));
  }

  @Test
  void thePagesSpeakTheLanguageTheAccountChose() {
    Api lucia = new Api(base, "lucia");
    JsonObject chosen =
        lucia
            .put("/api/me/language", Json.createObjectBuilder().add("language", "es").build(), null)
            .json();
    assertEquals("es", chosen.getString("language"));
    try {
      Pages pages = Pages.signIn(base, "lucia");
      Pages.Page home = pages.get("/index.xhtml");
      assertTrue(home.html().contains("lang=\"es\""), "the page says its language");
      assertTrue(home.html().contains("Mi trabajo"), "and speaks it");
      assertEquals(
          422,
          lucia
              .put(
                  "/api/me/language",
                  Json.createObjectBuilder().add("language", "tlh").build(),
                  null)
              .status());
    } finally {
      lucia.put("/api/me/language", Json.createObjectBuilder().add("language", "").build(), null);
    }
    assertTrue(Pages.signIn(base, "lucia").get("/index.xhtml").html().contains("My work"));
  }

  private JsonObject problem(String user, String method, String path, String body, String language)
      throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(Browsers.url(base, path)))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      r.header("Content-Type", "application/json");
    }
    if (language != null) {
      r.header("Accept-Language", language);
    }
    HttpResponse<String> res =
        HttpClient.newHttpClient()
            .send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertTrue(res.statusCode() >= 400, res.body());
    assertTrue(res.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    try (var reader = Json.createReader(new java.io.StringReader(res.body()))) {
      return reader.readObject();
    }
  }
}
