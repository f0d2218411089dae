package org.chorus.it.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translation memory of a running Chorus (127.0.0.1 only) on a large memory, through its API:
 * imports a TMX file of {@code units} generated appeal sentences (English to French) and waits for
 * it; builds the memory index (the first search after the import); creates an appeal of 2,000
 * sentences, pre-translated from that memory; then asks for the matches of {@code lookups} of its
 * segments. It prints the server's own times (from the import's record, the analysis and the
 * Server-Timing header of each lookup) beside what the client saw.
 *
 * <pre>mvn -q -pl ear -Pmemory-load test -Dload.args="http://127.0.0.1:8080 1000000 400"</pre>
 *
 * <p>With 0 units it imports nothing and measures the memory the server has (after a restart, the
 * first search builds the index from the database).
 *
 * <p>Run it against a database of its own: the units stay in the demo organisation's memory.
 */
public final class MemoryLoad {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern TIMING =
      Pattern.compile("catchup;dur=([0-9.]+), search;dur=([0-9.]+), service;dur=([0-9.]+)");
  private static final int APPEAL = 2_000;

  private static final String[] FIRST = {
    "Amara", "Bogdan", "Chidi", "Dilnoza", "Emre", "Farah", "Goran", "Hana", "Idris", "Jamila",
    "Kemal", "Lerato", "Milos", "Nadia", "Oskar", "Priya", "Quang", "Rania", "Sefa", "Talia",
    "Umar", "Vesna", "Wanjiru", "Ximena", "Yusuf", "Zora"
  };
  private static final String[] LAST = {
    "Abara",
    "Belov",
    "Cisse",
    "Duarte",
    "Eklund",
    "Fofana",
    "Gashi",
    "Hoxha",
    "Ilunga",
    "Jovic",
    "Kamau",
    "Lindqvist",
    "Mbeki",
    "Nowak",
    "Oyelaran",
    "Petrescu",
    "Quiroga",
    "Rahman",
    "Sesay",
    "Toure",
    "Udeh",
    "Varga",
    "Wekesa",
    "Yilmaz",
    "Zulu"
  };
  private static final String[] PLACES = {
    "Port Ellery",
    "Saltmarsh",
    "Korvia City",
    "Lake Ambrel",
    "Northgate",
    "Rivermouth",
    "Stonebridge",
    "the capital",
    "the border province",
    "the eastern district",
    "Harbour Town"
  };
  private static final String[] OFFICIALS = {
    "Minister of Justice",
    "Minister of the Interior",
    "Prosecutor General",
    "Chief of Police",
    "President of the Republic",
    "Governor of the Province",
    "Head of the Prison Service",
    "Attorney General",
    "Minister of Foreign Affairs"
  };
  private static final String[] JOBS = {
    "journalist",
    "teacher",
    "lawyer",
    "student",
    "trade unionist",
    "doctor",
    "poet",
    "farmer",
    "blogger",
    "nurse",
    "human rights defender",
    "musician",
    "engineer",
    "shopkeeper"
  };
  private static final String[] CHARGES = {
    "spreading false news", "disturbing public order", "insulting the president",
    "membership of a banned group", "organising an unlawful gathering", "tax evasion",
    "undermining national security", "inciting unrest"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] TEMPLATES = {
    "{name}, a {job} from {place}, was arrested on {date} and is held without charge.",
    "{name} was taken from {pronoun} home in {place} by police officers on {date}.",
    "Write to the {official} and urge them to release {name} immediately and unconditionally.",
    "{name} has been charged with {charge} and faces up to {n} years in prison.",
    "Please ensure that {name} has access to a lawyer of {pronoun} choice and to {pronoun} family.",
    "The authorities have not said where {name} is being held since {date}.",
    "{name} was sentenced to {n} years in prison on {date} after an unfair trial in {place}.",
    "We are deeply concerned that {name} may be at risk of torture or other ill-treatment.",
    "Call on the {official} to drop all charges against {name}.",
    "{name}, {n}, was last seen at a checkpoint near {place} on {date}.",
    "Urge the {official} to allow {name} to receive medical care without delay.",
    "The trial of {name} is due to resume in {place} on {date}.",
    "Ask the {official} to open a prompt and impartial investigation into the death of {name}.",
    "{name} went on hunger strike on {date} to protest against {pronoun} detention in {place}.",
    "Send an appeal to the {official} before {date} asking for the release of {name}.",
    "Security forces raided the offices of the {job} association in {place} on {date}.",
    "{name} is a prisoner of conscience, held solely for peacefully exercising {pronoun} rights.",
    "More than {n} people were detained in {place} during the protests of {date}.",
    "Thank you to everyone who wrote to the {official} about {name}.",
    "{name} told {pronoun} lawyer that {pronoun} was beaten during interrogation in {place}."
  };

  private MemoryLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int units = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int lookups = args.length > 2 ? Integer.parseInt(args[2]) : 400;
    String host = URI.create(base).getHost();
    if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
      throw new IllegalArgumentException("Load runs target 127.0.0.1 only.");
    }
    String token = token(base);

    long start = System.nanoTime();
    if (units > 0) {
      Path file = Files.createTempFile("chorus-memory-load-", ".tmx");
      try {
        writeTmx(file, units);
        System.out.printf(
            "Generated %,d units: %,d MB of TMX in %.1f s%n",
            units, Files.size(file) >> 20, seconds(start));
        importTmx(base, token, file);
      } finally {
        Files.deleteIfExists(file);
      }
    }

    start = System.nanoTime();
    get(base, token, "/api/memory/concordance?q=zzzz&source=en&target=fr");
    System.out.printf(
        "First search%s (the index built, or caught up with the import): %.1f s%n",
        units > 0 ? " after the import" : "", seconds(start));

    start = System.nanoTime();
    long loc = createAppeal(base, token);
    double created = seconds(start);
    JsonObject analysis = json(get(base, token, "/api/localizations/" + loc + "/analysis").body());
    System.out.printf(
        "Appeal of %,d sentences created in %.1f s; pre-translation (analysis and filling) took %,d ms%n",
        APPEAL, created, analysis.getJsonNumber("tookMillis").longValue());
    for (JsonObject b : analysis.getJsonArray("bands").getValuesAs(JsonObject.class)) {
      System.out.printf(
          "  %-10s %5d segments %7d words %5d filled%n",
          b.getString("band"), b.getInt("segments"), b.getInt("words"), b.getInt("filled"));
    }
    lookUp(base, token, loc, lookups);
  }

  private static void importTmx(String base, String token, Path file) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> started =
        HTTP.send(
            request(base, token, "/api/memory/tmx?wait=0&name=load.tmx")
                .header("Content-Type", "application/x-tmx+xml")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (started.statusCode() != 202 && started.statusCode() != 201) {
      throw new IllegalStateException("Import refused: " + started.body());
    }
    double sent = seconds(start);
    String progress =
        started.headers().firstValue("Location").orElseThrow().replaceFirst("^.*/api", "/api");
    JsonObject now = json(started.body());
    while (now.getString("state").equals("RUNNING")) {
      Thread.sleep(500);
      now = json(get(base, token, progress).body());
    }
    if (!now.getString("state").equals("DONE")) {
      throw new IllegalStateException("Import ended " + now);
    }
    double server =
        Duration.between(
                    Instant.parse(now.getString("startedAt")),
                    Instant.parse(now.getString("finishedAt")))
                .toMillis()
            / 1000.0;
    System.out.printf(
        "Imported %,d units: %.1f s on the server (%,.0f units/s), %.1f s for the client"
            + " (%.1f s of it sending the file)%n",
        now.getJsonNumber("units").longValue(),
        server,
        now.getJsonNumber("units").longValue() / server,
        seconds(start),
        sent);
  }

  private static void lookUp(String base, String token, long loc, int lookups) throws Exception {
    List<JsonObject> segments =
        Json.createReader(
                new StringReader(
                    get(base, token, "/api/localizations/" + loc + "/segments?limit=1000").body()))
            .readArray()
            .getValuesAs(JsonObject.class);
    List<Double> client = new ArrayList<>();
    List<Double> catchUp = new ArrayList<>();
    List<Double> search = new ArrayList<>();
    List<Double> service = new ArrayList<>();
    int warmUp = 20;
    for (int i = 0; i < lookups + warmUp; i++) {
      JsonObject s = segments.get((i * 7919) % segments.size());
      long start = System.nanoTime();
      HttpResponse<String> r =
          get(
              base,
              token,
              "/api/localizations/" + loc + "/segments/" + s.getString("key") + "/matches");
      double millis = (System.nanoTime() - start) / 1e6;
      Matcher m = TIMING.matcher(r.headers().firstValue("Server-Timing").orElse(""));
      if (i >= warmUp && m.find()) {
        client.add(millis);
        catchUp.add(Double.parseDouble(m.group(1)));
        search.add(Double.parseDouble(m.group(2)));
        service.add(Double.parseDouble(m.group(3)));
      }
    }
    System.out.printf("Matches for %d segments (top 5), p50 / p95 / p99 in ms:%n", client.size());
    print("  search (server)", search);
    print("  catching up (server)", catchUp);
    print("  the service call (server)", service);
    print("  whole request (client)", client);
  }

  private static void print(String what, List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    System.out.printf(
        "%-26s %7.2f %7.2f %7.2f%n",
        what, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
  }

  private static double percentile(List<Double> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  /** An appeal of 2,000 sentences: half from the memory as they are, some edited, some new. */
  private static long createAppeal(String base, String token) throws Exception {
    return localization(base, token, createAppeal(base, token, document(), "LOAD-TM-"));
  }

  private static String document() {
    StringBuilder doc = new StringBuilder("# URGENT ACTION\n\n");
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 1; i < APPEAL; i++) {
      String sentence = sentence(random.nextInt(1_000_000));
      int kind = random.nextInt(10);
      if (kind >= 5 && kind < 8) {
        sentence = sentence.replaceFirst("\\b(held|arrested|taken|urge|write|ask)\\b", "kept");
      } else if (kind >= 8) {
        sentence = sentence(2_000_000 + i);
      }
      doc.append(sentence).append("\n\n");
    }
    return doc.toString();
  }

  /** Creates an appeal of a Markdown document into FR/fr-FR as the token's coordinator: its id. */
  static long createAppeal(String base, String token, String markdown, String referencePrefix)
      throws Exception {
    String boundary = "chorus-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String[][] fields = {
      {"reference", referencePrefix + UUID.randomUUID().toString().substring(0, 8)},
      {"title", "Memory load run"},
      {"sourceLocale", "en"},
      {"targets", "FR/fr-FR"}
    };
    for (String[] f : fields) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f[0]
                  + "\"\r\n\r\n"
                  + f[1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"source\";"
                + " filename=\"load.md\"\r\nContent-Type: text/markdown\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(markdown.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> created =
        HTTP.send(
            request(base, token, "/api/appeals")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Appeal refused: " + created.body());
    }
    return json(created.body()).getJsonNumber("id").longValue();
  }

  /** The appeal's (first) localization. */
  static long localization(String base, String token, long appeal) throws Exception {
    return Json.createReader(
            new StringReader(get(base, token, "/api/appeals/" + appeal + "/localizations").body()))
        .readArray()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static void writeTmx(Path file, int units) throws IOException {
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header"
              + " creationtool=\"MemoryLoad\" creationtoolversion=\"1\" segtype=\"sentence\""
              + " o-tmf=\"chorus\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n");
      for (int i = 0; i < units; i++) {
        String s = escape(sentence(i));
        out.write(
            "<tu creationid=\"load\" creationdate=\"20260101T000000Z\">\n  <tuv xml:lang=\"en\"><seg>");
        out.write(s);
        out.write("</seg></tuv>\n  <tuv xml:lang=\"fr-FR\"><seg>[fr] ");
        out.write(s);
        out.write("</seg></tuv>\n</tu>\n");
      }
      out.write("</body>\n</tmx>\n");
    }
  }

  /** The n-th generated sentence, always the same. */
  static String sentence(int n) {
    SplittableRandom r = new SplittableRandom(0x9E3779B97F4A7C15L ^ n);
    String t = TEMPLATES[r.nextInt(TEMPLATES.length)];
    boolean she = r.nextBoolean();
    return t.replace("{name}", FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)])
        .replace("{job}", JOBS[r.nextInt(JOBS.length)])
        .replace("{place}", PLACES[r.nextInt(PLACES.length)])
        .replace("{official}", OFFICIALS[r.nextInt(OFFICIALS.length)])
        .replace("{charge}", CHARGES[r.nextInt(CHARGES.length)])
        .replace(
            "{date}",
            (1 + r.nextInt(28)) + " " + MONTHS[r.nextInt(12)] + " " + (2015 + r.nextInt(12)))
        .replace("{n}", Integer.toString(2 + r.nextInt(40)))
        .replace("{pronoun}", she ? "her" : "his");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }

  static String token(String base) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("carla:chorus-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"memory load " + UUID.randomUUID() + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("No token: " + r.body());
    }
    return json(r.body()).getString("token");
  }

  private static HttpRequest.Builder request(String base, String token, String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Bearer " + token);
  }

  private static HttpResponse<String> get(String base, String token, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(request(base, token, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
