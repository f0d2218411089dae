package org.chorus.it.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.chorus.it.Pages;

/**
 * How long the pages of a big appeal take to answer, on a running Chorus (127.0.0.1 only): creates
 * appeals of 200, 2,000 and 10,000 sentences (into FR/fr-FR), signs in as their coordinator as a
 * browser does, and reads each editor and appeal page {@code repeats} times, and "my work", beside
 * the sign-in page (the floor: a page with nothing to look up) in the same run. It prints the
 * median and 95th percentile of the time to the whole answer (on loopback: the server's time and
 * the transfer) and the size of each page.
 *
 * <pre>mvn -q -pl ear -am -Peditor-load verify -DskipTests -Dload.args="http://127.0.0.1:8080 20"
 * </pre>
 *
 * <p>Run it against a database of its own: the appeals stay in the demo organisation.
 */
public final class EditorOpenLoad {
  private EditorOpenLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    if (!URI.create(base).getHost().equals("127.0.0.1")
        && !URI.create(base).getHost().equals("localhost")) {
      throw new IllegalArgumentException("Load runs reach 127.0.0.1 only, not " + base);
    }
    String token = MemoryLoad.token(base);
    int[] sizes = {200, 2_000, 10_000};
    long[] appeals = new long[sizes.length];
    long[] localizations = new long[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      StringBuilder doc = new StringBuilder("# URGENT ACTION\n\n");
      for (int n = 1; n < sizes[i]; n++) {
        doc.append(MemoryLoad.sentence(5_000_000 + sizes[i] * 3 + n)).append("\n\n");
      }
      long started = System.nanoTime();
      appeals[i] =
          MemoryLoad.createAppeal(base, token, doc.toString(), "LOAD-ED-" + sizes[i] + "-");
      localizations[i] = MemoryLoad.localization(base, token, appeals[i]);
      System.out.printf(
          Locale.ROOT,
          "appeal of %,d sentences created in %.1f s%n",
          sizes[i],
          (System.nanoTime() - started) / 1e9);
    }
    Pages carla = Pages.signedIn(URI.create(base + "/").toURL(), "carla", "chorus-demo");
    System.out.println();
    System.out.println("| page | median | p95 | size |");
    System.out.println("|---|---|---|---|");
    measure(carla, "sign-in page (the floor)", "/login.xhtml", repeats);
    measure(carla, "my work", "/index.xhtml", repeats);
    for (int i = 0; i < sizes.length; i++) {
      measure(
          carla,
          String.format(Locale.ROOT, "editor, %,d segments", sizes[i]),
          "/localization.xhtml?id=" + localizations[i],
          repeats);
      measure(
          carla,
          String.format(Locale.ROOT, "appeal page, %,d segments", sizes[i]),
          "/appeal.xhtml?id=" + appeals[i],
          repeats);
    }
  }

  private static void measure(Pages browser, String what, String path, int repeats) {
    // two reads first: the server's code and caches warm, as for a page people keep opening
    browser.get(path);
    browser.get(path);
    List<Double> millis = new ArrayList<>();
    int size = 0;
    for (int r = 0; r < repeats; r++) {
      long started = System.nanoTime();
      Pages.Page page = browser.get(path);
      millis.add((System.nanoTime() - started) / 1e6);
      if (page.status() != 200) {
        throw new IllegalStateException(path + " answered " + page.status());
      }
      size = page.html().getBytes(StandardCharsets.UTF_8).length;
    }
    Collections.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "| %s | %.0f ms | %.0f ms | %,d KB |%n",
        what,
        millis.get(millis.size() / 2),
        millis.get(Math.min(millis.size() - 1, (int) Math.ceil(0.95 * millis.size()) - 1)),
        size / 1024);
  }
}
