package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two servers on one PostgreSQL database: the test's server and a second WildFly process started
 * here on port 8180. A translator on the first and a reviewer on the second see each other on their
 * segments, and a save on one arrives on the other without a reload. Needs PostgreSQL (two
 * processes cannot share the embedded H2 file): it fails under CI=true without it, and elsewhere
 * says that it is skipped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MultiServerIT {

  private static final int OFFSET = 100;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void liveUpdatesAndPresenceCrossServers() throws Exception {
    String db = System.getenv("CHORUS_DB_URL");
    boolean postgres = db != null && db.startsWith("jdbc:postgresql:");
    if (!postgres) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI runs the container tests on PostgreSQL: set CHORUS_DB_URL.");
      }
      String why =
          "two servers cannot share the embedded H2 file; set CHORUS_DB_DRIVER=postgresql and"
              + " CHORUS_DB_URL to a PostgreSQL database to run it (CI does)";
      System.out.println("MultiServerIT skipped: " + why);
      Assumptions.abort(why);
    }
    Api carla = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 88.27"), "ua-88-27-r1.md", List.of("FR/fr-FR"));
    long fr = Flow.localization(carla, appeal, "fr-FR");

    Process second = startSecondServer();
    WebDriver amelie = null;
    WebDriver bruno = null;
    try {
      URL other = URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/").toURL();
      amelie = Browsers.open();
      bruno = Browsers.open();
      openEditor(amelie, base, "amelie", fr);
      openEditor(bruno, other, "bruno", fr);
      Thread.sleep(1000);

      bruno.findElements(By.cssSelector("textarea.segment-text")).get(1).click();
      new WebDriverWait(amelie, Duration.ofSeconds(3))
          .until(
              ExpectedConditions.textToBePresentInElement(
                  amelie.findElements(By.cssSelector(".presence")).get(1), "bruno"));

      WebElement first = amelie.findElements(By.cssSelector("textarea.segment-text")).get(0);
      first.clear();
      first.sendKeys("ACTION URGENTE");
      first
          .findElement(By.xpath("./ancestor::tr"))
          .findElement(By.cssSelector("button.save"))
          .click();
      new WebDriverWait(amelie, Duration.ofSeconds(5))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(ExpectedConditions.textToBe(By.id("state-0"), "draft"));
      long saved = System.nanoTime();
      new WebDriverWait(bruno, Duration.ofSeconds(3), Duration.ofMillis(10))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  "ACTION URGENTE"
                      .equals(
                          d.findElements(By.cssSelector("textarea.segment-text"))
                              .get(0)
                              .getAttribute("value")));
      long millis = (System.nanoTime() - saved) / 1_000_000;
      System.out.println("A save on server 1 reached server 2's page " + millis + " ms later");
      assertTrue(millis < 3000, millis + " ms");
      assertEquals(
          "ACTION URGENTE",
          new Api(other, "bruno")
              .get("/api/localizations/" + fr + "/segments")
              .array()
              .getJsonObject(0)
              .getString("target"),
          "both servers read the same database");
      memoryCrossesServers(carla, new Api(other, "carla"), fr);
    } finally {
      if (amelie != null) {
        amelie.quit();
      }
      if (bruno != null) {
        bruno.quit();
      }
      second.descendants().forEach(ProcessHandle::destroy);
      second.destroy();
      second.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  /**
   * A unit approved through one server is offered by the other at once, though the other built its
   * memory index before; a TMX file imported through the other is found through the first.
   */
  private void memoryCrossesServers(Api carla, Api carlaThere, long fr) {
    String unique = "Une traduction " + UUID.randomUUID();
    String query = "/api/memory/concordance?side=target&source=en&target=fr&q=";
    assertTrue(
        carlaThere.get(query + unique.replace(" ", "%20")).array().isEmpty(),
        "server 2 builds its index before the approval");
    Api amelie = new Api(base, "amelie");
    JsonObject segment = Flow.segments(amelie, fr).get(1);
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

  private static void openEditor(WebDriver d, URL server, String user, long loc) {
    Browsers.signIn(d, server, user);
    new WebDriverWait(d, Duration.ofSeconds(20))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
    d.get(Browsers.url(server, "/localization.xhtml?id=" + loc));
    new WebDriverWait(d, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea.segment-text")));
  }

  /** A second WildFly on the same installation and database, with its own base directory. */
  private static Process startSecondServer() throws Exception {
    Path home = Path.of(System.getProperty("jboss.home"));
    Path node = Path.of(System.getProperty("chorus.ear")).getParent().resolve("node2");
    deleteTree(node);
    copyTree(home.resolve("standalone/configuration"), node.resolve("configuration"));
    Path config = node.resolve("configuration/standalone.xml");
    Files.writeString(
        config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
    Files.createDirectories(node.resolve("deployments"));
    Files.copy(
        Path.of(System.getProperty("chorus.ear")),
        node.resolve("deployments/chorus.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    ProcessBuilder pb =
        new ProcessBuilder(
            home.resolve("bin/standalone.sh").toString(),
            "-Djboss.server.base.dir=" + node,
            "-Djboss.socket.binding.port-offset=" + OFFSET,
            "-Dchorus.data.dir=" + node.resolve("data"));
    pb.environment().put("JBOSS_HOME", home.toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(node.resolve("server.out").toFile());
    Process p = pb.start();
    HttpClient http = HttpClient.newHttpClient();
    long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < until) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/api/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return p;
        }
      } catch (IOException e) {
        // not up yet
      }
      if (!p.isAlive()) {
        break;
      }
      Thread.sleep(1000);
    }
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
    throw new AssertionError("The second server did not start; see " + node.resolve("server.out"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
