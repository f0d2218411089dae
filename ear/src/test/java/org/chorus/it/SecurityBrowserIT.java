package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The two attacks that need a real browser: a translator's script injection through presence, which
 * must not run in a coordinator's editor, and a page on another port of the same host that tries to
 * write through a signed-in coordinator's session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  private WebDriver amelie;
  private WebDriver carla;

  @BeforeEach
  void openBrowsers() {
    amelie = Browsers.open();
    carla = Browsers.open();
  }

  @AfterEach
  void closeBrowsers() {
    amelie.quit();
    carla.quit();
  }

  @Test
  void aScriptSentAsPresenceNeverRunsInAnotherEditor() throws Exception {
    Api api = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(api, Flow.reference("UA 77.27-S"), "ua-77-27.md", List.of("FR/fr-FR"));
    long fr = Flow.localization(api, appeal, "fr-FR");
    String page = "/localization.xhtml?id=" + fr;
    open(amelie, "amelie", page);

    // the attack of the report: a "key" that closes the script block and opens another
    String attack =
        "</script><script>document.title='pwned';window.chorusPwned=1</script>"
            + "\"><img src=x onerror=\"window.chorusPwned=2\">";
    ((JavascriptExecutor) amelie)
        .executeScript(
            "chorusHere([{name: 'key', value: arguments[0]}]);"
                + " document.querySelectorAll('.segment-text')[1].focus();",
            attack);
    Thread.sleep(1500);

    open(carla, "carla", page);
    new WebDriverWait(carla, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".presence")));
    Thread.sleep(1000);
    JavascriptExecutor js = (JavascriptExecutor) carla;
    assertEquals(null, js.executeScript("return window.chorusPwned === undefined ? null : 1;"));
    assertFalse(carla.getTitle().contains("pwned"), carla.getTitle());
    assertFalse(carla.getPageSource().contains("chorusPwned"), "the payload is nowhere");
    // presence itself still works: amelie is shown on the segment she went to
    assertTrue(
        (Boolean)
            js.executeScript(
                "return Array.from(document.querySelectorAll('.presence'))"
                    + ".some(p => p.textContent.includes('amelie'));"),
        "presence of a real segment is shown");

    // an inline script that reaches the page anyway is blocked by the Content-Security-Policy
    js.executeScript(
        "var s = document.createElement('script'); s.textContent = 'window.chorusInline = 1';"
            + " document.body.appendChild(s);");
    assertEquals(null, js.executeScript("return window.chorusInline === undefined ? null : 1;"));
    Browsers.screenshot(carla, "presence-attack.png");
  }

  @Test
  void aPageOnAnotherPortCannotWriteThroughTheSession() throws Exception {
    Api api = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(api, Flow.reference("UA 77.27-C"), "ua-77-27.md", List.of("FR/fr-FR"));
    long loc = Flow.localization(api, appeal, "fr-FR");
    Flow.translateAndApproveAll(new Api(base, "amelie"), new Api(base, "bruno"), loc, "[fr] ");
    int appealsBefore = api.get("/api/appeals?limit=1000").array().size();

    String target = Browsers.url(base, "");
    String attackPage =
        "<!DOCTYPE html><html><body><script>"
            + "var target = '"
            + target
            + "';"
            + "var form = new FormData();"
            + "form.append('reference', 'UA CSRF'); form.append('title', 'Forged');"
            + "form.append('sourceLocale', 'en'); form.append('actUntil', '2027-06-15');"
            + "form.append('targets', 'FR/fr-FR');"
            + "form.append('source', new Blob(['# Forged\\n\\nA forged appeal.'],"
            + " {type: 'text/markdown'}), 'forged.md');"
            + "var sent = {method: 'POST', mode: 'no-cors', credentials: 'include'};"
            + "Promise.allSettled(["
            + "fetch(target + '/api/appeals', Object.assign({body: form}, sent)),"
            + "fetch(target + '/api/localizations/"
            + loc
            + "/publications', Object.assign({body: 'publish',"
            + " headers: {'Content-Type': 'text/plain'}}, sent))"
            + "]).then(function () { document.title = 'sent'; });"
            + "</script></body></html>";
    HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    attacker.createContext(
        "/",
        exchange -> {
          byte[] body = attackPage.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    attacker.start();
    try {
      Browsers.signIn(carla, base, "carla");
      new WebDriverWait(carla, Duration.ofSeconds(20))
          .until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
      carla.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
      new WebDriverWait(carla, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs("sent"));
      Thread.sleep(3000);
    } finally {
      attacker.stop(0);
    }
    assertEquals(
        appealsBefore, api.get("/api/appeals?limit=1000").array().size(), "no appeal was forged");
    List<JsonObject> publications =
        api.get("/api/localizations/" + loc + "/publications")
            .array()
            .getValuesAs(JsonObject.class);
    assertTrue(publications.isEmpty(), "nothing was published: " + publications);
  }

  @Test
  void aMemberRemovedWhileTheEditorIsOpenIsToldSoWithoutAStackTrace() throws Exception {
    Api api = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(api, Flow.reference("UA 77.27-R"), "ua-77-27.md", List.of("ES/es-ES"));
    long es = Flow.localization(api, appeal, "es-ES");
    open(amelie, "lucia", "/localization.xhtml?id=" + es);

    JsonObject section =
        api.get("/api/sections").array().getValuesAs(JsonObject.class).stream()
            .filter(x -> x.getString("code").equals("ES"))
            .findFirst()
            .orElseThrow();
    JsonObject membership =
        section.getJsonArray("members").getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getString("username").equals("lucia"))
            .findFirst()
            .orElseThrow();
    long sectionId = section.getJsonNumber("id").longValue();
    assertEquals(
        204, api.delete("/api/memberships/" + membership.getJsonNumber("membershipId")).status());
    try {
      // a save answers with the reason
      amelie.findElement(By.cssSelector(".segment-text")).sendKeys("Hola");
      amelie.findElement(By.cssSelector("button.save")).click();
      new WebDriverWait(amelie, Duration.ofSeconds(10))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("messages"), "not a member"));
      // opening a row's history (rendered from the service) leads to the "not allowed" page
      amelie.findElement(By.cssSelector(".ui-row-toggler")).click();
      new WebDriverWait(amelie, Duration.ofSeconds(10))
          .until(ExpectedConditions.urlContains("forbidden"));
      assertTrue(amelie.getPageSource().contains("You may not do this here"));
      assertFalse(amelie.getPageSource().contains("Exception"), amelie.getPageSource());
    } finally {
      Api.Reply back =
          api.post(
              "/api/sections/" + sectionId + "/members",
              jakarta.json.Json.createObjectBuilder()
                  .add("username", "lucia")
                  .add("role", membership.getString("role"))
                  .build(),
              null);
      assertEquals(201, back.status(), back.text());
    }
  }

  private void open(WebDriver browser, String user, String page) {
    Browsers.signIn(browser, base, user);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
    browser.get(Browsers.url(base, page));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".segment-text")));
  }
}
