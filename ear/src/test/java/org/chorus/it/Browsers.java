package org.chorus.it;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium for the page tests. */
final class Browsers {
  private Browsers() {}

  /** A new headless Chromium; fails, never skips, where Chromium is missing. */
  static WebDriver open() {
    return open("en");
  }

  /** A new headless Chromium whose pages ask for {@code language} (Accept-Language). */
  static WebDriver open(String language) {
    // .ci/run installs chromium and chromium-driver
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
        "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(onPath("chromedriver").toFile())
            .build();
    return new ChromeDriver(service, options);
  }

  /** Signs in on the login page (the browser is sent there first). */
  static void signIn(WebDriver browser, URL base, String username) {
    browser.get(url(base, "/login.xhtml"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
    browser.findElement(By.id("signIn")).click();
  }

  /**
   * Empties a translation's field as a person does (Ctrl+A, Delete): the field is editable text
   * with chips, whose textarea follows what is typed, which WebDriver's clear() does not do.
   */
  static void clearText(WebElement field) {
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
  }

  /**
   * Scrolls an element to the middle of the window and answers it: WebDriver scrolls what it clicks
   * to the window's bottom edge, where the editor's matches panel stays in view over the rows (a
   * person sees the row and clicks its visible part; the focus keeps rows above the panel).
   */
  static WebElement centered(WebDriver browser, WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  static String url(URL base, String path) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }

  static void screenshot(WebDriver browser, String name) throws java.io.IOException {
    Path dir = Path.of(System.getProperty("chorus.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
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
