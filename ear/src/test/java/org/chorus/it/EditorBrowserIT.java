package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The translator's editor in a real browser, with the keyboard: a refused save stays on its row in
 * the translator's language (Arabic here) and keeps what was typed; counts follow a bulk approval
 * without a reload; the memory's matches are taken with one key and recorded with their score, and
 * a forged match is refused without saving anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorBrowserIT {

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
    // rows are drawn again after each step: an element found a moment ago may be gone, and is
    // found again
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aRefusedSaveStaysOnItsRowInArabicAndKeepsTheText() throws Exception {
    Api amelie = new Api(base, "amelie");
    long loc = freshLocalization("ar");
    JsonObject named = withNames(amelie, loc, 1);
    String name = names(named).get(0).getString("display");
    String key = named.getString("key");

    amelie.put("/api/me/language", Json.createObjectBuilder().add("language", "ar").build(), null);
    try {
      openEditor("amelie", loc);
      WebElement area = box(key);
      assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
      assertEquals("rtl", area.getAttribute("dir"));

      // an Arabic sentence without the name's code, saved with Ctrl+Enter
      String typed = "نطالب بالإفراج عنه فوراً";
      area.click();
      area.sendKeys(typed);
      area.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
      WebElement row = area.findElement(By.xpath("./ancestor::tr"));
      WebElement refusal =
          wait.until(
              d -> row.findElements(By.cssSelector(".refusal")).stream().findFirst().orElse(null));
      String why = refusal.getText();
      assertTrue(why.contains("ينقص"), "the refusal is in Arabic: " + why);
      assertTrue(why.contains(name), "it names the code by what it stands for: " + why);
      assertEquals("alert", refusal.getAttribute("role"));
      assertEquals(
          key,
          active().getAttribute("data-key"),
          () -> "the focus stays on the refused row, not on " + active().getAttribute("outerHTML"));
      assertEquals(typed, box(key).getAttribute("value"), "what was typed stays");
      assertTrue(row.getAttribute("class").contains("unsaved"), "the row is marked unsaved");
      assertTrue(row.findElement(By.cssSelector(".unsaved-mark")).isDisplayed());
      assertEquals(
          "UNTRANSLATED",
          Flow.segment(amelie, loc, named.getString("source")).getString("state"),
          "nothing was saved");
      assertTrue(leavingAsks(), "leaving the page with unsaved text asks first");
      Browsers.screenshot(browser, "editor-refusal-ar.png");

      // the source's codes copied in (Ctrl+Shift+S), the Arabic typed before them: saved
      area = box(key);
      area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      area.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "s"));
      String withCodes = area.getAttribute("value");
      assertTrue(withCodes.contains("{p"), withCodes);
      area.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
      area.sendKeys(typed + " ");
      area.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
      wait.until(d -> box(key).getAttribute("data-saved").startsWith(typed));
      WebElement savedRow = box(key).findElement(By.xpath("./ancestor::tr"));
      assertTrue(savedRow.findElements(By.cssSelector(".refusal")).isEmpty(), "the refusal goes");
      assertFalse(savedRow.getAttribute("class").contains("unsaved"));
      assertEquals(
          "DRAFT", Flow.segment(amelie, loc, named.getString("source")).getString("state"));
      assertFalse(leavingAsks(), "nothing unsaved: leaving does not ask");
    } finally {
      amelie.put("/api/me/language", Json.createObjectBuilder().add("language", "").build(), null);
    }
  }

  @Test
  void theCountsFollowABulkApprovalWithoutAReload() throws Exception {
    Api amelie = new Api(base, "amelie");
    long loc = freshLocalization("pl-PL");
    List<JsonObject> segments = Flow.segments(amelie, loc);
    for (JsonObject s : segments) {
      if (!s.getString("state").equals("UNTRANSLATED")) {
        continue;
      }
      Api.Reply saved =
          amelie.put(
              Flow.path(loc, s.getString("key"), "translation"),
              Flow.text("[pl] " + s.getString("source")),
              Flow.etag(s));
      if (saved.status() == 412) {
        continue; // a twin took the translation meanwhile
      }
      assertEquals(200, saved.status(), saved.text());
    }
    for (JsonObject s : Flow.segments(amelie, loc)) {
      if (s.getString("state").equals("DRAFT")) {
        assertEquals(
            200,
            amelie.post(Flow.path(loc, s.getString("key"), "submit"), null, Flow.etag(s)).status());
      }
    }
    int total = segments.size();

    openEditor("bruno", loc);
    WebElement count =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approvedCount")));
    assertEquals("0 / " + total, count.getText());
    wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$=':approveShown']")))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("approvedCount"), total + " / " + total));

    // ? lists the keys; Escape puts the list away
    browser.findElement(By.tagName("body")).sendKeys("?");
    WebElement help = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keys-help")));
    assertEquals("dialog", help.getAttribute("role"));
    assertTrue(help.findElements(By.tagName("dt")).size() >= 10, help.getText());
    assertTrue(help.getText().contains("F9"), help.getText());
    help.sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("keys-help")));
  }

  @Test
  void aMatchIsTakenWithOneKeyAndAForgedOneSavesNothing() throws Exception {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    String section = MemoryIT.section(carla, "it-IT");
    long first = MemoryIT.createAppeal(carla, "ua-140-27.md", section + "/it-IT");
    Flow.translateAndApproveAll(amelie, bruno, Flow.localization(carla, first, "it-IT"), "[it] ");
    long followUp = MemoryIT.createAppeal(carla, "ua-140-27-1.md", section + "/it-IT");
    long loc = Flow.localization(carla, followUp, "it-IT");
    Map<String, JsonObject> bySource = MemoryIT.bySource(amelie, loc);
    JsonObject lawyer = bySource.get(MemoryIT.LAWYER);
    int fuzzy = MemoryIT.matches(amelie, loc, lawyer).get(0).getInt("score");

    JsonObject concern = bySource.get(MemoryIT.CONCERN);
    String adapted = MemoryIT.matches(amelie, loc, concern).get(0).getString("target");

    // only the keyboard from the first row on: Ctrl+Down to each sentence the memory knows,
    // Ctrl+Alt+1 takes its best match, Ctrl+Enter saves and goes on
    openEditor("amelie", loc);
    List<WebElement> rows = browser.findElements(By.cssSelector(".segment-text"));
    rows.get(0).click();
    Map<String, String> taken = new java.util.LinkedHashMap<>();
    List<JsonObject> inOrder = new java.util.ArrayList<>(List.of(concern, lawyer));
    inOrder.sort(java.util.Comparator.comparingInt(t -> t.getInt("position")));
    for (JsonObject target : inOrder) {
      String key = target.getString("key");
      for (int step = 0;
          step < rows.size() && !key.equals(active().getAttribute("data-key"));
          step++) {
        active().sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_DOWN));
      }
      assertEquals(key, active().getAttribute("data-key"), "reached with Ctrl+Down");
      WebElement match =
          wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#editor\\:matches[data-key='" + key + "'] li.match")));
      if (target == lawyer) {
        assertEquals(fuzzy + "%", match.findElement(By.cssSelector(".score")).getText());
        assertFalse(
            match.findElements(By.cssSelector(".diff-DELETED")).isEmpty(),
            "the difference is marked");
      } else {
        assertEquals("100%", match.findElement(By.cssSelector(".score")).getText());
        assertFalse(match.findElements(By.cssSelector(".badge")).isEmpty(), "adapted");
      }
      String offered = match.getAttribute("data-text");
      active().sendKeys(Keys.chord(Keys.CONTROL, Keys.ALT, "1"));
      assertEquals(offered, box(key).getAttribute("value"));
      active().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
      wait.until(d -> offered.equals(box(key).getAttribute("data-saved")));
      wait.until(d -> !key.equals(active().getAttribute("data-key")));
      taken.put(key, offered);
    }
    assertEquals(adapted, taken.get(concern.getString("key")), "the adapted match, new name in");
    JsonObject event = MemoryIT.latest(amelie, loc, lawyer);
    assertEquals("MEMORY", event.getString("origin"), event.toString());
    assertEquals(fuzzy, event.getInt("score"), event.toString());
    assertEquals(100, MemoryIT.latest(amelie, loc, concern).getInt("score"));

    // the document in view (Ctrl+Alt+D), in my language: the sentences taken from the memory
    active().sendKeys(Keys.chord(Keys.CONTROL, Keys.ALT, "d"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-frame")));
    wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("doc-frame")));
    String lawyerText = taken.get(lawyer.getString("key"));
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains(lawyerText));
    browser.switchTo().defaultContent();
    Browsers.screenshot(browser, "editor-matches-preview.png");

    // a forged unit (not a number, then a number that is no unit of this organisation): refused
    // on the row, nothing saved
    JsonObject other =
        Flow.segments(amelie, loc).stream()
            .filter(s -> s.getString("state").equals("UNTRANSLATED"))
            .findFirst()
            .orElseThrow();
    for (String forged : List.of("7 or 1=1", "987654321")) {
      WebElement box = box(other.getString("key"));
      box.click();
      box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "[it] forged " + forged);
      ((JavascriptExecutor) browser)
          .executeScript(
              "arguments[0].closest('td').querySelector('input[id$=\":match\"]').value ="
                  + " arguments[1];",
              box,
              forged);
      box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
      WebElement row = box.findElement(By.xpath("./ancestor::tr"));
      // the refusal names what was forged (the first one's refusal is replaced by the second's)
      wait.until(
          d ->
              row.findElements(By.cssSelector(".refusal")).stream()
                  .anyMatch(r -> r.getText().contains(forged)));
      JsonObject after = Flow.segment(amelie, loc, other.getString("source"));
      assertEquals("UNTRANSLATED", after.getString("state"), after.toString());
      assertEquals(other.getInt("version"), after.getInt("version"));
    }
  }

  @Test
  void reviewModeShowsTheChangeSinceTheLastReviewAndOneKeyApprovesOrRejects() throws Exception {
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    long loc = freshLocalization("cs-CZ");
    List<JsonObject> three =
        Flow.segments(amelie, loc).stream()
            .filter(s -> s.getInt("twins") == 0)
            .filter(s -> !s.getString("source").contains("{"))
            .limit(3)
            .toList();
    List<String> keys = three.stream().map(s -> s.getString("key")).toList();
    for (JsonObject s : three) {
      submit(amelie, loc, s, "[cs] " + s.getString("source"));
    }
    // the first was rejected once and submitted again with a word changed
    JsonObject first = Flow.segment(amelie, loc, three.get(0).getString("source"));
    Api.Reply rejected =
        bruno.post(
            Flow.path(loc, keys.get(0), "reject"),
            Json.createObjectBuilder().add("reason", "Ne tak doslovně.").build(),
            Flow.etag(first));
    assertEquals(200, rejected.status(), rejected.text());
    submit(
        amelie,
        loc,
        Flow.segment(amelie, loc, three.get(0).getString("source")),
        "[cs] přepracováno " + three.get(0).getString("source"));

    openEditor("bruno", loc);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:reviewMode"))).click();
    wait.until(
        d ->
            keys.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return Array.from(document.querySelectorAll('.segment-text'),"
                            + " a => a.dataset.key);")));
    browser
        .findElements(By.cssSelector("#editor\\:segments .state"))
        .forEach(st -> assertEquals("submitted", st.getText()));
    WebElement firstRow = box(keys.get(0)).findElement(By.xpath("./ancestor::tr"));
    assertEquals(
        "přepracováno",
        firstRow.findElement(By.cssSelector(".review-diff .diff-INSERTED")).getText().strip());
    assertTrue(
        box(keys.get(1))
            .findElement(By.xpath("./ancestor::tr"))
            .findElements(By.cssSelector(".review-diff"))
            .isEmpty(),
        "a first submission has nothing to compare with");
    Browsers.screenshot(browser, "review-mode.png");

    // Ctrl+Alt+Enter approves and goes on
    box(keys.get(0)).click();
    box(keys.get(0)).sendKeys(Keys.chord(Keys.CONTROL, Keys.ALT, Keys.ENTER));
    wait.until(d -> keys.get(1).equals(active().getAttribute("data-key")));
    assertEquals("APPROVED", state(amelie, loc, three.get(0)).getString("state"));

    // Ctrl+Shift+Backspace goes to the reason; Enter there rejects and goes on
    box(keys.get(1)).sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, Keys.BACK_SPACE));
    WebElement reason = active();
    assertTrue(reason.getAttribute("class").contains("reason"), reason.getAttribute("class"));
    reason.sendKeys("Chybí datum.", Keys.ENTER);
    wait.until(d -> keys.get(2).equals(active().getAttribute("data-key")));
    JsonObject second = state(amelie, loc, three.get(1));
    assertEquals("REJECTED", second.getString("state"));
    assertEquals("Chybí datum.", second.getString("rejectionReason"));
  }

  /**
   * Codes and tokens are chips that show what they stand for, in right-to-left text too: F9 puts in
   * the next one the translation lacks, Shift+F9 lists them, one Backspace deletes one whole; a
   * translation holding markup stays text.
   */
  @Test
  void codesAreChipsTypedWithTheKeyboardInRightToLeftText() throws Exception {
    Api amelie = new Api(base, "amelie");
    long loc = freshLocalization("ar");
    JsonObject named = withNames(amelie, loc, 2);
    List<JsonObject> tokens =
        named.getJsonArray("tokens").getValuesAs(JsonObject.class).stream()
            .filter(t -> named.getString("source").contains(t.getString("placeholder")))
            .toList();
    String first = tokens.get(0).getString("placeholder");
    String second = tokens.get(1).getString("placeholder");
    String key = named.getString("key");

    openEditor("amelie", loc);
    WebElement field = box(key);
    assertEquals("rtl", field.getAttribute("dir"));
    field.click();
    field.sendKeys("اعتقلت ");
    field.sendKeys(Keys.F9);
    field.sendKeys(" في ");
    field.sendKeys(Keys.F9);
    List<WebElement> chips = field.findElements(By.cssSelector(".chip"));
    assertEquals(2, chips.size());
    assertEquals(tokens.get(0).getString("display"), chips.get(0).getText());
    assertEquals(tokens.get(1).getString("display"), chips.get(1).getText());
    assertEquals("false", chips.get(0).getAttribute("contenteditable"));
    assertEquals("اعتقلت " + first + " في " + second, field.getAttribute("value"));

    // one Backspace takes the whole chip; Shift+F9 lists the codes, Enter puts the chosen one in
    field.sendKeys(Keys.BACK_SPACE);
    assertEquals("اعتقلت " + first + " في ", field.getAttribute("value"));
    field.sendKeys(Keys.chord(Keys.SHIFT, Keys.F9));
    List<WebElement> listed =
        wait.until(
            ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".chip-picker li"), 1));
    assertEquals(first, listed.get(0).getAttribute("data-p"));
    field.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    assertTrue(browser.findElements(By.cssSelector(".chip-picker")).isEmpty(), "the list closes");
    assertEquals("اعتقلت " + first + " في " + second, field.getAttribute("value"));
    Browsers.screenshot(browser, "editor-chips-ar.png");

    field.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    wait.until(d -> box(key).getAttribute("data-saved").endsWith(second));
    JsonObject saved = Flow.segment(amelie, loc, named.getString("source"));
    assertEquals("DRAFT", saved.getString("state"));
    assertEquals("اعتقلت " + first + " في " + second, saved.getString("target"));
    assertEquals(2, box(key).findElements(By.cssSelector(".chip")).size(), "chips after saving");

    // markup typed into a translation is text in the field, never markup
    JsonObject plain =
        Flow.segments(amelie, loc).stream()
            .filter(s -> !s.getString("source").contains("{"))
            .filter(s -> s.getString("state").equals("UNTRANSLATED"))
            .findFirst()
            .orElseThrow();
    String hostile = "<img src=x onerror=\"window.chorusPwned=1\"> نص";
    assertEquals(
        200,
        amelie
            .put(
                Flow.path(loc, plain.getString("key"), "translation"),
                Flow.text(hostile),
                Flow.etag(plain))
            .status());
    browser.navigate().refresh();
    WebElement shown = box(plain.getString("key"));
    assertEquals(hostile, shown.getText());
    assertTrue(shown.findElements(By.tagName("img")).isEmpty());
    assertEquals(
        null,
        ((JavascriptExecutor) browser)
            .executeScript("return window.chorusPwned === undefined ? null : 1;"));
  }

  /** My work follows others' saves: what is left of an assignment counts down without a reload. */
  @Test
  void myWorkFollowsSavesWithoutAReload() throws Exception {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    long loc = freshLocalization("sv-SE");
    Api.Reply assigned =
        carla.post(
            "/api/localizations/" + loc + "/assignments",
            Json.createObjectBuilder().add("username", "amelie").add("task", "TRANSLATE").build(),
            null);
    assertEquals(201, assigned.status(), assigned.text());
    int segments = Flow.segments(amelie, loc).size();

    Browsers.signIn(browser, base, "amelie");
    wait.until(ExpectedConditions.urlContains("/index.xhtml"));
    // the assignment's "left" column: "19 segments · 153 words"
    By left = By.xpath("//table//a[contains(@href, 'id=" + loc + "')]/ancestor::tr/td[5]");
    WebElement before = wait.until(ExpectedConditions.presenceOfElementLocated(left));
    assertTrue(before.getText().startsWith(segments + " "), before.getText());

    JsonObject first =
        Flow.segments(amelie, loc).stream()
            .filter(s -> s.getInt("twins") == 0)
            .findFirst()
            .orElseThrow();
    // a translation submitted elsewhere (through the API): one segment less to translate
    submit(amelie, loc, first, "[sv] " + first.getString("source"));
    new WebDriverWait(browser, Duration.ofSeconds(25))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(left).getText().startsWith((segments - 1) + " "));
  }

  /** Signs in as {@code user} and opens the editor of a localization. */
  private void openEditor(String user, long loc) {
    Browsers.signIn(browser, base, user);
    wait.until(ExpectedConditions.urlContains("/index.xhtml"));
    browser.get(Browsers.url(base, "/localization.xhtml?id=" + loc));
  }

  /**
   * A localization of the names appeal into {@code locale}, in a section of its own (amelie
   * translates, bruno reviews), so that no other test's work shows in it.
   */
  private long freshLocalization(String locale) {
    Api carla = new Api(base, "carla");
    String section = MemoryIT.section(carla, locale);
    long appeal = MemoryIT.createAppeal(carla, "ua-140-27.md", section + "/" + locale);
    return Flow.localization(carla, appeal, locale);
  }

  /** The first segment with at least {@code count} locked names. */
  private static JsonObject withNames(Api api, long loc, int count) {
    return Flow.segments(api, loc).stream()
        .filter(s -> names(s).size() >= count)
        .findFirst()
        .orElseThrow();
  }

  private static List<JsonObject> names(JsonObject segment) {
    return segment.getJsonArray("tokens").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("kind").equals("PROTECTED"))
        .toList();
  }

  private static void submit(Api translator, long loc, JsonObject s, String text) {
    Api.Reply saved =
        translator.put(
            Flow.path(loc, s.getString("key"), "translation"), Flow.text(text), Flow.etag(s));
    assertEquals(200, saved.status(), saved.text());
    Api.Reply submitted =
        translator.post(Flow.path(loc, s.getString("key"), "submit"), null, saved.header("ETag"));
    assertEquals(200, submitted.status(), submitted.text());
  }

  private static JsonObject state(Api api, long loc, JsonObject segment) {
    return Flow.segment(api, loc, segment.getString("source"));
  }

  private WebElement box(String key) {
    return Browsers.centered(
        browser,
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".segment-text[data-key='" + key + "']"))));
  }

  private WebElement active() {
    return browser.switchTo().activeElement();
  }

  /** Whether leaving the page now would ask first (its beforeunload handler objects). */
  private boolean leavingAsks() {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript(
                "var e = new Event('beforeunload', {cancelable: true});"
                    + " window.dispatchEvent(e); return e.defaultPrevented;");
  }
}
