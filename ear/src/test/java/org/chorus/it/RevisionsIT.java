package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two revisions of an invented appeal (one sentence edited, one added, one removed, one list item
 * moved): translations follow their sentences, the edited one becomes outdated with a word diff,
 * the removed one is retired, and the French publication made from revision 1 shows as outdated in
 * the API and in the Atom feed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RevisionsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void aNewRevisionIsAlignedAndOutdatesWhatChanged() throws Exception {
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    String reference = Flow.reference("UA 88.27");
    long appeal =
        Flow.createAppeal(carla, reference, "ua-88-27-r1.md", List.of("FR/fr-FR", "MAG/ar"));
    long fr = Flow.localization(amelie, appeal, "fr-FR");
    Flow.translateAndApproveAll(amelie, bruno, fr, "[fr] ");
    Api.Reply published = carla.post("/api/localizations/" + fr + "/publications", null, null);
    assertEquals(201, published.status(), published.text());
    assertFalse(published.json().getBoolean("outdated"));
    JsonObject editedBefore = Flow.segment(amelie, fr, "Reveal where Tomas Alvarenga is held;");
    JsonObject movedBefore = Flow.segment(amelie, fr, "Allow him to see a lawyer of his choice.");

    byte[] r2 = Deployments.fixture("ua-88-27-r2.md");
    assertEquals(
        403,
        amelie
            .postForm("/api/appeals/" + appeal + "/revisions", Map.of(), "ua-88-27-r2.md", r2)
            .status(),
        "only coordinators upload revisions");
    assertEquals(
        422,
        carla
            .postForm(
                "/api/appeals/" + appeal + "/revisions",
                Map.of(),
                "r2.html",
                "<html><body><p>Other format.</p></body></html>".getBytes(StandardCharsets.UTF_8))
            .status(),
        "a revision keeps the document's format");
    assertEquals(
        409,
        carla
            .postForm(
                "/api/appeals/" + appeal + "/revisions",
                Map.of(),
                "ua-88-27-r1.md",
                Deployments.fixture("ua-88-27-r1.md"))
            .status(),
        "an identical file is not a revision");
    assertEquals(1, carla.get("/api/appeals/" + appeal + "/revisions").array().size());

    Api.Reply revised =
        carla.postForm("/api/appeals/" + appeal + "/revisions", Map.of(), "ua-88-27-r2.md", r2);
    assertEquals(201, revised.status(), revised.text());
    JsonObject report = revised.json();
    assertEquals(2, report.getJsonObject("revision").getInt("number"));
    assertEquals(1, report.getInt("changed"), revised.text());
    assertEquals(1, report.getInt("added"), revised.text());
    assertEquals(1, report.getInt("retired"), revised.text());
    assertEquals(2, report.getInt("localizations"));

    List<JsonObject> segments = Flow.segments(amelie, fr);
    assertFalse(
        segments.stream().anyMatch(s -> s.getString("source").startsWith("Witnesses saw two men")),
        "the removed sentence is retired from the editor");
    JsonObject edited = Flow.segment(amelie, fr, "Reveal at once where Tomas Alvarenga is held;");
    assertEquals("OUTDATED", edited.getString("state"));
    assertEquals("Reveal where Tomas Alvarenga is held;", edited.getString("previousSource"));
    assertEquals("[fr] Reveal where Tomas Alvarenga is held;", edited.getString("target"));
    assertTrue(
        edited.getJsonArray("sourceDiff").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                d ->
                    d.getString("kind").equals("INSERTED")
                        && d.getString("text").equals("at once ")),
        edited.toString());
    JsonObject added = Flow.segment(amelie, fr, "Police deny that he is in their custody.");
    assertEquals("UNTRANSLATED", added.getString("state"));
    JsonObject moved = Flow.segment(amelie, fr, "Allow him to see a lawyer of his choice.");
    assertEquals("APPROVED", moved.getString("state"), "a moved sentence keeps its approval");
    assertEquals(movedBefore.getString("target"), moved.getString("target"));
    assertTrue(moved.getInt("position") < edited.getInt("position"), "and takes its new place");
    long approved = segments.stream().filter(s -> s.getString("state").equals("APPROVED")).count();
    assertEquals(segments.size() - 2, approved, "every unchanged sentence stays approved");

    List<JsonObject> history =
        amelie
            .get(Flow.path(fr, edited.getString("key"), "history"))
            .array()
            .getValuesAs(JsonObject.class);
    assertEquals("OUTDATE", history.get(0).getString("action"));
    assertEquals("REVISION", history.get(0).getString("origin"));
    assertEquals("carla", history.get(0).getString("actor"));
    assertTrue(
        history.stream().anyMatch(h -> h.getString("action").equals("APPROVE")),
        "the history from before the revision stays with the sentence");

    Api.Reply late =
        amelie.put(
            Flow.path(fr, editedBefore.getString("key"), "translation"),
            Flow.text("[fr] late"),
            Flow.etag(editedBefore));
    assertEquals(
        409, late.status(), "a page opened before the revision is told, not 404: " + late.text());
    assertTrue(late.json().getString("detail").contains("revised"), late.text());

    JsonObject view = amelie.get("/api/localizations/" + fr).json();
    assertEquals(2, view.getInt("revision"));
    assertEquals(1, view.getInt("outdated"));
    assertTrue(view.getBoolean("publicationOutdated"));
    JsonObject pub =
        amelie.get("/api/localizations/" + fr + "/publications").array().getJsonObject(0);
    assertTrue(pub.getBoolean("outdated"));
    assertEquals(1, pub.getInt("revision"));
    assertEquals(2, pub.getInt("currentRevision"));
    assertEquals(
        409,
        carla.post("/api/localizations/" + fr + "/publications", null, null).status(),
        "the outdated and new sentences must be approved before publishing again");

    Api.Reply feed = amelie.get("/api/feed");
    assertEquals(200, feed.status());
    assertTrue(feed.header("Content-Type").startsWith("application/atom+xml"));
    String atom = feed.text();
    assertTrue(atom.contains("<category term=\"outdated\""), atom);
    assertTrue(atom.contains("Outdated: " + reference + " fr-FR"), atom);
    assertTrue(atom.contains("Published: " + reference + " fr-FR"), atom);
    assertFalse(
        new Api(base, "fatima").get("/api/feed").text().contains(reference + " fr-FR"),
        "another section's feed does not carry the French publication");

    Api.Reply zip = amelie.get("/api/appeals/" + appeal + "/publications.zip");
    assertEquals(200, zip.status());
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("[fr] "));
      }
    }
    assertEquals(List.of("FR-fr-FR/ua-88-27-r1.fr-FR.md"), names);
    assertEquals(
        404,
        new Api(base, "fatima").get("/api/appeals/" + appeal + "/publications.zip").status(),
        "the Maghreb section has nothing published");

    Flow.translateAndApproveAll(amelie, bruno, fr, "[fr2] ");
    Api.Reply again = carla.post("/api/localizations/" + fr + "/publications", null, null);
    assertEquals(201, again.status(), again.text());
    assertEquals(2, again.json().getInt("revision"));
    assertFalse(again.json().getBoolean("outdated"));
  }
}
