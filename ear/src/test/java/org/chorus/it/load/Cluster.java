package org.chorus.it.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Two Chorus servers in WildFly's cluster (standalone-ha.xml, each with its own base directory and
 * port offset, on the database the environment names) behind HAProxy, all on 127.0.0.1, as the
 * README's "Several servers" starts them by hand. For the cluster test and the load run.
 */
public final class Cluster implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** One server: its name in the cluster (and in the balancer's cookie) and its port offset. */
  public record Server(String name, int offset, Process process) {
    public int httpPort() {
      return 8080 + offset;
    }

    public int managementPort() {
      return 9990 + offset;
    }

    public String url() {
      return "http://127.0.0.1:" + httpPort();
    }
  }

  private static final Pattern MEMBERS = Pattern.compile("\"cluster-members\"\\s*:\\s*(\\d+)");

  private final Map<String, Server> servers = new LinkedHashMap<>();
  private final Path work;
  private Process balancer;
  private int balancerPort;

  private Cluster(Path work) {
    this.work = work;
  }

  /**
   * Starts servers "one" and "two" at the given port offsets and HAProxy with {@code haproxyConfig}
   * on {@code balancerPort}; answers once both serve Chorus, see each other, and the balancer
   * answers.
   */
  public static Cluster start(
      Path wildfly,
      Path ear,
      Path work,
      int offsetOne,
      int offsetTwo,
      int balancerPort,
      Path haproxyConfig)
      throws Exception {
    Cluster c = new Cluster(work);
    try {
      c.server(wildfly, ear, "one", offsetOne);
      c.server(wildfly, ear, "two", offsetTwo);
      for (Server s : c.servers.values()) {
        c.awaitStatus(s, s.url() + "/api/health", Duration.ofSeconds(240));
      }
      for (Server s : c.servers.values()) {
        c.awaitMembers(s, 2, Duration.ofSeconds(60));
      }
      c.balance(haproxyConfig, balancerPort);
      return c;
    } catch (Exception | AssertionError e) {
      c.close();
      throw e;
    }
  }

  public String balancerUrl() {
    return "http://127.0.0.1:" + balancerPort;
  }

  public Server server(String name) {
    return servers.get(name);
  }

  /** Kills a server's Java process at once (SIGKILL), as a crash or a pulled plug would. */
  public void kill(String name) {
    Server s = servers.get(name);
    s.process().descendants().forEach(ProcessHandle::destroyForcibly);
    s.process().destroyForcibly();
  }

  /** How many members a server sees in its cluster (its readiness check says), or -1. */
  public int members(Server s) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + s.managementPort() + "/health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = MEMBERS.matcher(r.body());
      return m.find() ? Integer.parseInt(m.group(1)) : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private void server(Path wildfly, Path ear, String name, int offset) throws IOException {
    Path base = work.resolve(name);
    deleteTree(base);
    copyTree(wildfly.resolve("standalone/configuration"), base.resolve("configuration"));
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(ear, base.resolve("deployments/chorus.ear"), StandardCopyOption.REPLACE_EXISTING);
    ProcessBuilder pb =
        new ProcessBuilder(
            wildfly.resolve("bin/standalone.sh").toString(),
            "-c",
            "standalone-ha.xml",
            "-Djboss.server.base.dir=" + base,
            "-Djboss.socket.binding.port-offset=" + offset,
            "-Djboss.node.name=" + name,
            "-Dchorus.data.dir=" + base.resolve("data"));
    pb.environment().put("JBOSS_HOME", wildfly.toString());
    pb.environment().putIfAbsent("JAVA_OPTS", "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true");
    pb.redirectErrorStream(true);
    pb.redirectOutput(base.resolve("server.out").toFile());
    servers.put(name, new Server(name, offset, pb.start()));
  }

  private void balance(Path config, int port) throws Exception {
    balancerPort = port;
    ProcessBuilder pb = new ProcessBuilder(haproxy(), "-db", "-f", config.toString());
    pb.environment().put("BALANCER_BIND", "127.0.0.1:" + port);
    pb.environment().put("CHORUS_ONE", "127.0.0.1:" + servers.get("one").httpPort());
    pb.environment().put("CHORUS_TWO", "127.0.0.1:" + servers.get("two").httpPort());
    pb.redirectErrorStream(true);
    pb.redirectOutput(work.resolve("haproxy.out").toFile());
    balancer = pb.start();
    awaitStatus(null, balancerUrl() + "/api/health", Duration.ofSeconds(30));
  }

  /** HAProxy from Debian's package ({@code apt-get install haproxy}; .ci/run installs it). */
  public static String haproxy() {
    for (String dir : (System.getenv("PATH") + ":/usr/sbin:/sbin").split(":")) {
      Path p = Path.of(dir, "haproxy");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    throw new IllegalStateException("haproxy is not installed: apt-get install -y haproxy");
  }

  private void awaitStatus(Server s, String url, Duration patience) throws Exception {
    long until = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < until) {
      try {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      if (s != null && !s.process().isAlive()) {
        break;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        url + " did not answer; see " + work + (s == null ? "/haproxy.out" : "/" + s.name()));
  }

  private void awaitMembers(Server s, int members, Duration patience) throws Exception {
    long until = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < until) {
      if (members(s) == members) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "server " + s.name() + " sees " + members(s) + " cluster members, not " + members);
  }

  @Override
  public void close() {
    if (balancer != null) {
      balancer.destroy();
    }
    List<Process> stopping = new ArrayList<>();
    for (Server s : servers.values()) {
      s.process().descendants().forEach(ProcessHandle::destroy);
      s.process().destroy();
      stopping.add(s.process());
    }
    for (Process p : stopping) {
      try {
        p.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
