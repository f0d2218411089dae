package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The holes an attacker found (issue 8), each tried again: forged presence, offline files over
 * newer work, hostile and oversized documents, cross-origin writes, bodies an action does not take,
 * missing security headers, unpaged lists, page ids that are not ids, publications numbered for
 * nothing. The script-injection and cross-site attacks from a real browser are in {@link
 * SecurityBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  private static final Pattern HERE =
      Pattern.compile("chorusHere = function\\(\\) \\{return PrimeFaces.ab\\(\\{s:\"([^\"]+)\"");
  private static final Pattern WHO = Pattern.compile("data-who=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces.csp.init\\('([^']+)'\\)");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void presenceComesOnlyFromParticipantsAndNamesOnlyRealSegments() {
    Api carla = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(
            carla, Flow.reference("UA 77.27-P"), "ua-77-27.md", List.of("FR/fr-FR", "MAG/ar"));
    long fr = Flow.localization(carla, appeal, "fr-FR");
    long ar = Flow.localization(carla, appeal, "ar");
    String frKey = Flow.segments(carla, fr).get(0).getString("key");

    Pages amelie = Pages.signIn(base, "amelie");
    Pages.Page editor = amelie.get("/localization.xhtml?id=" + fr);
    String payload =
        "</script><script>document.title='pwned'</script>\"><img src=x onerror=alert(1)>";
    here(amelie, editor, payload, Map.of());
    String seen = Pages.signIn(base, "carla").get("/localization.xhtml?id=" + fr).html();
    assertFalse(seen.contains("<script>document.title"), "the payload never reaches a page");
    assertFalse(seen.contains("<img src=x"), "nor any markup of it");
    assertFalse(who(seen).contains("pwned"), "a key that is no segment is not announced");

    here(amelie, editor, frKey, Map.of());
    assertTrue(
        who(Pages.signIn(base, "carla").get("/localization.xhtml?id=" + fr).html())
            .contains("amelie"),
        "a participant on a real segment is announced");

    // fatima translates the Arabic localization; a forged postback points her page at the French
    Pages fatima = Pages.signIn(base, "fatima");
    Pages.Page hers = fatima.get("/localization.xhtml?id=" + ar);
    here(
        fatima,
        hers,
        frKey,
        Map.of("id", Long.toString(fr), "jakarta.faces.partial.execute", "@all"));
    String french = Pages.signIn(base, "carla").get("/localization.xhtml?id=" + fr).html();
    assertFalse(who(french).contains("fatima"), "no presence in a localization not hers");
  }

  @Test
  void anOfflineFileNeverOverwritesWhatChangedSinceItsExport() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 77.27-X"), "ua-77-27.md", List.of("FR/fr-FR"));
    long loc = Flow.localization(carla, appeal, "fr-FR");
    JsonObject first = Flow.segments(amelie, loc).get(0);
    JsonObject second = Flow.segments(amelie, loc).get(1);
    assertEquals(
        200,
        amelie
            .put(
                Flow.path(loc, second.getString("key"), "translation"),
                Flow.text("Texte d'Amélie avant l'export"),
                Flow.etag(second))
            .status());

    OfflineFile exported = Xliff.read(amelie.get("/api/localizations/" + loc + "/xliff").body());
    Api.Reply meanwhile =
        bruno.put(
            Flow.path(loc, first.getString("key"), "translation"),
            Flow.text("Texte de Bruno, enregistré après l'export"),
            Flow.etag(first));
    assertEquals(200, meanwhile.status(), meanwhile.text());

    OfflineFile back = translated(exported, "[hors ligne] ");
    Api.Reply imported =
        amelie.postXml("/api/localizations/" + loc + "/xliff", Xliff.write21(back));
    assertEquals(200, imported.status(), imported.text());
    JsonObject report = imported.json();
    List<JsonObject> conflicts = report.getJsonArray("conflicts").getValuesAs(JsonObject.class);
    assertEquals(1, conflicts.size(), imported.text());
    assertEquals(first.getString("key"), conflicts.get(0).getString("key"));
    assertEquals("Texte de Bruno, enregistré après l'export", conflicts.get(0).getString("theirs"));
    assertTrue(conflicts.get(0).getString("yours").startsWith("[hors ligne] "));
    assertEquals(exported.units().size() - 1, report.getInt("updated"), imported.text());
    assertEquals(
        "Texte de Bruno, enregistré après l'export",
        Flow.segment(amelie, loc, first.getString("source")).getString("target"),
        "the newer save is kept");
    assertTrue(
        Flow.segment(amelie, loc, second.getString("source"))
            .getString("target")
            .startsWith("[hors ligne] "),
        "a segment unchanged since the export takes the file's text");

    // a file whose versions another tool dropped may only fill segments without text
    String stripped =
        new String(Xliff.write21(translated(exported, "[sans versions] ")), StandardCharsets.UTF_8)
            .replaceAll(" chorus:version=\"[0-9]+\"", "");
    JsonObject blind =
        amelie
            .postXml(
                "/api/localizations/" + loc + "/xliff", stripped.getBytes(StandardCharsets.UTF_8))
            .json();
    assertEquals(0, blind.getInt("updated"), blind.toString());
    assertTrue(blind.getJsonArray("conflicts").size() >= 2, blind.toString());
  }

  @Test
  void hostileAndOversizedDocumentsAreRefusedAndLeaveNothing() {
    Api carla = new Api(base, "carla");
    int before = carla.get("/api/appeals?limit=1000").array().size();
    String nested = "<html><body>" + "<div>".repeat(20_000) + "Free her." + "</div>".repeat(20_000);
    Api.Reply deep = upload(carla, "deep.html", nested.getBytes(StandardCharsets.UTF_8));
    assertEquals(422, deep.status(), deep.text());
    assertTrue(deep.json().getString("detail").contains("levels deep"), deep.text());

    String many = "Write to the minister today.\n".repeat(20_001);
    Api.Reply tooMany = upload(carla, "many.txt", many.getBytes(StandardCharsets.UTF_8));
    assertEquals(422, tooMany.status(), tooMany.text());
    assertTrue(tooMany.json().getString("detail").contains("20000 sentences"), tooMany.text());

    byte[] over = new byte[22 * 1024 * 1024];
    java.util.Arrays.fill(over, (byte) 'a');
    Api.Reply tooLarge = upload(carla, "large.txt", over);
    assertEquals(413, tooLarge.status(), tooLarge.text());
    assertTrue(tooLarge.json().getString("detail").contains("20 MiB"), tooLarge.text());
    assertEquals(before, carla.get("/api/appeals?limit=1000").array().size(), "nothing was made");

    // a file between Undertow's default 10 MB and Chorus's 20 MiB is taken
    String padded =
        "<html><body><!-- "
            + "x".repeat(12 * 1024 * 1024)
            + " --><h1>Release the teacher</h1><p>Write today.</p></body></html>";
    Api.Reply big = upload(carla, "big.html", padded.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, big.status(), big.text());
  }

  @Test
  void everyListComesInPages() {
    Api carla = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 77.27-L"), "ua-77-27.md", List.of("FR/fr-FR"));
    int all = carla.get("/api/appeals/" + appeal + "/segments").array().size();
    assertTrue(all > 3);
    Api.Reply page = carla.get("/api/appeals/" + appeal + "/segments?offset=1&limit=2");
    assertEquals(200, page.status());
    assertEquals(2, page.array().size());
    assertEquals(Integer.toString(all), page.header("X-Total-Count"));
    assertTrue(page.header("Link").contains("rel=\"next\""), page.header("Link"));
    assertTrue(page.header("Link").contains("offset=3"), page.header("Link"));
    assertTrue(page.header("Link").contains("rel=\"prev\""), page.header("Link"));
    assertEquals(0, carla.get("/api/appeals/" + appeal + "/segments?offset=100000").array().size());
    assertEquals(400, carla.get("/api/appeals/" + appeal + "/segments?limit=5000").status());
    assertEquals(400, carla.get("/api/localizations?offset=-1").status());
    assertEquals(400, carla.get("/api/appeals?limit=ten").status());
  }

  @Test
  void writesFromAnotherOriginAreRefused() throws Exception {
    Api carla = new Api(base, "carla");
    JsonObject settings = carla.get("/api/settings").json();
    String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    String otherPort = base.getProtocol() + "://" + base.getHost() + ":" + (base.getPort() + 1);
    String body = "{\"allowSelfReview\": true, \"wordsPerDay\": 999}";

    HttpResponse<String> foreign = raw("PUT", "/api/settings", body, Map.of("Origin", otherPort));
    assertEquals(403, foreign.statusCode(), foreign.body());
    assertTrue(foreign.body().contains("another site"), foreign.body());
    HttpResponse<String> sameSite =
        raw("PUT", "/api/settings", body, Map.of("Sec-Fetch-Site", "same-site"));
    assertEquals(403, sameSite.statusCode());
    HttpResponse<String> opaque = raw("PUT", "/api/settings", body, Map.of("Origin", "null"));
    assertEquals(403, opaque.statusCode());
    assertEquals(settings, carla.get("/api/settings").json(), "nothing changed");

    HttpResponse<String> ours =
        raw("PUT", "/api/settings", settingsBody(settings), Map.of("Origin", own));
    assertEquals(200, ours.statusCode(), ours.body());

    // a page form posted from another origin
    Pages page = Pages.signIn(base, "carla");
    HttpResponse<String> pagePost =
        raw(
            "POST",
            "/organisation.xhtml",
            "x=y",
            Map.of("Origin", otherPort, "Content-Type", "application/x-www-form-urlencoded"));
    assertEquals(403, pagePost.statusCode());
    assertEquals(200, page.get("/organisation.xhtml").status());
  }

  @Test
  void actionsTakeOnlyTheBodiesTheyDeclare() throws Exception {
    Api carla = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 77.27-B"), "ua-77-27.md", List.of("FR/fr-FR"));
    long loc = Flow.localization(carla, appeal, "fr-FR");
    JsonObject s = Flow.segments(carla, loc).get(0);

    HttpResponse<String> plain =
        raw(
            "POST",
            "/api/localizations/" + loc + "/publications",
            "publish",
            Map.of("Content-Type", "text/plain"));
    assertEquals(415, plain.statusCode(), plain.body());
    assertTrue(plain.body().contains("takes no body"), plain.body());
    HttpResponse<String> form =
        raw(
            "PUT",
            "/api/settings",
            "allowSelfReview=true",
            Map.of("Content-Type", "application/x-www-form-urlencoded"));
    assertEquals(415, form.statusCode(), form.body());
    assertTrue(form.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    HttpResponse<String> broken =
        raw(
            "PUT",
            "/api/settings",
            "{\"allowSelfReview\": tru",
            Map.of("Content-Type", "application/json"));
    assertEquals(400, broken.statusCode(), broken.body());
    assertTrue(broken.body().contains("not well-formed JSON"), broken.body());

    Api amelie = new Api(base, "amelie");
    Api.Reply saved =
        amelie.put(
            Flow.path(loc, s.getString("key"), "translation"), Flow.text("Bonjour."), Flow.etag(s));
    // an action whose fields are all optional takes no body at all
    HttpResponse<String> submitted =
        raw(
            "amelie",
            "POST",
            Flow.path(loc, s.getString("key"), "submit"),
            null,
            Map.of("If-Match", saved.header("ETag")));
    assertEquals(200, submitted.statusCode(), submitted.body());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    Api.Reply api = new Api(base, "carla").get("/api/appeals");
    assertEquals("nosniff", api.header("X-Content-Type-Options"));
    assertEquals("DENY", api.header("X-Frame-Options"));
    assertEquals("no-store", api.header("Cache-Control"));
    assertTrue(api.header("Content-Security-Policy").contains("default-src 'none'"));
    assertEquals("same-origin", api.header("Referrer-Policy"));

    Pages.Page page = Pages.signIn(base, "carla").get("/index.xhtml");
    String csp = page.header("Content-Security-Policy");
    assertNotNull(csp, "pages have a Content-Security-Policy");
    String scripts = csp.substring(csp.indexOf("script-src"));
    assertTrue(scripts.contains("'nonce-"), csp);
    assertFalse(scripts.contains("unsafe-inline"), "no inline script runs: " + csp);
    assertFalse(scripts.contains("unsafe-eval"), csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertEquals("no-store", page.header("Cache-Control"));
    assertEquals("nosniff", page.header("X-Content-Type-Options"));

    Api.Reply unauthenticated = new Api(base, null).get("/api/appeals");
    assertEquals(401, unauthenticated.status());
    assertEquals("nosniff", unauthenticated.header("X-Content-Type-Options"));
  }

  @Test
  void pageIdsThatAreNotNumbersAreNotFound() {
    Pages carla = Pages.signIn(base, "carla");
    for (String path :
        List.of(
            "/localization.xhtml?id=abc",
            "/localization.xhtml?id=1x",
            "/localization.xhtml",
            "/appeal.xhtml?id=%3Cscript%3E",
            "/appeal.xhtml?id=-1",
            "/appeal.xhtml?id=99999999999999999999")) {
      Pages.Page p = carla.get(path);
      assertEquals(404, p.status(), path);
      assertFalse(p.html().contains("<script>"), path);
    }
  }

  @Test
  void publishingAnUnchangedLocalizationAnswersTheCurrentPublication() {
    Api carla = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 77.27-U"), "ua-77-27.md", List.of("FR/fr-FR"));
    long loc = Flow.localization(carla, appeal, "fr-FR");
    Flow.translateAndApproveAll(new Api(base, "amelie"), new Api(base, "bruno"), loc, "[fr] ");
    Api.Reply first = carla.post("/api/localizations/" + loc + "/publications", null, null);
    assertEquals(201, first.status(), first.text());
    Api.Reply again = carla.post("/api/localizations/" + loc + "/publications", null, null);
    assertEquals(200, again.status(), again.text());
    assertEquals(first.json().getInt("number"), again.json().getInt("number"));
    assertEquals(1, carla.get("/api/localizations/" + loc + "/publications").array().size());
  }

  @Test
  void theDocumentPreviewIsFramedOnlyByChorusAndRunsNothing() {
    Api carla = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 77.27-V"), "ua-77-27.md", List.of("FR/fr-FR"));
    long loc = Flow.localization(carla, appeal, "fr-FR");
    JsonObject first = Flow.segments(carla, loc).get(2);
    Api amelie = new Api(base, "amelie");
    String typed = "<img src=x onerror=alert(1)> Nadia Okafor a été détenue.";
    assertEquals(
        200,
        amelie
            .put(
                Flow.path(loc, first.getString("key"), "translation"),
                Flow.text(typed),
                Flow.etag(first))
            .status());

    Api.Reply preview = amelie.get("/api/localizations/" + loc + "/preview?mode=translation");
    assertEquals(200, preview.status(), preview.text());
    assertTrue(preview.header("Content-Type").startsWith("text/html"));
    String csp = preview.header("Content-Security-Policy");
    assertTrue(csp.contains("frame-ancestors 'self'") && csp.contains("sandbox"), csp);
    assertFalse(csp.contains("script-src"), "no script source at all: " + csp);
    assertEquals("SAMEORIGIN", preview.header("X-Frame-Options"));
    assertTrue(preview.text().contains("data-key=\"" + first.getString("key") + "\""));
    // in Markdown, typed markup is markup of the published file: the preview shows it inert
    assertFalse(preview.text().matches("(?s).*<[^>]*onerror.*"), "no tag has a handler");
    assertFalse(preview.text().contains("<img src=x"), preview.text());
    assertTrue(preview.text().contains("Nadia Okafor a été détenue."));
    assertTrue(preview.text().contains("lang=\"fr-FR\""), "the translation's language");

    Api.Reply source = amelie.get("/api/localizations/" + loc + "/preview?mode=source");
    assertEquals(200, source.status());
    assertFalse(source.text().contains("détenue"), "the source shows no translation");
    assertEquals(422, amelie.get("/api/localizations/" + loc + "/preview?mode=x").status());
    assertEquals(
        403, new Api(base, "fatima").get("/api/localizations/" + loc + "/preview").status());
    assertEquals(
        "DENY",
        amelie.get("/api/localizations/" + loc).header("X-Frame-Options"),
        "nothing else may be framed");
  }

  private static OfflineFile translated(OfflineFile file, String prefix) {
    List<OfflineUnit> units = new ArrayList<>();
    for (OfflineUnit u : file.units()) {
      units.add(
          new OfflineUnit(
              u.key(),
              u.source(),
              prefix + u.source(),
              UnitState.DRAFT,
              u.notes(),
              u.tokens(),
              u.basedOn()));
    }
    return new OfflineFile(
        file.localization(),
        file.revision(),
        file.original(),
        file.sourceLanguage(),
        file.targetLanguage(),
        units);
  }

  private static Api.Reply upload(Api api, String name, byte[] content) {
    return api.postForm(
        "/api/appeals",
        Flow.form(Flow.reference("UA BIG"), "Hostile upload", List.of("FR/fr-FR")),
        name,
        content);
  }

  private static String settingsBody(JsonObject settings) {
    return "{\"allowSelfReview\": "
        + settings.getBoolean("allowSelfReview")
        + ", \"wordsPerDay\": "
        + settings.getInt("wordsPerDay")
        + "}";
  }

  /** Presence said through the editor's remote command, with any extra parameters. */
  private static void here(Pages who, Pages.Page editor, String key, Map<String, String> extra) {
    Matcher m = HERE.matcher(editor.html());
    assertTrue(m.find(), "the editor has its presence command");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", m.group(1));
    form.put("jakarta.faces.partial.execute", m.group(1));
    form.put("jakarta.faces.partial.render", "@none");
    form.put(m.group(1), m.group(1));
    form.put("editor", "editor");
    form.put("key", key);
    form.put("jakarta.faces.ViewState", editor.viewState());
    Matcher nonce = NONCE.matcher(editor.html());
    assertTrue(nonce.find(), "the editor has its script nonce");
    form.put("primefaces.nonce", nonce.group(1));
    form.putAll(extra);
    Pages.Page answer = who.post("/localization.xhtml", form, true);
    assertEquals(200, answer.status(), answer.html());
  }

  private static String who(String html) {
    Matcher m = WHO.matcher(html);
    assertTrue(m.find(), "the editor says who is where");
    return m.group(1);
  }

  private HttpResponse<String> raw(
      String method, String path, String body, Map<String, String> headers) throws Exception {
    return raw("carla", method, path, body, headers);
  }

  private HttpResponse<String> raw(
      String user, String method, String path, String body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(Browsers.url(base, path)))
            .timeout(Duration.ofSeconds(30))
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
    if (body != null && !headers.containsKey("Content-Type")) {
      r.header("Content-Type", "application/json");
    }
    headers.forEach(r::header);
    return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
  }
}
