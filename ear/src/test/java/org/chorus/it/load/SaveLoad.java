package org.chorus.it.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Translators saving segments of one localization over the REST API for a while, each with {@code
 * If-Match} on the version it last saw (127.0.0.1 only). Records every acknowledged save (key,
 * version, text, when), every 412 and whether it carried the current text, every other failure by
 * kind, and each save's latency; {@link #lost} then checks every acknowledged save against the
 * segment's history in the database.
 */
public final class SaveLoad {

  /** A save the server acknowledged (200): this text is version {@code version} of the segment. */
  public record Ack(String key, long version, String text, long atMillis) {}

  /** What a run did. */
  public record Result(
      int threads,
      double seconds,
      List<Ack> acks,
      long stale,
      long staleWithoutCurrentText,
      Map<String, Long> failures,
      List<Long> saveNanos) {

    public long failed() {
      return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    public double savesPerSecond() {
      return acks.size() / seconds;
    }

    public double requestsPerSecond() {
      return saveNanos.size() / seconds;
    }

    /** Save latency in milliseconds at a quantile (0.5, 0.99, 1.0). */
    public double latency(double q) {
      List<Long> sorted = new ArrayList<>(saveNanos);
      if (sorted.isEmpty()) {
        return Double.NaN;
      }
      Collections.sort(sorted);
      int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
      return sorted.get(Math.max(0, i)) / 1_000_000.0;
    }

    public String summary() {
      return String.format(
          "%d translators, %.0f s: %d saves acknowledged (%.0f/s), %d stale (412; %d without the"
              + " current text), %d failed %s; %.0f requests/s; save latency ms p50 %.1f, p95 %.1f,"
              + " p99 %.1f, max %.1f",
          threads,
          seconds,
          acks.size(),
          savesPerSecond(),
          stale,
          staleWithoutCurrentText,
          failed(),
          failures,
          requestsPerSecond(),
          latency(0.5),
          latency(0.95),
          latency(0.99),
          latency(1.0));
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private SaveLoad() {}

  /**
   * Saves random segments among {@code keys} from {@code threads} threads for {@code length};
   * {@code versions} holds the version each key is at now.
   */
  public static Result run(
      String base,
      String authorization,
      long localization,
      List<String> keys,
      Map<String, Long> versions,
      int threads,
      Duration length)
      throws InterruptedException {
    requireLoopback(base);
    Map<String, Long> seen = new ConcurrentHashMap<>(versions);
    List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    Map<String, Long> failures = new ConcurrentHashMap<>();
    AtomicLong stale = new AtomicLong();
    AtomicLong staleWithoutText = new AtomicLong();
    long started = System.nanoTime();
    long end = started + length.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      int translator = t;
      pool.submit(
          () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long n = 0;
            while (System.nanoTime() < end) {
              String key = keys.get(random.nextInt(keys.size()));
              long basedOn = seen.get(key);
              String text = "[fr] traduction " + translator + "-" + (++n);
              long start = System.nanoTime();
              try {
                HttpResponse<String> r =
                    save(base, authorization, localization, key, basedOn, text);
                nanos.add(System.nanoTime() - start);
                if (r.statusCode() == 200) {
                  long version = json(r.body()).getJsonNumber("version").longValue();
                  acks.add(new Ack(key, version, text, System.currentTimeMillis()));
                  seen.merge(key, version, Math::max);
                } else if (r.statusCode() == 412) {
                  stale.incrementAndGet();
                  JsonObject body = json(r.body());
                  long current = body.getJsonNumber("currentVersion").longValue();
                  JsonValue currentText = body.get("currentText");
                  if (current <= basedOn
                      || currentText == null
                      || currentText.getValueType() != JsonValue.ValueType.STRING) {
                    staleWithoutText.incrementAndGet();
                  }
                  seen.merge(key, current, Math::max);
                } else {
                  failures.merge(Integer.toString(r.statusCode()), 1L, Long::sum);
                }
              } catch (Exception e) {
                nanos.add(System.nanoTime() - start);
                failures.merge(e.getClass().getSimpleName(), 1L, Long::sum);
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(
        threads,
        seconds,
        List.copyOf(acks),
        stale.get(),
        staleWithoutText.get(),
        new TreeMap<>(failures),
        List.copyOf(nanos));
  }

  /**
   * The acknowledged saves that the database does not hold: for each, version {@code v} of the
   * segment must be the {@code v}-th change in its history (every change is one history row and one
   * version) with the acknowledged text.
   */
  public static List<Ack> lost(String base, String authorization, long localization, List<Ack> acks)
      throws Exception {
    Map<String, List<Ack>> byKey = new TreeMap<>();
    acks.forEach(a -> byKey.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a));
    List<Ack> lost = new ArrayList<>();
    for (Map.Entry<String, List<Ack>> e : byKey.entrySet()) {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          base
                              + "/api/localizations/"
                              + localization
                              + "/segments/"
                              + e.getKey()
                              + "/history?limit=1000"))
                  .header("Authorization", authorization)
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("history of " + e.getKey() + ": " + r.statusCode());
      }
      List<JsonObject> newestFirst;
      try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
        newestFirst = reader.readArray().getValuesAs(JsonObject.class);
      }
      List<JsonObject> history = new ArrayList<>(newestFirst);
      Collections.reverse(history);
      for (Ack a : e.getValue()) {
        int i = (int) a.version() - 1;
        if (i < 0
            || i >= history.size()
            || !a.text().equals(history.get(i).getString("text", null))) {
          lost.add(a);
        }
      }
    }
    return lost;
  }

  private static HttpResponse<String> save(
      String base, String authorization, long loc, String key, long basedOn, String text)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(
                URI.create(
                    base + "/api/localizations/" + loc + "/segments/" + key + "/translation"))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .header("If-Match", "\"" + basedOn + "\"")
            .timeout(Duration.ofSeconds(30))
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("text", text).build().toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static void requireLoopback(String base) {
    String host = URI.create(base).getHost();
    if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
      throw new IllegalArgumentException("Load runs target 127.0.0.1 only, not " + host);
    }
  }

  static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
