package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.chorus.it.load.Cluster;
import org.chorus.it.load.SaveLoad;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two servers in WildFly's cluster (standalone-ha.xml) behind HAProxy, on one PostgreSQL database,
 * started here beside the test's own server. Amélie's editor is on server one, Sophie's on server
 * two; a reviewer's script saves through the balancer while server one is killed with kill -9.
 * Afterwards every acknowledged save is in the database with its text; Amélie goes on working on
 * server two without signing in again and saves what she had typed before the crash; live updates
 * reached both editors, none twice, and a save on one server reached the other's editor within a
 * second. Needs PostgreSQL, HAProxy and Chromium: under CI=true it fails without them, elsewhere it
 * says that it is skipped (Chromium missing always fails).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterIT {

  private static final String TYPED = "CE QU’AMÉLIE TAPAIT AVANT LA PANNE";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void aServerDiesAndNobodyLosesAnything() throws Exception {
    String db = System.getenv("CHORUS_DB_URL");
    require(
        db != null && db.startsWith("jdbc:postgresql:"),
        "PostgreSQL (set CHORUS_DB_DRIVER=postgresql and CHORUS_DB_URL): two servers cannot share"
            + " the embedded H2 file");
    require(haproxyInstalled(), "HAProxy (apt-get install -y haproxy)");

    Api carla = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 88.27"), "ua-88-27-r1.md", List.of("FR/fr-FR"));
    long fr = Flow.localization(carla, appeal, "fr-FR");
    List<JsonObject> segments = Flow.segments(carla, fr);
    String typedKey = segments.get(0).getString("key");
    // the memory's check approves a plain sentence (no number, no placeholder for the checks to
    // miss); the load leaves it alone
    String memoryKey =
        segments.stream()
            .filter(s -> !s.getString("source").matches("(?s).*[0-9{].*"))
            .reduce((first, second) -> second)
            .orElseThrow()
            .getString("key");
    List<String> loadKeys = new ArrayList<>();
    Map<String, Long> versions = new HashMap<>();
    for (JsonObject s : segments.subList(1, segments.size())) {
      if (s.getString("source").contains("{") || s.getString("key").equals(memoryKey)) {
        continue; // the script writes plain text: no sentence with placeholders
      }
      loadKeys.add(s.getString("key"));
      versions.put(s.getString("key"), (long) s.getInt("version"));
    }
    String bruno = "Bearer " + token(new Api(base, "bruno"));

    int offset = Integer.getInteger("it.port.offset", 0);
    Path ear = Path.of(System.getProperty("chorus.ear"));
    WebDriver amelie = null;
    WebDriver sophie = null;
    try (Cluster cluster =
        Cluster.start(
            Path.of(System.getProperty("jboss.home")),
            ear,
            ear.getParent().resolve("cluster"),
            offset + 100,
            offset + 200,
            8080 + offset + 300,
            Path.of(System.getProperty("chorus.haproxy.config")))) {
      URL balancer = URI.create(cluster.balancerUrl() + "/").toURL();
      amelie = Browsers.open();
      sophie = Browsers.open();
      openEditor(amelie, balancer, "one", "amelie", fr);
      openEditor(sophie, balancer, "two", "sophie", fr);
      record(amelie);
      record(sophie);

      // presence crosses servers: Sophie (server two) moves to segment 3, Amélie (one) sees her
      area(sophie, 2).click();
      new WebDriverWait(amelie, Duration.ofSeconds(5))
          .until(ExpectedConditions.textToBePresentInElement(presence(amelie, 2), "sophie"));

      // the translation memory: what one server learns, the other offers at once
      memoryCrossesServers(
          new Api(URI.create(cluster.server("one").url() + "/").toURL(), "carla"),
          new Api(URI.create(cluster.server("two").url() + "/").toURL(), "carla"),
          fr,
          memoryKey);

      // a save on one server reaches the editor on the other within a second, both ways
      long toSophie = crossing(cluster.server("one"), bruno, fr, loadKeys.get(0), versions, sophie);
      long toAmelie = crossing(cluster.server("two"), bruno, fr, loadKeys.get(1), versions, amelie);
      System.out.println(
          "ClusterIT: a save on server one reached server two's editor "
              + toSophie
              + " ms after it was acknowledged; two to one: "
              + toAmelie
              + " ms");
      assertTrue(toSophie < 1000 && toAmelie < 1000, toSophie + " ms, " + toAmelie + " ms");

      // Amélie types without saving; then a reviewer's script saves through the balancer while
      // server one, hers, is killed
      WebElement typed = area(amelie, 0);
      Browsers.clearText(typed);
      typed.sendKeys(TYPED);
      CompletableFuture<SaveLoad.Result> load =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return SaveLoad.run(
                      cluster.balancerUrl(),
                      bruno,
                      fr,
                      loadKeys,
                      versions,
                      4,
                      Duration.ofSeconds(24));
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      Thread.sleep(8000);
      long killedAt = System.currentTimeMillis();
      cluster.kill("one");
      SaveLoad.Result result = load.get();
      System.out.println(
          "ClusterIT load through the balancer, server one killed: " + result.summary());
      long loadEnded = System.currentTimeMillis();

      // every acknowledged save is in the database with its text; every 412 said what is current
      assertTrue(result.acks().size() > 50, result.summary());
      assertEquals(
          List.of(), SaveLoad.lost(cluster.balancerUrl(), bruno, fr, result.acks()), "lost saves");
      assertEquals(0, result.staleWithoutCurrentText(), result.summary());

      // Amélie is still signed in, on server two now, with what she had typed; she saves it
      assertEquals(TYPED, area(amelie, 0).getAttribute("value"));
      long clicked = System.currentTimeMillis();
      // the page may still be redrawing its rows after the failover (its greeting from server
      // two): the button is found again until the click lands
      new WebDriverWait(amelie, Duration.ofSeconds(10))
          .ignoring(StaleElementReferenceException.class)
          .until(
              d -> {
                area(d, 0)
                    .findElement(By.xpath("./ancestor::tr"))
                    .findElement(By.cssSelector("button.save"))
                    .click();
                return true;
              });
      new WebDriverWait(amelie, Duration.ofSeconds(30))
          .ignoring(StaleElementReferenceException.class)
          .until(ExpectedConditions.textToBe(By.id("state-0"), "draft"));
      assertFalse(amelie.getCurrentUrl().contains("login"), amelie.getCurrentUrl());
      Api overTwo = new Api(URI.create(cluster.server("two").url() + "/").toURL(), "amelie");
      assertEquals(TYPED, Flow.segments(overTwo, fr).get(0).getString("target"));
      long savedToSophie = arrival(sophie, typedKey, -1) - clicked;
      System.out.println(
          "ClusterIT: Amélie's save after the failover reached Sophie "
              + savedToSophie
              + " ms after her click");

      // live updates: Sophie (server two throughout) got every acknowledged save exactly once,
      // within a second but for the failover's own moments; Amélie got none twice and, back on
      // server two, shows what the database holds
      Map<String, Integer> atSophie = received(sophie);
      Map<String, Long> firstAtSophie = firstArrivals(sophie);
      List<Long> delays = new ArrayList<>();
      for (SaveLoad.Ack a : result.acks()) {
        String id = a.key() + "@" + a.version();
        assertEquals(1, atSophie.getOrDefault(id, 0), "save " + id + " reached Sophie's editor");
        if (a.atMillis() < killedAt || a.atMillis() > killedAt + 10_000) {
          delays.add(firstAtSophie.get(id) - a.atMillis());
        }
      }
      Collections.sort(delays);
      long worst = delays.get(delays.size() - 1);
      System.out.println(
          "ClusterIT: saves reached Sophie's editor, ms after acknowledgement: p50 "
              + delays.get(delays.size() / 2)
              + ", p99 "
              + delays.get((int) (delays.size() * 0.99))
              + ", max "
              + worst
              + " ("
              + delays.size()
              + " saves outside the 10 s after the kill)");
      assertTrue(worst < 1000, "a save took " + worst + " ms to reach the other server's editor");
      received(amelie)
          .forEach((id, n) -> assertEquals(1, (int) n, "Amélie's editor got " + id + " twice"));
      List<JsonObject> now = Flow.segments(overTwo, fr);
      WebDriver a = amelie;
      try {
        new WebDriverWait(amelie, Duration.ofSeconds(45), Duration.ofMillis(200))
            .ignoring(StaleElementReferenceException.class)
            .until(d -> shows(a, now));
        System.out.println(
            "ClusterIT: Amélie's editor showed what the database holds "
                + (System.currentTimeMillis() - loadEnded)
                + " ms after the load ended");
      } catch (TimeoutException e) {
        Browsers.screenshot(amelie, "cluster-amelie.png");
        long after =
            messages(amelie).stream()
                .filter(r -> r.getJsonNumber("at").longValue() > killedAt)
                .count();
        throw new AssertionError(
            "Amélie's editor differs from the database: "
                + differences(amelie, now)
                + "; messages she got after the kill: "
                + after
                + "; killed at "
                + killedAt
                + "; her reads: "
                + ((JavascriptExecutor) amelie)
                    .executeScript("return JSON.stringify(window.reads);")
                + "; her messages: "
                + ((JavascriptExecutor) amelie)
                    .executeScript("return JSON.stringify(window.received);"),
            e);
      }
    } finally {
      if (amelie != null) {
        amelie.quit();
      }
      if (sophie != null) {
        sophie.quit();
      }
    }
  }

  /**
   * A unit approved through one server is offered by the other at once, though the other built its
   * memory index before; a TMX file imported through the other is found through the first.
   */
  private void memoryCrossesServers(Api carla, Api carlaThere, long fr, String key) {
    String unique = "Une traduction " + UUID.randomUUID();
    String query = "/api/memory/concordance?side=target&source=en&target=fr&q=";
    assertTrue(
        carlaThere.get(query + unique.replace(" ", "%20")).array().isEmpty(),
        "server 2 builds its index before the approval");
    Api amelie = new Api(base, "amelie");
    JsonObject segment =
        Flow.segments(amelie, fr).stream()
            .filter(s -> s.getString("key").equals(key))
            .findFirst()
            .orElseThrow();
    Api.Reply saved =
        amelie.put(
            Flow.path(fr, segment.getString("key"), "translation"),
            Flow.text(unique),
            Flow.etag(segment));
    assertEquals(200, saved.status(), saved.text());
    Api.Reply submitted =
        amelie.post(Flow.path(fr, segment.getString("key"), "submit"), null, saved.header("ETag"));
    assertEquals(200, submitted.status(), submitted.text());
    Api.Reply approved =
        new Api(base, "bruno")
            .post(
                Flow.path(fr, segment.getString("key"), "approve"), null, submitted.header("ETag"));
    assertEquals(200, approved.status(), approved.text());
    assertEquals(
        1,
        carlaThere.get(query + unique.replace(" ", "%20")).array().size(),
        "offered by server 2 at once");
    Api.Reply imported =
        carlaThere.postBytes(
            "/api/memory/tmx",
            "application/x-tmx+xml",
            MemoryIT.tmx("en", "fr-FR", 1, unique.replace("Une", "Another"))
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(201, imported.status(), imported.text());
    assertEquals(
        1,
        carla.get(query + unique.replace("Une", "Another").replace(" ", "%20")).array().size(),
        "imported through server 2, found through server 1");
  }

  private static void require(boolean present, String what) {
    if (present) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError("ClusterIT needs " + what);
    }
    System.out.println("ClusterIT skipped: it needs " + what);
    Assumptions.abort("needs " + what);
  }

  private static boolean haproxyInstalled() {
    try {
      Cluster.haproxy();
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static String token(Api api) {
    Api.Reply made =
        api.post(
            "/api/me/tokens", Json.createObjectBuilder().add("name", "ClusterIT").build(), null);
    assertEquals(201, made.status(), made.text());
    return made.json().getString("token");
  }

  /** Signs in through the balancer, pinned to one server by the balancer's cookie. */
  private static void openEditor(WebDriver d, URL balancer, String server, String user, long loc) {
    d.get(Browsers.url(balancer, "/login.xhtml"));
    d.manage().addCookie(new Cookie("CHORUS_SERVER", server));
    Browsers.signIn(d, balancer, user);
    new WebDriverWait(d, Duration.ofSeconds(20))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
    d.get(Browsers.url(balancer, "/localization.xhtml?id=" + loc));
    new WebDriverWait(d, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".segment-text")));
    assertEquals(server, d.manage().getCookieNamed("CHORUS_SERVER").getValue());
  }

  /** Keeps every live message the page receives, with when it came. */
  private static void record(WebDriver d) throws InterruptedException {
    // the websocket opens after the page loads
    Thread.sleep(1000);
    ((JavascriptExecutor) d)
        .executeScript(
            "window.received = []; var take = window.chorusLive;"
                + " window.chorusLive = function (m) { window.received.push("
                + "{at: Date.now(), m: typeof m === 'string' ? JSON.parse(m) : m});"
                + " return take(m); };"
                + " window.reads = []; var read = window.chorusRefresh;"
                + " window.chorusRefresh = function (p) { window.reads.push("
                + "{at: Date.now(), key: p[0].value}); return read(p); };"
                + " jQuery(document).on('pfAjaxComplete', function (e, xhr) {"
                + " window.reads.push({at: Date.now(), status: xhr.status}); });");
  }

  /** Saves one segment on a server and answers how long its news took to reach an editor. */
  private static long crossing(
      Cluster.Server server,
      String authorization,
      long loc,
      String key,
      Map<String, Long> versions,
      WebDriver editor)
      throws Exception {
    Api api = Api.withAuthorization(URI.create(server.url() + "/").toURL(), authorization);
    Api.Reply saved =
        api.put(
            Flow.path(loc, key, "translation"),
            Flow.text("[fr] sur le serveur " + server.name()),
            "\"" + versions.get(key) + "\"");
    long acknowledged = System.currentTimeMillis();
    assertEquals(200, saved.status(), saved.text());
    long version = saved.json().getJsonNumber("version").longValue();
    versions.put(key, version);
    return arrival(editor, key, version) - acknowledged;
  }

  /** When the editor got the news of a segment's version (any version: -1), waiting for it. */
  private static long arrival(WebDriver d, String key, long version) {
    return new WebDriverWait(d, Duration.ofSeconds(10), Duration.ofMillis(20))
        .until(
            x -> {
              for (JsonObject r : messages(x)) {
                JsonObject m = r.getJsonObject("m");
                JsonObject segments = m.getJsonObject("segments");
                if ("changed".equals(m.getString("type", ""))
                    && segments != null
                    && segments.containsKey(key)
                    && (version < 0 || segments.getJsonNumber(key).longValue() == version)) {
                  return r.getJsonNumber("at").longValue();
                }
              }
              return null;
            });
  }

  /** How many times the editor got the news of each segment version ("key@version"). */
  private static Map<String, Integer> received(WebDriver d) {
    Map<String, Integer> n = new HashMap<>();
    for (JsonObject r : messages(d)) {
      JsonObject segments = r.getJsonObject("m").getJsonObject("segments");
      if (segments != null) {
        segments.forEach((key, v) -> n.merge(key + "@" + v, 1, Integer::sum));
      }
    }
    return n;
  }

  private static Map<String, Long> firstArrivals(WebDriver d) {
    Map<String, Long> first = new HashMap<>();
    for (JsonObject r : messages(d)) {
      JsonObject segments = r.getJsonObject("m").getJsonObject("segments");
      if (segments != null) {
        long at = r.getJsonNumber("at").longValue();
        segments.forEach((key, v) -> first.putIfAbsent(key + "@" + v, at));
      }
    }
    return first;
  }

  private static List<JsonObject> messages(WebDriver d) {
    String json =
        (String) ((JavascriptExecutor) d).executeScript("return JSON.stringify(window.received);");
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonObject.class);
    }
  }

  /** Whether the editor's rows hold what the database holds. */
  private static boolean shows(WebDriver d, List<JsonObject> database) {
    List<WebElement> areas = d.findElements(By.cssSelector(".segment-text"));
    for (int i = 0; i < database.size(); i++) {
      String stored = database.get(i).getString("target", "");
      if (!stored.equals(areas.get(i).getAttribute("value"))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> differences(WebDriver d, List<JsonObject> database) {
    List<WebElement> areas = d.findElements(By.cssSelector(".segment-text"));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < database.size(); i++) {
      String stored = database.get(i).getString("target", "");
      String shown = areas.get(i).getAttribute("value");
      if (!stored.equals(shown)) {
        out.add(i + ": shows \"" + shown + "\", holds \"" + stored + "\"");
      }
    }
    return out;
  }

  private static WebElement area(WebDriver d, int row) {
    return Browsers.centered(d, d.findElements(By.cssSelector(".segment-text")).get(row));
  }

  private static WebElement presence(WebDriver d, int row) {
    return d.findElements(By.cssSelector(".presence")).get(row);
  }
}
