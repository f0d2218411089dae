package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Eight translators save the same segment at once, each on the version it read: every save either
 * lands on that version (and is counted in the segment's version) or is refused with 412 and the
 * current text; no acknowledged save is lost or applied on top of a version it did not see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentWritesIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void everyWriteLandsOnTheVersionItReadOrIsRefused() throws Exception {
    Api amelie = new Api(base, "amelie");
    long loc =
        amelie.get("/api/localizations").array().getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getString("appealReference").equals("UA 101.26"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    JsonObject segment =
        amelie
            .get("/api/localizations/" + loc + "/segments")
            .array()
            .getValuesAs(JsonObject.class)
            .get(5);
    String path =
        "/api/localizations/" + loc + "/segments/" + segment.getString("key") + "/translation";
    int start = segment.getInt("version");

    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<long[]> landed = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> runs = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int writer = t;
      runs.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 6; i++) {
                  JsonObject current =
                      amelie
                          .get("/api/localizations/" + loc + "/segments")
                          .array()
                          .getValuesAs(JsonObject.class)
                          .get(5);
                  long read = current.getInt("version");
                  Api.Reply r =
                      amelie.put(
                          path,
                          Json.createObjectBuilder()
                              .add("text", "writer " + writer + " try " + i)
                              .build(),
                          "\"" + read + "\"");
                  if (r.status() == 200) {
                    accepted.incrementAndGet();
                    long now = r.json().getInt("version");
                    landed.add(new long[] {read, now});
                  } else if (r.status() == 412) {
                    refused.incrementAndGet();
                    if (!r.json().containsKey("currentText")) {
                      problems.add("412 without the current text");
                    }
                  } else {
                    problems.add(r.status() + " " + r.text());
                  }
                }
              }));
    }
    for (Future<?> f : runs) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(48, accepted.get() + refused.get());
    assertTrue(accepted.get() >= 6, "some writes land: " + accepted.get());
    for (long[] l : landed) {
      assertEquals(l[0] + 1, l[1], "an accepted write lands on the version it read");
    }
    assertEquals(
        accepted.get(),
        landed.stream().map(l -> l[1]).distinct().count(),
        "no two accepted writes claim the same version");
    JsonObject end =
        amelie
            .get("/api/localizations/" + loc + "/segments")
            .array()
            .getValuesAs(JsonObject.class)
            .get(5);
    assertEquals(
        start + accepted.get(), end.getInt("version"), "every acknowledged write is counted");
  }
}
