package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.ExtractedDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real appeal in ../shared/samples/ua-26-23 (present in CI, absent from a user's clone, where
 * this class says so and is reported as skipped) travels the whole path: its contact details come
 * back untouched in the published file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SampleAppealIT {

  private static final Path SAMPLES =
      Path.of(System.getProperty("chorus.samples.dir", "../../shared/samples/ua-26-23"));

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @ParameterizedTest
  @ValueSource(
      strings = {"ua-26-23.html", "ua-26-23.md", "ua-26-23.docx", "ua-26-23.odt", "ua-26-23.txt"})
  void sampleAppealIsPublishedWithItsContactsIntact(String name) throws Exception {
    Path file = SAMPLES.resolve(name);
    if (!Files.isReadable(file)) {
      // CI always has ../shared: there a missing sample is a failure, never a skip
      assertFalse("true".equals(System.getenv("CI")), "CI lacks the sample appeal " + file);
      System.out.println(
          "SampleAppealIT: "
              + file.toAbsolutePath()
              + " is absent; the sample test does not run here (CI has ../shared).");
    }
    Assumptions.assumeTrue(
        Files.isReadable(file),
        "reason: a user's clone has no ../shared/samples, only CI and developers do: " + file);
    Api carla = new Api(base, "carla");
    Api amelie = new Api(base, "amelie");
    Api bruno = new Api(base, "bruno");
    String reference = "UA 26.23-" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("reference", reference);
    form.put("title", "Sample appeal");
    form.put("sourceLocale", "en");
    form.put("targets", List.of("FR/fr-FR"));
    form.put("doNotTranslate", "Zhanargul Zhumatai\nZhumatai");
    Api.Reply created = carla.postForm("/api/appeals", form, name, Files.readAllBytes(file));
    assertEquals(201, created.status(), created.text());
    assertTrue(created.json().getInt("segments") > 50, created.text());

    long loc =
        amelie.get("/api/localizations").array().getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getString("appealReference").equals(reference))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    // the source text as its own translation: every placeholder and protected item in place
    Flow.translateAndApproveAll(amelie, bruno, loc, "");
    assertEquals(
        201, carla.post("/api/localizations/" + loc + "/publications", null, null).status());
    byte[] publishedFile =
        amelie.get("/api/localizations/" + loc + "/publications/latest/file").body();
    // the published file reads again, and its text (inside the package for DOCX and ODT) holds them
    ExtractedDocument back =
        new DocumentEngine()
            .extract(publishedFile, DocumentFormat.detect(name, publishedFile), Locale.FRANCE);
    assertTrue(back.segments().size() > 50, "the published file reads again");
    String published =
        name.endsWith(".docx") || name.endsWith(".odt")
            ? unzippedText(publishedFile)
            : new String(publishedFile, StandardCharsets.UTF_8);
    for (String kept :
        List.of(
            "chinaembpress_us@mfa.gov.cn",
            "@ChineseEmbinUS",
            "202 495 2266",
            "加娜古丽·朱马太",
            "Zhanargul Zhumatai")) {
      assertTrue(published.contains(kept), kept + " survives in " + name);
    }
  }

  private static String unzippedText(byte[] zip) throws Exception {
    StringBuilder out = new StringBuilder();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().endsWith(".xml")) {
          out.append(
              new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", ""));
        }
      }
    }
    return out.toString();
  }
}
