package org.chorus.it.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load run (127.0.0.1 only): translators save random segments of a fresh appeal with {@code
 * If-Match} for a while, against one running server, or against two servers of a cluster behind
 * HAProxy that it starts itself and of which it kills one with kill -9 halfway. Beside it, in the
 * same run, pgbench makes single-row UPDATEs with as many clients on the same PostgreSQL. It prints
 * throughput, save latency, 412s (each must carry the current text), failures by kind, and the
 * acknowledged saves that the database does not hold (must be none), and fails if any are lost.
 *
 * <pre>
 * mvn -q -pl ear -am -Pload verify -DskipTests -Dload.args="http://127.0.0.1:8080 60 50 200"
 * mvn -q -pl ear -am -Pload verify -DskipTests -Dload.args="cluster 60 50 200" -Dload.pgbench=chorus
 * </pre>
 *
 * Arguments: a running server's address or {@code cluster}, seconds, translators, sentences.
 */
public final class CollaborationLoad {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private record Bench(double tps, double latencyMillis) {}

  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int translators = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    int sentences = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    String pgbenchDatabase = System.getProperty("load.pgbench", "");
    System.out.println("load average before: " + loadAverage());

    Bench bench = pgbenchDatabase.isBlank() ? null : pgbench(pgbenchDatabase, translators, seconds);
    if (bench != null) {
      System.out.printf(
          "pgbench, single-row UPDATE, %d clients, %d s: %.0f transactions/s, latency average %.1f"
              + " ms%n",
          translators, seconds, bench.tps(), bench.latencyMillis());
    }

    boolean cluster = target.equals("cluster");
    try (Cluster servers = cluster ? startCluster() : null) {
      String base = cluster ? servers.balancerUrl() : target;
      SaveLoad.requireLoopback(base);
      String coordinator = basic("carla");
      long loc = frenchLocalization(base, createAppeal(base, coordinator, sentences));
      String translator = basic("amelie");
      JsonObject token = token(base, translator);
      String bearer = "Bearer " + token.getString("token");
      Map<String, Long> versions = new HashMap<>();
      for (JsonObject s : segments(base, bearer, loc)) {
        versions.put(s.getString("key"), (long) s.getInt("version"));
      }
      double cpuBefore = cluster ? Double.NaN : serverCpuSeconds(base);
      ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
      if (cluster) {
        killer.schedule(
            () -> {
              System.out.println("kill -9 of server one at " + seconds / 2 + " s");
              servers.kill("one");
            },
            seconds / 2,
            TimeUnit.SECONDS);
      }
      SaveLoad.Result result =
          SaveLoad.run(
              base,
              bearer,
              loc,
              new ArrayList<>(versions.keySet()),
              versions,
              translators,
              Duration.ofSeconds(seconds));
      killer.shutdownNow();
      double cpu = cluster ? Double.NaN : serverCpuSeconds(base) - cpuBefore;
      List<SaveLoad.Ack> lost = SaveLoad.lost(base, bearer, loc, result.acks());
      revoke(base, translator, token.getJsonNumber("id").longValue());

      System.out.println(
          (cluster ? "two servers behind HAProxy, server one killed halfway: " : "one server: ")
              + result.summary());
      if (bench != null) {
        System.out.printf(
            "acknowledged saves/s against pgbench's transactions/s: %.1f%%%n",
            100 * result.savesPerSecond() / bench.tps());
      }
      if (!Double.isNaN(cpu)) {
        System.out.printf(
            "the server's CPU time: %.1f s, %.1f ms per request%n",
            cpu, 1000 * cpu / result.saveNanos().size());
      }
      System.out.println("acknowledged saves the database does not hold: " + lost.size());
      System.out.println("load average after: " + loadAverage());
      if (!lost.isEmpty() || result.staleWithoutCurrentText() > 0) {
        System.exit(1);
      }
    }
  }

  /** Two servers and HAProxy, as the cluster test starts them (see {@link Cluster}). */
  private static Cluster startCluster() throws Exception {
    Path ear = Path.of(System.getProperty("chorus.ear"));
    Cluster c =
        Cluster.start(
            Path.of(System.getProperty("jboss.home")),
            ear,
            ear.getParent().resolve("load-cluster"),
            Integer.getInteger("load.offset.one", 100),
            Integer.getInteger("load.offset.two", 200),
            Integer.getInteger("load.balancer.port", 8380),
            Path.of(System.getProperty("chorus.haproxy.config")));
    System.out.println("two servers in a cluster behind HAProxy at " + c.balancerUrl());
    return c;
  }

  /**
   * pgbench on the same PostgreSQL: each transaction one UPDATE of a random row of 100,000, as a
   * save is one UPDATE of its translation (with the history row beside it).
   */
  private static Bench pgbench(String database, int clients, int seconds) throws Exception {
    Path script = Files.createTempFile("update", ".sql");
    Files.writeString(
        script,
        "\\set aid random(1, 100000)\n"
            + "UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = :aid;\n");
    run(List.of("pgbench", "-h", "127.0.0.1", "-U", dbUser(), "-i", "-q", "-s", "1", database));
    String out =
        run(
            List.of(
                "pgbench",
                "-h",
                "127.0.0.1",
                "-U",
                dbUser(),
                "-n",
                "-c",
                Integer.toString(clients),
                "-j",
                "2",
                "-T",
                Integer.toString(seconds),
                "-f",
                script.toString(),
                database));
    Files.delete(script);
    return new Bench(number(out, "tps = ([0-9.]+)"), number(out, "latency average = ([0-9.]+)"));
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    String password = System.getenv("CHORUS_DB_PASSWORD");
    if (password != null && System.getenv("PGPASSWORD") == null) {
      pb.environment().put("PGPASSWORD", password);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    }
    return out;
  }

  private static String dbUser() {
    String user = System.getenv("CHORUS_DB_USER");
    return user == null ? "postgres" : user;
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("pgbench said:\n" + text);
    }
    return Double.parseDouble(m.group(1));
  }

  /**
   * The CPU time the server's process has used, from WildFly's metrics at its management interface
   * (the HTTP port plus 1910, as 8080 and 9990); NaN where it does not answer.
   */
  private static double serverCpuSeconds(String base) {
    URI http = URI.create(base);
    try {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + (http.getPort() + 1910) + "/metrics")));
      return number(r.body(), "(?m)^cpu_process_cpu_time_seconds(?:\\{[^}]*\\})? ([0-9.Ee+-]+)");
    } catch (Exception e) {
      return Double.NaN;
    }
  }

  private static String loadAverage() throws IOException {
    Path proc = Path.of("/proc/loadavg");
    return Files.exists(proc) ? Files.readString(proc).strip() : "unknown";
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":chorus-demo").getBytes(StandardCharsets.UTF_8));
  }

  private static long createAppeal(String base, String coordinator, int sentences)
      throws Exception {
    StringBuilder md = new StringBuilder("# URGENT ACTION\n\n## LOAD TEST APPEAL\n\n");
    for (int i = 1; i <= sentences; i++) {
      md.append("Sentence number ").append(i).append(" of the load test appeal asks for action.");
      md.append(i % 5 == 0 ? "\n\n" : " ");
    }
    String boundary = "load-" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String[] f :
        new String[][] {
          {"reference", "LOAD-" + UUID.randomUUID().toString().substring(0, 8)},
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
            HttpRequest.newBuilder(URI.create(base + "/api/appeals"))
                .header("Authorization", coordinator)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    if (r.statusCode() != 201) {
      throw new IllegalStateException("creating the appeal: " + r.statusCode() + " " + r.body());
    }
    return SaveLoad.json(r.body()).getJsonNumber("id").longValue();
  }

  private static long frenchLocalization(String base, long appeal) throws Exception {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/appeals/" + appeal + "/localizations"))
                .header("Authorization", basic("amelie")));
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readArray().getJsonObject(0).getJsonNumber("id").longValue();
    }
  }

  private static JsonObject token(String base, String authorization) throws Exception {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"load run\"}")));
    if (r.statusCode() != 201) {
      throw new IllegalStateException("making a token: " + r.statusCode() + " " + r.body());
    }
    return SaveLoad.json(r.body());
  }

  private static void revoke(String base, String authorization, long id) throws Exception {
    send(
        HttpRequest.newBuilder(URI.create(base + "/api/me/tokens/" + id))
            .header("Authorization", authorization)
            .DELETE());
  }

  private static List<JsonObject> segments(String base, String authorization, long loc)
      throws Exception {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(
                    URI.create(base + "/api/localizations/" + loc + "/segments?limit=1000"))
                .header("Authorization", authorization));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("reading segments: " + r.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readArray().getValuesAs(JsonObject.class);
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
