package org.chorus.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in page session over plain HTTP, as an attacker without a browser would drive it: sign
 * in on the form, read pages, and post Faces requests with parameters of their own choosing.
 */
final class Pages {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http;
  private final String base;

  record Page(int status, String html, Map<String, java.util.List<String>> headers) {
    String viewState() {
      Matcher m = VIEW_STATE.matcher(html);
      if (!m.find()) {
        throw new AssertionError("no view state in the page: " + html);
      }
      return m.group(1);
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private Pages(URL base) {
    String b = base.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Signs in on the sign-in page; fails unless it leads away from it. */
  static Pages signIn(URL base, String username) {
    Pages pages = new Pages(base);
    Page login = pages.get("/login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("username", username);
    form.put("password", Api.PASSWORD);
    form.put("signIn", "Sign in");
    form.put("jakarta.faces.ViewState", login.viewState());
    Page done = pages.post("/login.xhtml", form, false);
    if (done.status() != 302 || done.header("Location").contains("login")) {
      throw new AssertionError("sign-in failed for " + username + ": " + done.status());
    }
    return pages;
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** Posts a form (a Faces ajax request when {@code ajax}). */
  Page post(String path, Map<String, String> fields, boolean ajax) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      r.header("Faces-Request", "partial/ajax");
    }
    return send(r);
  }

  private Page send(HttpRequest.Builder r) {
    try {
      HttpResponse<String> res =
          http.send(
              r.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(res.statusCode(), res.body(), res.headers().map());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
