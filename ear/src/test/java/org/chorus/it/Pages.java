package org.chorus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, over plain HTTP: it keeps its cookies, follows no redirect, and
 * fills and posts the pages' forms as a person would (hidden fields and view state included).
 */
public final class Pages {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** A page as it came: status, headers and HTML. */
  public record Page(int status, Map<String, List<String>> headers, String html) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    List<String> all(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .toList();
    }

    String viewState() {
      Matcher m = VIEW_STATE.matcher(html);
      if (!m.find()) {
        throw new IllegalStateException("no view state in the page: " + html);
      }
      return m.group(1);
    }

    /**
     * The selects of a form that a browser would send (not disabled), by name, with the option
     * selected now: {@link Pages#submit} sends text fields only.
     */
    Map<String, String> selected(String formId) {
      Matcher form =
          Pattern.compile(
                  "<form id=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
              .matcher(html);
      Map<String, String> values = new LinkedHashMap<>();
      if (!form.find()) {
        return values;
      }
      Matcher select =
          Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(form.group(1));
      while (select.find()) {
        Map<String, String> a = attributes("<select" + select.group(1) + ">");
        Matcher option =
            Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
        if (!a.containsKey("disabled") && a.containsKey("name") && option.find()) {
          values.put(a.get("name"), unescape(option.group(1)));
        }
      }
      return values;
    }

    /**
     * The page's script nonce, which PrimeFaces's script sends with each action of a component of
     * its own (a browser's ajax request), and without which such an action is refused.
     */
    String nonce() {
      Matcher m = Pattern.compile("PrimeFaces.csp.init\\('([^']+)'\\)").matcher(html);
      if (!m.find()) {
        throw new IllegalStateException("no script nonce in the page: " + html);
      }
      return m.group(1);
    }

    /** Where a redirect leads, without scheme and host. */
    String location() {
      String l = header("Location");
      return l == null ? null : l.replaceFirst("^https?://[^/]+", "");
    }
  }

  private final String base;
  private final String origin;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  Pages(URL base) {
    String b = base.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.origin = base.getProtocol() + "://" + base.getAuthority();
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Opens the sign-in page (with {@code next} as given, raw) and signs in. */
  public static Pages signedIn(URL base, String username, String password) {
    Pages browser = new Pages(base);
    Page answer = browser.signIn("", username, password);
    if (answer.status() != 302) {
      throw new IllegalStateException(username + " could not sign in: " + answer.status());
    }
    return browser;
  }

  /** Signed in with the demo password. */
  static Pages signIn(URL base, String username) {
    return signedIn(base, username, Api.PASSWORD);
  }

  /**
   * Posts any fields to a page, as an attacker crafting the request would (a Faces ajax request
   * when {@code ajax}); from the page's own origin.
   */
  Page post(String path, Map<String, String> fields, boolean ajax) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      r.header("Faces-Request", "partial/ajax");
    }
    return send(r);
  }

  /** Fills the sign-in form reached with this query ("?next=..." or "") and sends it. */
  Page signIn(String query, String username, String password) {
    Page login = get("/login.xhtml" + query);
    return submit(login, "login", Map.of("username", username, "password", password), "signIn");
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /**
   * Posts a form of the page: its fields as the page had them, these values over them, and the
   * button pressed.
   */
  Page submit(Page page, String formId, Map<String, String> values, String button) {
    Matcher form =
        Pattern.compile(
                "<form id=\""
                    + Pattern.quote(formId)
                    + "\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>",
                Pattern.DOTALL)
            .matcher(page.html());
    if (!form.find()) {
      throw new IllegalStateException("no form " + formId + " in " + page.html());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form.group(2));
    while (input.find()) {
      Map<String, String> a = attributes(input.group());
      String type = a.getOrDefault("type", "text");
      if (a.containsKey("name") && !type.equals("submit") && !type.equals("checkbox")) {
        fields.put(a.get("name"), a.getOrDefault("value", ""));
      }
    }
    if (page.html().contains("PrimeFaces.csp.init(")) {
      // as PrimeFaces's script does in a browser: each post names the page's script nonce
      fields.put("primefaces.nonce", page.nonce());
    }
    values.forEach((name, value) -> fields.put(name(fields, formId, name), value));
    fields.put(name(fields, formId, button), "");
    // PrimeFaces' script sends the page's CSP nonce with every postback, and the server checks it
    // wherever the page's view state keeps one (with distributable sessions, every page)
    Matcher nonce = NONCE.matcher(page.html());
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String action = unescape(form.group(1)).replaceFirst("^https?://[^/]+", "");
    String path = action.substring(URI.create(base).getPath().replaceAll("/$", "").length());
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The session cookie as a browser would send it. */
  String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::toString)
        .findFirst()
        .orElseThrow();
  }

  /**
   * A field as the form names it: alone (prependId="false", or PrimeFaces's own such as {@code
   * primefaces.nonce}) or after the form's id.
   */
  private static String name(Map<String, String> fields, String formId, String name) {
    return fields.containsKey(name)
            || formId.equals("login")
            || name.startsWith(formId + ":")
            || name.startsWith("primefaces.")
        ? name
        : formId + ":" + name;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> a = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      a.put(m.group(1), unescape(m.group(2)));
    }
    return a;
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private Page send(HttpRequest.Builder r) {
    try {
      HttpResponse<String> res =
          http.send(
              r.header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(res.statusCode(), res.headers().map(), res.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
