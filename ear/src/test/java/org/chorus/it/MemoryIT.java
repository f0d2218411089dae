package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.translations.memory.MemoryUnit;
import org.chorus.translations.memory.TmxReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The translation memory through the REST API: approved translations become units; a follow-up
 * appeal (ua-140-27-1.md, which shares the first one's headings, call to action, official,
 * salutation and closing, with another detainee and other dates) is pre-translated from them, with
 * its match bands; matches are adapted to changed names and numbers; using one records origin
 * MEMORY with the score the server computed; a section may keep its memory to itself; TMX goes out
 * and into another organisation unchanged, broken files are refused whole, UTF-16 files are read,
 * and a large import shows its progress.
 *
 * <p>Each test works in a language no other test uses, in a section it makes, so that the units
 * other tests approve meanwhile do not change what it sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemoryIT {

  private static final List<String> NAMES =
      List.of("Mariam Okoro", "Daniel Esono", "Halvard Quist", "Port Ellery");
  private static final String TMX = "application/x-tmx+xml";
  private static final String WRITE =
      "Write to the minister below in your own words or use the sample letter.";
  static final String CONCERN =
      "I am writing to express my deep concern for Daniel Esono, who has been held without charge"
          + " since 17 March 2027.";
  static final String LAWYER = "He has not been allowed to see a lawyer or his family.";
  private static final String URGE =
      "I urge you to release Daniel Esono and Mariam Okoro immediately and unconditionally.";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void aFollowUpAppealIsPreTranslatedFromTheFirstOnesApprovedUnits() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    String section = section(carla, "nl-NL");
    long first = createAppeal(carla, "ua-140-27.md", section + "/nl-NL");
    Flow.translateAndApproveAll(amelie, bruno, Flow.localization(carla, first, "nl-NL"), "[nl] ");

    long followUp = createAppeal(carla, "ua-140-27-1.md", section + "/nl-NL");
    long loc = Flow.localization(carla, followUp, "nl-NL");
    Map<String, JsonObject> bySource = bySource(amelie, loc);

    // the call to action stands between the same sentences as in the first appeal: in context
    JsonObject write = bySource.get(WRITE);
    assertEquals("DRAFT", write.getString("state"), write.toString());
    assertEquals("[nl] " + write.getString("source"), write.getString("target"));
    JsonObject event = latest(amelie, loc, write);
    assertEquals("MEMORY", event.getString("origin"));
    assertEquals("PRETRANSLATE", event.getString("action"));
    assertEquals(100, event.getInt("score"));

    // another detainee's name in the same place: adapted, with the new name's placeholder
    JsonObject ask = bySource.get("Ask for Daniel Esono to be released at once.");
    assertEquals("DRAFT", ask.getString("state"), ask.toString());
    assertEquals("[nl] " + ask.getString("source"), ask.getString("target"));
    JsonObject askMatch = matches(amelie, loc, ask).get(0);
    assertEquals(100, askMatch.getInt("score"));
    assertTrue(askMatch.getBoolean("adapted"));
    assertTrue(askMatch.getInt("rawScore") < 100);
    assertTrue(askMatch.getBoolean("inContext"));

    // another name and another day, and the sentence after it changed: adapted to 100%, not in
    // context, so not filled in (by default only matches in context are)
    JsonObject concern = bySource.get(CONCERN);
    JsonObject concernMatch = matches(amelie, loc, concern).get(0);
    assertEquals(100, concernMatch.getInt("score"));
    assertTrue(concernMatch.getBoolean("adapted"));
    assertFalse(concernMatch.getBoolean("inContext"));
    assertEquals("[nl] " + concern.getString("source"), concernMatch.getString("target"));
    assertEquals("UNTRANSLATED", concern.getString("state"));
    assertTrue(concernMatch.getString("appealReference").startsWith("ua-140-27-"));
    assertEquals(section, concernMatch.getString("sectionCode"));
    assertEquals("amelie", concernMatch.getString("translator"));
    assertNotNull(concernMatch.getString("approvedAt"));

    // one word changed: a fuzzy match with the difference marked
    JsonObject lawyer = bySource.get(LAWYER);
    JsonObject lawyerMatch = matches(amelie, loc, lawyer).get(0);
    int fuzzy = lawyerMatch.getInt("score");
    assertTrue(fuzzy >= 75 && fuzzy < 95, lawyerMatch.toString());
    assertFalse(lawyerMatch.getBoolean("adapted"));
    assertTrue(
        lawyerMatch.getJsonArray("difference").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                d -> d.getString("kind").equals("DELETED") && d.getString("text").contains("She")),
        lawyerMatch.toString());
    assertEquals("UNTRANSLATED", lawyer.getString("state"));

    // the analysis counts what the matches show, band by band
    JsonObject analysis = amelie.get("/api/localizations/" + loc + "/analysis").json();
    Map<String, Integer> counted = segmentsPerBand(analysis);
    Map<String, Integer> shown = new HashMap<>();
    bySource.values().forEach(s -> shown.merge(band(amelie, loc, s, bySource), 1, Integer::sum));
    assertEquals(shown, counted, analysis.toString());
    // in context: the call to action's three items, the official's heading, name, address and
    // e-mail; 100%: the two headings before and after the story, the salutation, the sentence of
    // concern (adapted) and the closing; 75-84%: "He has not...", "I urge...", "Please ensure...",
    // the act-until line (another month); no match: the new title and the new story's two sentences
    assertEquals(
        Map.of("IN_CONTEXT", 7, "EXACT", 5, "LOW", 4, "NO_MATCH", 3), counted, analysis.toString());
    assertEquals(7, filled(analysis), "exactly the matches in context were filled in");
    assertTrue(analysis.getBoolean("stored"));
    assertEquals(
        analysis.getJsonArray("bands"),
        carla
            .get("/api/appeals/" + followUp + "/analysis")
            .array()
            .getJsonObject(0)
            .getJsonArray("bands"),
        "the appeal's analysis shows the same table");

    // an appeal created without pre-translation gets its analysis, and nothing filled in
    Map<String, Object> form =
        Flow.form(Flow.reference("ua-140-27-1"), "Not pre-translated", List.of(section + "/nl-NL"));
    form.put("doNotTranslate", String.join("\n", NAMES));
    Api.Reply plain =
        carla.postForm(
            "/api/appeals", form, "ua-140-27-1.md", Deployments.fixture("ua-140-27-1.md"));
    assertEquals(201, plain.status(), plain.text());
    long plainLoc = Flow.localization(carla, plain.json().getJsonNumber("id").longValue(), "nl-NL");
    assertEquals("UNTRANSLATED", bySource(amelie, plainLoc).get(WRITE).getString("state"));
    JsonObject plainAnalysis = amelie.get("/api/localizations/" + plainLoc + "/analysis").json();
    assertEquals(0, filled(plainAnalysis));
    assertEquals(counted, segmentsPerBand(plainAnalysis));

    // using a match: the history says MEMORY with the score the server computed, not the client's
    Api.Reply used =
        amelie.put(
            Flow.path(loc, lawyer.getString("key"), "translation"),
            Json.createObjectBuilder()
                .add("text", lawyerMatch.getString("target"))
                .add("match", lawyerMatch.getJsonNumber("unitId").longValue())
                .add("score", 100)
                .build(),
            Flow.etag(lawyer));
    assertEquals(200, used.status(), used.text());
    JsonObject saved = latest(amelie, loc, lawyer);
    assertEquals("MEMORY", saved.getString("origin"));
    assertEquals(fuzzy, saved.getInt("score"));
    Api.Reply unknown =
        amelie.put(
            Flow.path(loc, concern.getString("key"), "translation"),
            Json.createObjectBuilder()
                .add("text", concernMatch.getString("target"))
                .add("match", Long.MAX_VALUE)
                .build(),
            Flow.etag(concern));
    assertEquals(404, unknown.status(), unknown.text());
    assertEquals("notFound.memoryUnit", unknown.json().getString("key"));

    // the concordance finds a phrase in the sources, and marks where
    List<JsonObject> hits =
        amelie
            .get("/api/memory/concordance?q=SAMPLE%20letter&side=source&source=en&target=nl-NL")
            .array()
            .getValuesAs(JsonObject.class);
    JsonObject hit =
        hits.stream().filter(h -> h.getString("source").equals(WRITE)).findFirst().orElseThrow();
    JsonObject span = hit.getJsonArray("inSource").getJsonObject(0);
    assertEquals(
        "sample letter", WRITE.substring(span.getInt("start"), span.getInt("end")), hit.toString());
    assertTrue(hit.getJsonArray("inTarget").isEmpty());
    assertTrue(
        amelie
            .get("/api/memory/concordance?q=sample%20letter&side=target&source=en&target=de")
            .array()
            .isEmpty(),
        "another language pair");
    assertEquals(
        422, amelie.get("/api/memory/concordance?q=x&source=en&target=nl&side=up").status());
  }

  @Test
  void theOrganisationChoosesWhatPreTranslationFillsInAndRevisionsArePreTranslatedToo() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    assertEquals(
        403, amelie.put("/api/settings", settings(true, 75), null).status(), "coordinators only");
    assertEquals(422, carla.put("/api/settings", settings(false, 20), null).status());
    String section = section(carla, "sv-SE");
    long first = createAppeal(carla, "ua-140-27.md", section + "/sv-SE");
    Flow.translateAndApproveAll(amelie, bruno, Flow.localization(carla, first, "sv-SE"), "[sv] ");
    Api.Reply set = carla.put("/api/settings", settings(true, 75), null);
    assertEquals(200, set.status(), set.text());
    assertTrue(set.json().getBoolean("preTranslateSubmit"));
    assertEquals(75, set.json().getInt("preTranslateFuzzyFrom"));
    try {
      long followUp = createAppeal(carla, "ua-140-27-1.md", section + "/sv-SE");
      long loc = Flow.localization(carla, followUp, "sv-SE");
      Map<String, JsonObject> bySource = bySource(amelie, loc);
      assertEquals("TRANSLATED", bySource.get(WRITE).getString("state"), "submitted: in context");
      assertEquals("DRAFT", bySource.get(CONCERN).getString("state"), "100%, not in context");
      assertEquals("DRAFT", bySource.get(LAWYER).getString("state"), "from 75%");
      assertTrue(bySource.get(LAWYER).getString("target").startsWith("[sv] She "));
      assertEquals(
          "UNTRANSLATED",
          bySource.get(URGE).getString("state"),
          "the match lacks the second name's placeholder");
      JsonObject analysis = amelie.get("/api/localizations/" + loc + "/analysis").json();
      assertEquals(7 + 5 + 3, filled(analysis));

      // a translator's own draft stays; the revision's changed and new sentences are filled in
      JsonObject salutation = bySource.get("Dear Minister,");
      Api.Reply own =
          amelie.put(
              Flow.path(loc, salutation.getString("key"), "translation"),
              Flow.text("Bästa minister,"),
              Flow.etag(salutation));
      assertEquals(200, own.status(), own.text());
      Api.Reply revised =
          carla.postForm(
              "/api/appeals/" + followUp + "/revisions",
              Map.of(),
              "ua-140-27-1.md",
              Deployments.fixture("ua-140-27-1-r2.md"));
      assertEquals(201, revised.status(), revised.text());
      Map<String, JsonObject> after = bySource(amelie, loc);
      JsonObject she = after.get("She has not been allowed to see a lawyer or her family.");
      assertEquals("DRAFT", she.getString("state"));
      assertEquals("[sv] " + she.getString("source"), she.getString("target"));
      assertEquals(100, latest(amelie, loc, she).getInt("score"));
      JsonObject police =
          after.get(
              "Police officers took her to the Central Police Station and have not said why she"
                  + " is held.");
      assertEquals("DRAFT", police.getString("state"));
      assertEquals("MEMORY", latest(amelie, loc, police).getString("origin"));
      assertEquals("Bästa minister,", after.get("Dear Minister,").getString("target"));
      assertEquals(
          2, amelie.get("/api/localizations/" + loc + "/analysis").json().getInt("revision"));
    } finally {
      assertEquals(200, carla.put("/api/settings", settings(false, null), null).status());
    }
  }

  @Test
  void aSectionMayKeepItsMemoryToItself() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    Api sophie = new Api(base, "sophie");
    String own = section(carla, "pt-PT");
    String other = section(carla, "pt-BR");
    long ownId = sectionId(carla, own);
    JsonObject keep = Json.createObjectBuilder().add("private", true).build();
    assertEquals(403, amelie.put("/api/sections/" + ownId + "/memory", keep, null).status());
    Api.Reply kept = carla.put("/api/sections/" + ownId + "/memory", keep, null);
    assertEquals(200, kept.status(), kept.text());
    assertTrue(kept.json().getBoolean("memoryPrivate"));
    long first = createAppeal(carla, "ua-140-27.md", own + "/pt-PT");
    Flow.translateAndApproveAll(amelie, bruno, Flow.localization(carla, first, "pt-PT"), "[pt] ");

    long followUp =
        createAppeal(carla, "ua-140-27-1.md", List.of(own + "/pt-PT", other + "/pt-BR"));
    long mine = Flow.localization(carla, followUp, "pt-PT");
    long theirs = Flow.localization(carla, followUp, "pt-BR");
    assertEquals("DRAFT", bySource(amelie, mine).get(WRITE).getString("state"));
    JsonObject write = bySource(amelie, theirs).get(WRITE);
    assertEquals("UNTRANSLATED", write.getString("state"), "not offered to another section");
    assertTrue(matches(amelie, theirs, write).isEmpty());
    assertFalse(matches(amelie, mine, bySource(amelie, mine).get(WRITE)).isEmpty());
    String query = "/api/memory/concordance?q=sample%20letter&source=en&target=pt";
    assertFalse(amelie.get(query).array().isEmpty(), "a member of the section reads it");
    assertTrue(sophie.get(query).array().isEmpty(), "others in the organisation do not");
    assertFalse(
        carla.get("/api/memory/pairs").text().contains("\"pt-PT\""),
        "not even coordinators outside it");

    Api.Reply shared =
        carla.put(
            "/api/sections/" + ownId + "/memory",
            Json.createObjectBuilder().add("private", false).build(),
            null);
    assertEquals(200, shared.status());
    assertFalse(matches(amelie, theirs, write).isEmpty(), "shared again: offered at once");
    assertFalse(sophie.get(query).array().isEmpty());
  }

  @Test
  void tmxGoesOutAndIntoAnotherOrganisationUnchanged() {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    Api ines = new Api(base, "ines");
    String section = section(carla, "da-DK");
    long first = createAppeal(carla, "ua-140-27.md", section + "/da-DK");
    Flow.translateAndApproveAll(amelie, bruno, Flow.localization(carla, first, "da-DK"), "[da] ");

    Api.Reply exported = carla.get("/api/memory/tmx?source=en&target=da-DK");
    assertEquals(200, exported.status(), exported.text());
    assertTrue(exported.header("Content-Type").startsWith(TMX));
    String tmx = exported.text();
    assertEquals(19, count(tmx, "<tu>") + count(tmx, "<tu "), tmx);
    assertTrue(tmx.contains("creationid=\"amelie\""));
    assertTrue(tmx.contains("<prop type=\"x-chorus:section\">" + section + "</prop>"));
    assertTrue(tmx.contains("type=\"x-chorus-protected\">Mariam Okoro</ph>"), tmx);

    Api.Reply imported = ines.postBytes("/api/memory/tmx", TMX, exported.body());
    assertEquals(201, imported.status(), imported.text());
    assertEquals(19, imported.json().getInt("units"));
    assertEquals(
        "DONE",
        ines.get(imported.header("Location").replaceFirst("^.*/api", "/api"))
            .json()
            .getString("state"));
    Api.Reply again = ines.get("/api/memory/tmx?source=en&target=da-DK");
    assertEquals(200, again.status());
    List<MemoryUnit> units = read(exported.body());
    assertEquals(19, units.size());
    assertEquals(units, read(again.body()), "the same units, with their authors, dates and places");
    assertFalse(
        ines.get("/api/memory/concordance?q=sample%20letter&source=en&target=da")
            .array()
            .isEmpty());

    // who may
    Api sophie = new Api(base, "sophie");
    byte[] small = tmx("en", "da-DK", 1, "Sophie's sentence").getBytes(StandardCharsets.UTF_8);
    assertEquals(403, amelie.get("/api/memory/tmx").status(), "translators do not export");
    assertEquals(403, amelie.postBytes("/api/memory/tmx", TMX, small).status());
    assertEquals(
        200, sophie.get("/api/memory/tmx?source=en&target=fr").status(), "section admins do");
    assertEquals(403, sophie.postBytes("/api/memory/tmx", TMX, small).status(), "not for all");
    Api.Reply forFrance = sophie.postBytes("/api/memory/tmx?section=FR", TMX, small);
    assertEquals(201, forFrance.status(), forFrance.text());
    assertEquals("FR", forFrance.json().getString("section"));
    assertEquals(403, sophie.postBytes("/api/memory/tmx?section=" + section, TMX, small).status());
  }

  @Test
  void aBrokenTmxFileIsRefusedWithItsLineAndNothingIsImported() {
    Api carla = new Api(base, "carla");
    String valid = tmx("en", "is-IS", 3, "Glacier witness statement");
    String broken =
        valid.replace("</body>", "<tu><tuv xml:lang=\"en\"><seg>Unclosed</tuv></tu>\n</body>");
    int line = (int) broken.lines().takeWhile(l -> !l.contains("Unclosed")).count() + 1;
    Api.Reply refused =
        carla.postBytes("/api/memory/tmx", TMX, broken.getBytes(StandardCharsets.UTF_8));
    assertEquals(422, refused.status(), refused.text());
    assertEquals("memory.tmx.broken", refused.json().getString("key"));
    assertEquals(String.valueOf(line), refused.json().getJsonArray("arguments").getString(0));
    assertTrue(
        carla
            .get("/api/memory/concordance?q=Glacier%20witness&source=en&target=is")
            .array()
            .isEmpty(),
        "the units before the error were not kept");
    assertFalse(carla.get("/api/memory/pairs").text().contains("is-IS"));
    Api.Reply notTmx =
        carla.postBytes(
            "/api/memory/tmx", TMX, "<xliff version=\"2.1\"/>".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, notTmx.status());
    assertTrue(notTmx.json().getString("detail").contains("TMX"), notTmx.text());
  }

  @Test
  void aUtf16FileWithCodesAndSeveralTargetsIsRead() {
    Api carla = new Api(base, "carla");
    String file =
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
            + "<tmx version=\"1.4\"><header creationtool=\"Another tool\" creationtoolversion=\"9\""
            + " segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en-US\" srclang=\"en-US\" datatype=\"xml\"/>\n"
            + "<body>\n<tu creationid=\"LINGUIST\" creationdate=\"20250102T030405Z\">\n"
            + "<tuv xml:lang=\"en-US\"><seg>Please <bpt i=\"1\">&lt;b&gt;</bpt>write today<ept i=\"1\">&lt;/b&gt;</ept>"
            + " to the embassy of Korvia.</seg></tuv>\n"
            + "<tuv xml:lang=\"el-GR\"><seg>Παρακαλούμε <bpt i=\"1\">&lt;b&gt;</bpt>γράψτε σήμερα<ept i=\"1\">&lt;/b&gt;</ept>"
            + " στην πρεσβεία της Κορβίας.</seg></tuv>\n"
            + "<tuv xml:lang=\"he-IL\"><seg>אנא <bpt i=\"1\">&lt;b&gt;</bpt>כתבו היום<ept i=\"1\">&lt;/b&gt;</ept>"
            + " לשגרירות קורביה.</seg></tuv>\n"
            + "</tu>\n</body></tmx>\n";
    Api.Reply imported =
        carla.postBytes(
            "/api/memory/tmx?name=korvia.tmx", TMX, file.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(201, imported.status(), imported.text());
    assertEquals(2, imported.json().getInt("units"), "one unit per target");
    JsonObject greek =
        carla
            .get(
                "/api/memory/concordance?q=" + enc("πρεσβεία") + "&side=target&source=en&target=el")
            .array()
            .getJsonObject(0);
    assertEquals("Please {1}write today{/1} to the embassy of Korvia.", greek.getString("source"));
    assertTrue(greek.getString("target").contains("{1}γράψτε σήμερα{/1}"));
    assertEquals("LINGUIST", greek.getString("translator"));
    assertEquals("korvia.tmx", greek.getString("importedFrom"));
    assertEquals(
        1,
        carla
            .get("/api/memory/concordance?q=" + enc("קורביה") + "&side=target&source=en&target=he")
            .array()
            .size());
  }

  @Test
  void aLargeImportShowsItsProgress() throws InterruptedException {
    Api carla = new Api(base, "carla");
    int units = 40_000;
    byte[] file =
        tmx("en", "fi-FI", units, "Lake district petition").getBytes(StandardCharsets.UTF_8);
    Api.Reply started = carla.postBytes("/api/memory/tmx?wait=0&name=large.tmx", TMX, file);
    assertEquals(202, started.status(), started.text());
    String progress = started.header("Location").replaceFirst("^.*/api", "/api");
    boolean sawProgress = false;
    JsonObject now = started.json();
    long until = System.nanoTime() + 180_000_000_000L;
    while (now.getString("state").equals("RUNNING") && System.nanoTime() < until) {
      int percent = now.getInt("percent");
      sawProgress |= percent > 0 && percent < 100 && now.getJsonNumber("units").longValue() > 0;
      Thread.sleep(100);
      now = carla.get(progress).json();
    }
    assertEquals("DONE", now.getString("state"), now.toString());
    assertTrue(sawProgress, "a running import says how far it has come");
    assertEquals(units, now.getInt("units"));
    assertEquals(100, now.getInt("percent"));
    JsonObject pair =
        carla.get("/api/memory/pairs").array().getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("targetLocale").equals("fi-FI"))
            .findFirst()
            .orElseThrow();
    assertEquals(units, pair.getInt("units"));
    assertEquals(
        1,
        carla
            .get("/api/memory/concordance?q=petition%20number%2012345&source=en&target=fi")
            .array()
            .size());
  }

  @Test
  void thePagesShowTheMemoryToWhoMayUseIt() {
    Api carla = new Api(base, "carla");
    long demo =
        carla.get("/api/appeals").array().getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("reference").equals("UA 101.26"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Pages coordinator = Pages.signIn(base, "carla");
    String appeal = coordinator.get("/appeal.xhtml?id=" + demo).html();
    assertTrue(appeal.contains("Memory analysis") && appeal.contains("In context"), appeal);
    String organisation = coordinator.get("/organisation.xhtml").html();
    assertTrue(organisation.contains("Pre-translation from the memory"), organisation);
    assertTrue(
        organisation.contains("Keep this section&#39;s translation memory private")
            || organisation.contains("Keep this section's translation memory private"),
        organisation);
    String memory = coordinator.get("/memory.xhtml").html();
    assertTrue(
        memory.contains("Look up a word or phrase") && memory.contains("Import TMX"), memory);

    Pages translator = Pages.signIn(base, "amelie");
    assertFalse(translator.get("/appeal.xhtml?id=" + demo).html().contains("Memory analysis"));
    String own = translator.get("/memory.xhtml").html();
    assertTrue(own.contains("Look up a word or phrase"));
    assertFalse(own.contains("Import TMX"), "translators do not import");
  }

  // ---- helpers

  /** A section made for one test, working in one language, with amelie and bruno in it. */
  static String section(Api carla, String locale) {
    String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Api.Reply made =
        carla.post(
            "/api/sections",
            Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Memory test " + code)
                .add("locales", Json.createArrayBuilder().add(locale))
                .build(),
            null);
    assertEquals(201, made.status(), made.text());
    long id = made.json().getJsonNumber("id").longValue();
    for (String[] m : new String[][] {{"amelie", "TRANSLATOR"}, {"bruno", "REVIEWER"}}) {
      Api.Reply added =
          carla.post(
              "/api/sections/" + id + "/members",
              Json.createObjectBuilder().add("username", m[0]).add("role", m[1]).build(),
              null);
      assertEquals(201, added.status(), added.text());
    }
    return code;
  }

  private static long sectionId(Api carla, String code) {
    return carla.get("/api/sections").array().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static long createAppeal(Api carla, String fixture, String target) {
    return createAppeal(carla, fixture, List.of(target));
  }

  static long createAppeal(Api carla, String fixture, List<String> targets) {
    Map<String, Object> form =
        Flow.form(Flow.reference(fixture.replace(".md", "")), "Teachers detained", targets);
    form.put("doNotTranslate", String.join("\n", NAMES));
    form.remove("preTranslate");
    Api.Reply created = carla.postForm("/api/appeals", form, fixture, Deployments.fixture(fixture));
    assertEquals(201, created.status(), created.text());
    return created.json().getJsonNumber("id").longValue();
  }

  private static JsonObject settings(boolean submit, Integer fuzzyFrom) {
    var body = Json.createObjectBuilder().add("preTranslateSubmit", submit);
    return (fuzzyFrom == null
            ? body.addNull("preTranslateFuzzyFrom")
            : body.add("preTranslateFuzzyFrom", fuzzyFrom))
        .build();
  }

  /** A localization's segments by their source, with protected placeholders shown as text. */
  static Map<String, JsonObject> bySource(Api api, long loc) {
    Map<String, JsonObject> out = new LinkedHashMap<>();
    Flow.segments(api, loc).forEach(s -> out.put(plain(s), s));
    return out;
  }

  static List<JsonObject> matches(Api api, long loc, JsonObject segment) {
    Api.Reply r = api.get(Flow.path(loc, segment.getString("key"), "matches"));
    assertEquals(200, r.status(), r.text());
    assertTrue(r.header("Server-Timing").startsWith("catchup;dur="), r.header("Server-Timing"));
    return r.array().getValuesAs(JsonObject.class);
  }

  static JsonObject latest(Api api, long loc, JsonObject segment) {
    return api.get(Flow.path(loc, segment.getString("key"), "history")).array().getJsonObject(0);
  }

  /** A segment's source with its protected placeholders shown as their text. */
  static String plain(JsonObject segment) {
    String text = segment.getString("source");
    for (JsonObject t : segment.getJsonArray("tokens").getValuesAs(JsonObject.class)) {
      text = text.replace(t.getString("placeholder"), t.getString("display"));
    }
    return text;
  }

  private static Map<String, Integer> segmentsPerBand(JsonObject analysis) {
    Map<String, Integer> counted = new HashMap<>();
    for (JsonObject b : analysis.getJsonArray("bands").getValuesAs(JsonObject.class)) {
      if (b.getInt("segments") > 0) {
        counted.put(b.getString("band"), b.getInt("segments"));
      }
    }
    return counted;
  }

  private static int filled(JsonObject analysis) {
    return analysis.getJsonArray("bands").getValuesAs(JsonObject.class).stream()
        .mapToInt(b -> b.getInt("filled"))
        .sum();
  }

  /** The band a segment's best match puts it in, as the analysis defines them. */
  private static String band(Api api, long loc, JsonObject segment, Map<String, JsonObject> all) {
    JsonObject best =
        matches(api, loc, segment).stream()
            .filter(m -> m.getInt("score") >= 75)
            .findFirst()
            .orElse(null);
    if (best != null && best.getBoolean("inContext")) {
      return "IN_CONTEXT";
    }
    boolean repeated =
        all.values().stream()
            .anyMatch(
                s ->
                    s.getInt("position") < segment.getInt("position")
                        && s.getString("source").equals(segment.getString("source")));
    if (repeated) {
      return "REPETITION";
    }
    if (best == null) {
      return "NO_MATCH";
    }
    int score = best.getInt("score");
    return score == 100 ? "EXACT" : score >= 95 ? "HIGH" : score >= 85 ? "MEDIUM" : "LOW";
  }

  /**
   * A TMX file as another tool might write it: {@code units} sentences "{phrase} number n." with
   * their translations.
   */
  static String tmx(String source, String target, int units, String phrase) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header"
                + " creationtool=\"Test\" creationtoolversion=\"1\" segtype=\"sentence\""
                + " o-tmf=\"test\" adminlang=\"en\" srclang=\""
                + source
                + "\" datatype=\"plaintext\"/>\n<body>\n");
    for (int i = 1; i <= units; i++) {
      b.append("<tu>\n  <tuv xml:lang=\"")
          .append(source)
          .append("\"><seg>")
          .append(phrase)
          .append(" number ")
          .append(i)
          .append(" is ready to send.</seg></tuv>\n  <tuv xml:lang=\"")
          .append(target)
          .append("\"><seg>[")
          .append(target)
          .append("] ")
          .append(phrase)
          .append(" ")
          .append(i)
          .append("</seg></tuv>\n</tu>\n");
    }
    return b.append("</body>\n</tmx>\n").toString();
  }

  private static List<MemoryUnit> read(byte[] tmx) {
    List<MemoryUnit> units = new ArrayList<>();
    TmxReader.read(new ByteArrayInputStream(tmx), TmxReader.Options.DEFAULT, units::add);
    return units;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
