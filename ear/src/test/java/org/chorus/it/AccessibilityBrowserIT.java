package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (the npm package, installed by the build into target/axe) finds no serious or critical
 * violation on the sign-in, my work, appeal, new appeal and editor pages, in English and in Arabic
 * (right to left).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void theMainPagesHaveNoSeriousViolationInEnglish() throws Exception {
    check("en");
  }

  @Test
  void theMainPagesHaveNoSeriousViolationInArabic() throws Exception {
    check("ar");
  }

  private void check(String language) throws Exception {
    String axe = Files.readString(Path.of(System.getProperty("chorus.axe")));
    Api carla = new Api(base, "carla");
    long appeal =
        Flow.createAppeal(carla, Flow.reference("UA A11Y"), "ua-77-27.md", List.of("FR/fr-FR"));
    long loc = Flow.localization(carla, appeal, "fr-FR");
    List<String> found = new ArrayList<>();
    WebDriver browser = Browsers.open(language);
    try {
      browser.get(Browsers.url(base, "/login.xhtml"));
      assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
      found.addAll(violations(browser, axe, "sign-in"));
      Browsers.signIn(browser, base, "carla");
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(ExpectedConditions.urlContains("/index.xhtml"));
      for (String[] page :
          new String[][] {
            {"my work", "/index.xhtml"},
            {"appeal", "/appeal.xhtml?id=" + appeal},
            {"new appeal", "/appeal-new.xhtml"},
            {"editor", "/localization.xhtml?id=" + loc}
          }) {
        browser.get(Browsers.url(base, page[1]));
        assertEquals(
            "ar".equals(language) ? "rtl" : "ltr",
            browser.findElement(By.tagName("html")).getAttribute("dir"),
            page[0]);
        found.addAll(violations(browser, axe, page[0]));
      }
    } finally {
      browser.quit();
    }
    assertTrue(found.isEmpty(), String.join("\n", found));
  }

  /** The serious and critical violations axe finds on the page, one line each. */
  @SuppressWarnings("unchecked")
  private static List<String> violations(WebDriver browser, String axe, String page) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe);
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + " axe.run(document, {resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.filter(function (v) {"
                        + " return v.impact === 'serious' || v.impact === 'critical'; })"
                        + ".map(function (v) { return {id: v.id, impact: v.impact,"
                        + " targets: v.nodes.slice(0, 3).map(function (n) {"
                        + " return n.target.join(' '); }).join(', ')}; })); })"
                        + ".catch(function (e) { done([{id: 'axe failed', impact: String(e),"
                        + " targets: ''}]); });");
    List<String> lines = new ArrayList<>();
    for (Map<String, Object> v : violations) {
      lines.add(page + ": " + v.get("impact") + " " + v.get("id") + " at " + v.get("targets"));
    }
    return lines;
  }
}
