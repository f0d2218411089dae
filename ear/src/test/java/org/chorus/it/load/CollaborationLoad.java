package org.chorus.it.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load run of the collaboration core against a running Chorus (127.0.0.1 only): a coordinator
 * creates an appeal of {@code sentences} sentences, then {@code threads} translators save
 * translations of random segments for {@code seconds}, each on the version it last saw, while every
 * tenth request reads the whole localization. At the end every segment's text must be the one of
 * its last acknowledged save: no acknowledged write is lost.
 *
 * <pre>mvn -q -pl ear -Pload test -Dload.args="http://127.0.0.1:8080 30 8 200"</pre>
 */
public final class CollaborationLoad {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private record Ack(long version, String text) {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int sentences = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    if (!URI.create(base).getHost().equals("127.0.0.1")
        && !URI.create(base).getHost().equals("localhost")) {
      throw new IllegalArgumentException("Load runs target 127.0.0.1 only.");
    }

    String reference = "LOAD-" + UUID.randomUUID().toString().substring(0, 8);
    long appeal = createAppeal(base, reference, sentences);
    long loc = frenchLocalization(base, appeal);
    List<JsonObject> segments = segments(base, loc);
    Map<String, Long> seen = new ConcurrentHashMap<>();
    Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
    segments.forEach(s -> seen.put(s.getString("key"), (long) s.getInt("version")));
    List<String> keys = new ArrayList<>(seen.keySet());

    List<Long> saveNanos = Collections.synchronizedList(new ArrayList<>());
    List<Long> readNanos = Collections.synchronizedList(new ArrayList<>());
    AtomicLong ok = new AtomicLong();
    AtomicLong stale = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(
          () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (System.nanoTime() < end) {
              try {
                if (random.nextInt(10) == 0) {
                  long start = System.nanoTime();
                  segments(base, loc);
                  readNanos.add(System.nanoTime() - start);
                  continue;
                }
                String key = keys.get(random.nextInt(keys.size()));
                long basedOn = seen.get(key);
                String text = "[fr] " + Thread.currentThread().getId() + "-" + System.nanoTime();
                long start = System.nanoTime();
                HttpResponse<String> r =
                    send(
                        base,
                        "amelie",
                        HttpRequest.newBuilder(
                                URI.create(
                                    base
                                        + "/api/localizations/"
                                        + loc
                                        + "/segments/"
                                        + key
                                        + "/translation"))
                            .header("Content-Type", "application/json")
                            .header("If-Match", "\"" + basedOn + "\"")
                            .PUT(
                                HttpRequest.BodyPublishers.ofString(
                                    Json.createObjectBuilder()
                                        .add("text", text)
                                        .build()
                                        .toString())));
                saveNanos.add(System.nanoTime() - start);
                JsonObject body = json(r.body());
                if (r.statusCode() == 200) {
                  ok.incrementAndGet();
                  long version = body.getJsonNumber("version").longValue();
                  acknowledged.merge(
                      key, new Ack(version, text), (a, b) -> a.version() >= b.version() ? a : b);
                  seen.merge(key, version, Math::max);
                } else if (r.statusCode() == 412) {
                  stale.incrementAndGet();
                  seen.merge(key, body.getJsonNumber("currentVersion").longValue(), Math::max);
                } else {
                  failed.incrementAndGet();
                }
              } catch (Exception e) {
                failed.incrementAndGet();
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);

    int lost = 0;
    for (JsonObject s : segments(base, loc)) {
      Ack last = acknowledged.get(s.getString("key"));
      if (last != null
          && (s.getInt("version") != last.version()
              || !last.text().equals(s.getString("target")))) {
        lost++;
      }
    }
    System.out.printf(
        "%d s, %d threads, %d segments: %d saves acknowledged, %d stale (412), %d failed; %.0f"
            + " requests/s%n",
        seconds,
        threads,
        keys.size(),
        ok.get(),
        stale.get(),
        failed.get(),
        (saveNanos.size() + readNanos.size()) / (double) seconds);
    System.out.println("save latency ms: " + percentiles(saveNanos));
    System.out.println("read of all segments latency ms: " + percentiles(readNanos));
    System.out.println("segments whose last acknowledged save is not what is stored: " + lost);
    if (lost > 0 || failed.get() > 0) {
      System.exit(1);
    }
  }

  private static String percentiles(List<Long> nanos) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    if (sorted.isEmpty()) {
      return "none";
    }
    Collections.sort(sorted);
    return String.format(
        "p50 %.1f, p95 %.1f, p99 %.1f, max %.1f (%d requests)",
        at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), at(sorted, 1.0), sorted.size());
  }

  private static double at(List<Long> sorted, double q) {
    int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
    return sorted.get(Math.max(0, i)) / 1_000_000.0;
  }

  private static long createAppeal(String base, String reference, int sentences) throws Exception {
    StringBuilder md = new StringBuilder("# URGENT ACTION\n\n## LOAD TEST APPEAL\n\n");
    for (int i = 1; i <= sentences; i++) {
      md.append("Sentence number ").append(i).append(" of the load test appeal asks for action.");
      md.append(i % 5 == 0 ? "\n\n" : " ");
    }
    String boundary = "load-" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String[] f :
        new String[][] {
          {"reference", reference},
          {"title", "Load test"},
          {"sourceLocale", "en"},
          {"targets", "FR/fr-FR"}
        }) {
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f[0]
                  + "\"\r\n\r\n"
                  + f[1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"source\"; filename=\"load.md\"\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(md.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        send(
            base,
            "carla",
            HttpRequest.newBuilder(URI.create(base + "/api/appeals"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    if (r.statusCode() != 201) {
      throw new IllegalStateException("creating the appeal: " + r.statusCode() + " " + r.body());
    }
    return json(r.body()).getJsonNumber("id").longValue();
  }

  private static long frenchLocalization(String base, long appeal) throws Exception {
    HttpResponse<String> r =
        send(
            base,
            "amelie",
            HttpRequest.newBuilder(URI.create(base + "/api/appeals/" + appeal + "/localizations"))
                .GET());
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readArray().getJsonObject(0).getJsonNumber("id").longValue();
    }
  }

  private static List<JsonObject> segments(String base, long loc) throws Exception {
    HttpResponse<String> r =
        send(
            base,
            "amelie",
            HttpRequest.newBuilder(URI.create(base + "/api/localizations/" + loc + "/segments"))
                .GET());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("reading segments: " + r.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readArray().getValuesAs(JsonObject.class);
    }
  }

  private static HttpResponse<String> send(String base, String user, HttpRequest.Builder request)
      throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":chorus-demo").getBytes(StandardCharsets.UTF_8));
    return HTTP.send(
        request
            .header("Authorization", "Basic " + credentials)
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
