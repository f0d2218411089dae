package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people in the same localization, each in a headless Chromium: each sees where the other is,
 * and the other's saves arrive without a reload, within a couple of seconds; what one is typing is
 * never overwritten by the other's save, which then shows as a conflict with both texts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveEditorBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;
  private WebDriver amelie;
  private WebDriver bruno;

  @BeforeEach
  void openBrowsers() {
    amelie = Browsers.open();
    bruno = Browsers.open();
  }

  @AfterEach
  void closeBrowsers() {
    amelie.quit();
    bruno.quit();
  }

  @Test
  void othersSeeSavesAndPresenceWithoutReloading() throws Exception {
    Api carla = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA 88.27"), "ua-88-27-r1.md", List.of("FR/fr-FR"));
    long fr = Flow.localization(carla, appeal, "fr-FR");
    String page = "/localization.xhtml?id=" + fr;
    for (var b : List.of(Browsers_.of(amelie, "amelie"), Browsers_.of(bruno, "bruno"))) {
      Browsers.signIn(b.driver(), base, b.user());
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
      b.driver().get(Browsers.url(base, page));
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".segment-text")));
    }
    // the websocket opens after the page loads
    Thread.sleep(1000);

    // bruno goes to segment 2: amelie sees him there
    area(bruno, 1).click();
    WebDriverWait soon = new WebDriverWait(amelie, Duration.ofSeconds(3));
    soon.until(ExpectedConditions.textToBePresentInElement(presence(amelie, 1), "bruno"));

    // amelie saves segment 1: bruno's page shows it, with its state
    WebElement first = area(amelie, 0);
    Browsers.clearText(first);
    first.sendKeys("ACTION URGENTE");
    long clicked = System.nanoTime();
    first
        .findElement(By.xpath("./ancestor::tr"))
        .findElement(By.cssSelector("button.save"))
        .click();
    new WebDriverWait(amelie, Duration.ofSeconds(3), Duration.ofMillis(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBe(By.id("state-0"), "draft"));
    long savedAt = System.nanoTime();
    new WebDriverWait(bruno, Duration.ofSeconds(3), Duration.ofMillis(10))
        .until(d -> "ACTION URGENTE".equals(value(d, 0)));
    long arrived = System.nanoTime();
    long millis = (arrived - clicked) / 1_000_000;
    long afterSave = (arrived - savedAt) / 1_000_000;
    new WebDriverWait(bruno, Duration.ofSeconds(2))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBe(By.id("state-0"), "draft"));
    Browsers.screenshot(bruno, "live-update.png");

    // bruno is typing in segment 3 when amelie saves it: his text stays, and he is told
    WebElement his = area(bruno, 2);
    his.sendKeys("Tomas Alvarenga, journaliste de radio");
    List<JsonObject> segments = Flow.segments(new Api(base, "amelie"), fr);
    JsonObject third = segments.get(2);
    Api.Reply theirs =
        new Api(base, "amelie")
            .put(
                Flow.path(fr, third.getString("key"), "translation"),
                Flow.text("Texte d'Amélie"),
                Flow.etag(third));
    assertEquals(200, theirs.status());
    new WebDriverWait(bruno, Duration.ofSeconds(3))
        .until(ExpectedConditions.textToBePresentInElement(presence(bruno, 2), "amelie"));
    assertEquals("Tomas Alvarenga, journaliste de radio", value(bruno, 2));

    // his save is refused as stale and shows both texts: nothing is lost
    saveRow(bruno, 2);
    WebElement conflict =
        new WebDriverWait(bruno, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".conflict .theirs")));
    assertEquals("Texte d'Amélie", conflict.getText());
    assertEquals("Tomas Alvarenga, journaliste de radio", value(bruno, 2));
    Browsers.screenshot(bruno, "live-conflict.png");

    // different words changed on both sides: Merge keeps both changes
    Api api = new Api(base, "amelie");
    JsonObject fourth = Flow.segments(api, fr).get(3);
    String key = fourth.getString("key");
    Api.Reply first4 =
        api.put(
            Flow.path(fr, key, "translation"),
            Flow.text("Des témoins ont vu deux hommes."),
            Flow.etag(fourth));
    assertEquals(200, first4.status());
    new WebDriverWait(bruno, Duration.ofSeconds(3))
        .until(d -> "Des témoins ont vu deux hommes.".equals(value(d, 3)));
    WebElement mine = area(bruno, 3);
    Browsers.clearText(mine);
    mine.sendKeys("Des témoins ont vu deux hommes armés.");
    assertEquals("Des témoins ont vu deux hommes armés.", value(bruno, 3), "typed over the old");
    assertEquals(
        200,
        api.put(
                Flow.path(fr, key, "translation"),
                Flow.text("Deux témoins ont vu deux hommes."),
                first4.header("ETag"))
            .status());
    new WebDriverWait(bruno, Duration.ofSeconds(3))
        .until(ExpectedConditions.textToBePresentInElement(presence(bruno, 3), "amelie"));
    saveRow(bruno, 3);
    WebElement merge =
        new WebDriverWait(bruno, Duration.ofSeconds(10))
            .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(
                d ->
                    area(d, 3)
                        .findElement(By.xpath("./ancestor::tr"))
                        .findElement(By.cssSelector("button.merge")));
    merge.click();
    new WebDriverWait(bruno, Duration.ofSeconds(10))
        .withMessage(() -> "the row shows \"" + value(bruno, 3) + "\"")
        .until(d -> "Deux témoins ont vu deux hommes armés.".equals(value(d, 3)));
    saveRow(bruno, 3);
    new WebDriverWait(bruno, Duration.ofSeconds(10))
        .until(
            d ->
                "Deux témoins ont vu deux hommes armés."
                    .equals(Flow.segments(api, fr).get(3).getString("target")));
    // a new source revision arrives while bruno has the editor open, typing in segment 2
    area(bruno, 1).sendKeys("JOURNALISTE DISPARU");
    Api.Reply revised =
        carla.postForm(
            "/api/appeals/" + appeal + "/revisions",
            java.util.Map.of(),
            "ua-88-27-r2.md",
            Deployments.fixture("ua-88-27-r2.md"));
    assertEquals(201, revised.status(), revised.text());
    new WebDriverWait(bruno, Duration.ofSeconds(5))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector(".source")).stream()
                    .anyMatch(
                        e -> e.getText().contains("Police deny that he is in their custody.")));
    assertEquals("JOURNALISTE DISPARU", value(bruno, 1), "what he was typing is still there");
    assertTrue(millis < 3000, "the save reached the other page in " + millis + " ms");
    System.out.println(
        "Live update reached the other browser "
            + millis
            + " ms after the click, "
            + afterSave
            + " ms after the saver's page showed it saved");
  }

  /** A row's text; the row may be re-rendered by a live update while it is read. */
  private static String value(WebDriver d, int row) {
    for (int attempt = 0; ; attempt++) {
      try {
        return area(d, row).getAttribute("value");
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 20) {
          throw e;
        }
      }
    }
  }

  private static void saveRow(WebDriver d, int row) {
    area(d, row)
        .findElement(By.xpath("./ancestor::tr"))
        .findElement(By.cssSelector("button.save"))
        .click();
  }

  private static WebElement area(WebDriver d, int row) {
    return Browsers.centered(d, d.findElements(By.cssSelector(".segment-text")).get(row));
  }

  private static WebElement presence(WebDriver d, int row) {
    return d.findElements(By.cssSelector(".presence")).get(row);
  }

  private record Browsers_(WebDriver driver, String user) {
    static Browsers_ of(WebDriver d, String u) {
      return new Browsers_(d, u);
    }
  }
}
