package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
    // Fails, never skips, without Chromium: .ci/run installs chromium and chromium-driver.
    ChromeOptions options = new ChromeOptions();
    options.setBinary(onPath("chromium").toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--lang=en");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(onPath("chromedriver").toFile())
            .build();
    browser = new ChromeDriver(service, options);
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
    browser.findElement(By.id("username")).sendKeys("amelie");
    browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
    browser.findElement(By.id("signIn")).click();

    WebElement open =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.open-localization")));
    assertEquals("UA 101.26", open.getText());
    open.click();

    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea.segment-text")));
    List<WebElement> areas = browser.findElements(By.cssSelector("textarea.segment-text"));
    assertTrue(areas.size() > 20, "every segment of the demo appeal is listed");
    WebElement third = areas.get(2);
    assertEquals("fr-FR", third.getAttribute("lang"));
    String french = "LE PARQUET DÉTIENT UNE CHANSONNIÈRE SANS INCULPATION " + System.nanoTime();
    third.clear();
    third.sendKeys(french);
    WebElement row = third.findElement(By.xpath("./ancestor::tr"));
    row.findElement(By.cssSelector("button.save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state-2"), "draft"));
    screenshot("translator-saved.png");

    browser.navigate().refresh();
    WebElement reloaded =
        wait.until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(
                    By.cssSelector("textarea.segment-text")))
            .get(2);
    assertEquals(french, reloaded.getAttribute("value"), "the saved draft survives a reload");
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of(System.getProperty("chorus.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private String url(String path) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }

  private static Path onPath(String name) {
    for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    throw new IllegalStateException(
        name + " is not on the PATH: apt-get install -y chromium chromium-driver");
  }
}
