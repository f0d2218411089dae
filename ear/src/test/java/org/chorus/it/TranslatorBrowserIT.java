package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A translator signs in with headless Chromium, opens her section's localization of the demo appeal
 * and saves a translation; it is still there after a reload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TranslatorBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browsers.open();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void translatorSavesATranslation() throws Exception {
    browser.get(url("/"));
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    // a mistyped password: the form again, with a message (and the page's CSP nonce in the form)
    browser.findElement(By.id("username")).sendKeys("amelie");
    browser.findElement(By.id("password")).sendKeys("not-the-password");
    browser.findElement(By.id("signIn")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "password"));
    browser.findElement(By.id("username")).clear();
    browser.findElement(By.id("username")).sendKeys("amelie");
    browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
    browser.findElement(By.id("signIn")).click();

    WebElement open =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.open-localization")));
    assertEquals("UA 101.26", open.getText());
    open.click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".segment-text")));
    List<WebElement> areas = browser.findElements(By.cssSelector(".segment-text"));
    assertTrue(areas.size() > 20, "every segment of the demo appeal is listed");
    WebElement third = areas.get(2);
    assertEquals("fr-FR", third.getAttribute("lang"));
    String french = "LE PARQUET DÉTIENT UNE CHANSONNIÈRE SANS INCULPATION " + System.nanoTime();
    Browsers.clearText(third);
    third.sendKeys(french);
    WebElement row = third.findElement(By.xpath("./ancestor::tr"));
    row.findElement(By.cssSelector("button.save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state-2"), "draft"));
    screenshot("translator-saved.png");

    browser.navigate().refresh();
    WebElement reloaded =
        wait.until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".segment-text")))
            .get(2);
    assertEquals(french, reloaded.getAttribute("value"), "the saved draft survives a reload");

    // the keyboard: Ctrl+Shift+S copies the source in, Ctrl+Shift+Enter submits and moves on
    List<WebElement> rows = browser.findElements(By.cssSelector(".segment-text"));
    WebElement fourth = rows.get(3);
    String nextKey = rows.get(4).getAttribute("data-key");
    fourth.click();
    Browsers.clearText(fourth);
    fourth.sendKeys(
        org.openqa.selenium.Keys.chord(
            org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.SHIFT, "s"));
    String copied = fourth.getAttribute("value");
    assertTrue(!copied.isEmpty(), "the source was copied in");
    fourth.sendKeys(
        org.openqa.selenium.Keys.chord(
            org.openqa.selenium.Keys.CONTROL,
            org.openqa.selenium.Keys.SHIFT,
            org.openqa.selenium.Keys.ENTER));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state-3"), "submitted"));
    wait.until(d -> nextKey.equals(d.switchTo().activeElement().getAttribute("data-key")));
  }

  /**
   * A long localization opens a page at a time; the keyboard walks on across pages, and the state
   * filter and the search ask the server.
   */
  @Test
  void aLongLocalizationOpensAPageAtATimeAndTheKeyboardTurnsThePages() throws Exception {
    StringBuilder report = new StringBuilder("# Detentions this year\n\n");
    for (int i = 1; i <= 120; i++) {
      report
          .append("Case ")
          .append(i)
          .append(": a teacher was held in town number ")
          .append(i)
          .append(".\n\n");
    }
    Api carla = new Api(base, "carla");
    Api.Reply created =
        carla.postForm(
            "/api/appeals",
            Flow.form(Flow.reference("UA LONG"), "Long report", List.of("FR/fr-FR")),
            "report.md",
            report.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(201, created.status(), created.text());
    long loc = Flow.localization(carla, created.json().getJsonNumber("id").longValue(), "fr-FR");
    Browsers.signIn(browser, base, "amelie");
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
    browser.get(url("/localization.xhtml?id=" + loc));
    List<WebElement> page =
        wait.until(
            ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".segment-text")));
    assertEquals(50, page.size(), "the first page, not all 121 rows");

    WebElement last = page.get(49);
    last.click();
    last.sendKeys(
        org.openqa.selenium.Keys.chord(
            org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.ARROW_DOWN));
    wait.until(
        d ->
            d.switchTo().activeElement().getAttribute("data-key") != null
                && d.findElements(By.id("state-50")).size() == 1
                && d.switchTo()
                    .activeElement()
                    .findElement(By.xpath("./ancestor::tr"))
                    .getText()
                    .contains("Case 50"));

    WebElement first = browser.switchTo().activeElement();
    first.sendKeys("Cas 50 : une enseignante a été détenue.");
    first.sendKeys(
        org.openqa.selenium.Keys.chord(
            org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.ENTER));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state-50"), "draft"));

    // the state filter is answered by the server: one draft in the whole localization
    browser.findElement(By.id("editor:filter")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#editor\\:filter_items li[data-label='draft']")))
        .click();
    new WebDriverWait(browser, Duration.ofSeconds(40))
        .withMessage(() -> "one draft: " + browser.findElement(By.id("editor")).getText())
        .until(d -> d.findElements(By.cssSelector(".segment-text")).size() == 1);
    assertEquals(
        "Cas 50 : une enseignante a été détenue.",
        browser.findElement(By.cssSelector(".segment-text")).getAttribute("value"));
    screenshot("editor-pages.png");
  }

  private void screenshot(String name) throws Exception {
    Browsers.screenshot(browser, name);
  }

  private String url(String path) {
    return Browsers.url(base, path);
  }
}
