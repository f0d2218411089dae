package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts and credentials as an attacker would try them: guessing passwords (braked per account,
 * per unknown name and per address), weak passwords, a first password that someone else chose,
 * sessions that outlive a password change, the page's cookie used against the API, personal access
 * tokens (shown once, revoked, expired, another account's), error answers and the sign-in page's
 * {@code next}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

  private static final String FIRST = "a first password chosen by carla";
  private static final String OWN = "a sentence only I know";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void guessingIsBrakedPerAccountAndTheRightPasswordWaitsForTheLockToEnd() throws Exception {
    String user = openAccount("brake", true);
    Api guesser = new Api(base, user, "not the password at all");
    List<Integer> statuses = new ArrayList<>();
    Api.Reply refusal = null;
    for (int i = 0; i < 20; i++) {
      Api.Reply r = guesser.get("/api/me");
      statuses.add(r.status());
      if (r.status() == 429) {
        assertProblem(r, 429);
        refusal = r;
      }
    }
    assertEquals(List.of(401, 401, 401, 401, 401), statuses.subList(0, 5), "five free failures");
    assertTrue(
        statuses.stream().filter(s -> s == 429).count() >= 5,
        "then refused unchecked: " + statuses);
    assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429), statuses.toString());

    Api.Reply first = lockAfterOneMoreFailure(guesser, refusal);
    Api.Reply second = lockAfterOneMoreFailure(guesser, first);
    assertTrue(
        retryAfter(second) > retryAfter(first),
        "each failure doubles the lock: " + retryAfter(first) + " s, then " + retryAfter(second));
    Api.Reply rightButLocked = new Api(base, user, OWN).get("/api/me");
    assertEquals(429, rightButLocked.status(), "the right password is refused during the lock");
    Pages.Page page = new Pages(base).signIn("", user, OWN);
    assertEquals(429, page.status(), "the sign-in page is braked as well");
    assertTrue(page.html().contains("Too many failed attempts in a row: try again in"));
    assertTrue(page.html().contains("id=\"login\""), "with the form");

    waitFor(rightButLocked);
    assertEquals(200, new Api(base, user, OWN).get("/api/me").status(), "open after the lock");
    assertEquals(401, guesser.get("/api/me").status(), "a success starts the count again");
    assertEquals(200, new Api(base, user, OWN).get("/api/me").status());
  }

  @Test
  void aUsernameNobodyHasIsBrakedTheSameWay() {
    Api nobody = new Api(base, "nobody" + suffix(), "not the password at all");
    for (int i = 0; i < 5; i++) {
      assertEquals(401, nobody.get("/api/me").status());
    }
    assertTrue(
        IntStream.range(0, 5).anyMatch(i -> nobody.get("/api/me").status() == 429),
        "trying names tells nothing: a name nobody has is locked like an account");
  }

  @Test
  void oneAddressTryingManyAccountsIsBraked() throws IOException {
    // a loopback address of its own, so that the lock does not reach the other tests
    InetAddress from =
        InetAddress.getByName("127.0.0." + ThreadLocalRandom.current().nextInt(2, 250));
    for (int i = 0; i < 20; i++) {
      assertEquals(401, rawGet(from, "nobody" + suffix())[0], "attempt " + (i + 1));
    }
    long[] refused = null;
    for (int i = 0; i < 30 && (refused == null || refused[1] < 2); i++) {
      long[] answer = rawGet(from, "nobody" + suffix());
      refused = answer[0] == 429 ? answer : null;
    }
    assertNotNull(refused, "after twenty failures in a row the address is locked");
    assertEquals(429, rawGet(from, "carla")[0], "whoever it claims to be");
    assertEquals(200, new Api(base, "carla").get("/api/me").status(), "other addresses go on");
  }

  @Test
  void weakPasswordsAreRefusedRuleByRule() {
    String user = openAccount("weak", false);
    Api first = new Api(base, user, FIRST);
    Map<String, String> refusals =
        Map.of(
            "nine-char",
            "at least 10 characters",
            "🕊🌍🕊🌍🕊🌍🕊🌍🕊",
            "at least 10 characters",
            "          ",
            "repeat one character",
            "1234567890",
            "simple sequence",
            "abcdefghij",
            "simple sequence",
            "qwertyuiop",
            "simple sequence",
            "poiuytrewq",
            "simple sequence",
            "I am " + user + " here",
            "username",
            "password123",
            "most common");
    refusals.forEach(
        (password, rule) -> {
          Api.Reply r = first.put("/api/me/password", change(FIRST, password), null);
          assertEquals(422, r.status(), password + ": " + r.text());
          assertProblem(r, 422);
          assertTrue(r.json().getString("detail").contains(rule), r.text());
        });
    assertEquals(
        403,
        first.put("/api/me/password", change("not my password", OWN), null).status(),
        "the current password must be right");
    assertEquals(422, first.put("/api/me/password", change(FIRST, FIRST), null).status());
    JsonObject weakAccount =
        Json.createObjectBuilder()
            .add("username", "weak" + suffix())
            .add("displayName", "Someone")
            .add("password", "1234567890")
            .build();
    Api.Reply opened = new Api(base, "carla").post("/api/accounts", weakAccount, null);
    assertEquals(422, opened.status(), "a first password follows the policy too");
    assertEquals(204, first.put("/api/me/password", change(FIRST, OWN), null).status());
  }

  @Test
  void changingThePasswordEndsTheOtherSessionsAndTheOldPassword() {
    String user = openAccount("change", true);
    String token =
        new Api(base, user, OWN)
            .post("/api/me/tokens", Json.createObjectBuilder().add("name", "ci").build(), null)
            .json()
            .getString("token");
    Pages mine = Pages.signedIn(base, user, OWN);
    Pages other = Pages.signedIn(base, user, OWN);
    assertEquals(200, other.get("/index.xhtml").status());

    Pages.Page account = mine.get("/account.xhtml");
    assertEquals(200, account.status());
    Pages.Page differ =
        mine.submit(
            account,
            "password",
            Map.of("current", OWN, "new", "a second sentence", "repeat", "another one"),
            "change");
    assertTrue(differ.html().contains("The two new passwords differ"), "checked on the page");
    Pages.Page changed =
        mine.submit(
            mine.get("/account.xhtml"),
            "password",
            Map.of("current", OWN, "new", "a second sentence", "repeat", "a second sentence"),
            "change");
    assertEquals(302, changed.status(), changed.html());
    assertTrue(mine.get("/account.xhtml").html().contains("Your password is changed"));
    assertEquals(200, mine.get("/index.xhtml").status(), "the session that changed it goes on");
    Pages.Page ended = other.get("/index.xhtml");
    assertEquals(302, ended.status(), "the other session has ended");
    assertTrue(ended.location().startsWith("/login.xhtml"), ended.location());

    assertEquals(401, new Api(base, user, OWN).get("/api/me").status(), "the old password");
    assertEquals(200, new Api(base, user, "a second sentence").get("/api/me").status());
    assertEquals(200, Api.withToken(base, token).get("/api/me").status(), "tokens stay");

    assertEquals(
        204,
        new Api(base, user, "a second sentence")
            .put("/api/me/password", change("a second sentence", "a third sentence"), null)
            .status());
    assertEquals(
        401,
        new Api(base, user, "a second sentence").get("/api/me").status(),
        "a password verified a moment ago is not trusted once changed");
    assertEquals(302, mine.get("/index.xhtml").status(), "a change over the API ends sessions too");
    assertEquals(200, new Api(base, user, "a third sentence").get("/api/me").status());
  }

  @Test
  void anAccountOpenedBySomeoneElseChangesItsFirstPasswordBeforeAnythingElse() {
    String user = openAccount("first", false);
    Api first = new Api(base, user, FIRST);
    Api.Reply refused = first.get("/api/me");
    assertEquals(403, refused.status());
    assertProblem(refused, 403);
    assertTrue(refused.json().getString("detail").contains("PUT /api/me/password"), refused.text());
    assertEquals(403, first.get("/api/localizations").status());
    assertEquals(
        403,
        first
            .post("/api/me/tokens", Json.createObjectBuilder().add("name", "ci").build(), null)
            .status(),
        "no token before the password is changed");

    Pages pages = Pages.signedIn(base, user, FIRST);
    for (String path : List.of("/index.xhtml", "/organisation.xhtml", "/")) {
      Pages.Page p = pages.get(path);
      assertEquals(302, p.status(), path);
      assertEquals("/account.xhtml", p.location(), path);
    }
    Pages.Page account = pages.get("/account.xhtml");
    assertEquals(200, account.status());
    assertTrue(account.html().contains("Choose your own before anything else"));
    assertFalse(account.html().contains("Personal access tokens"), "nothing else on the page");
    Pages.Page changed =
        pages.submit(
            account, "password", Map.of("current", FIRST, "new", OWN, "repeat", OWN), "change");
    assertEquals(302, changed.status(), changed.html());
    assertEquals("/index.xhtml", changed.location());
    assertEquals(200, pages.get("/index.xhtml").status(), "free to work now");
    assertEquals(200, new Api(base, user, OWN).get("/api/me").status());
    assertEquals(401, first.get("/api/me").status());
    assertEquals(
        200, new Api(base, "carla").get("/api/me").status(), "demo accounts are not asked");
  }

  @Test
  void thePagesCookieOnlyReadsTheApiAndATokenWrites() {
    String user = openAccount("cookie", true);
    Pages pages = Pages.signedIn(base, user, OWN);
    Api cookie = Api.withCookie(base, pages.sessionCookie());
    assertEquals(200, cookie.get("/api/me").status(), "downloads and reads work from the pages");

    JsonObject tokenRequest = Json.createObjectBuilder().add("name", "from another site").build();
    Api.Reply post = cookie.post("/api/me/tokens", tokenRequest, null);
    assertEquals(401, post.status(), post.text());
    assertProblem(post, 401);
    assertTrue(post.json().getString("detail").contains("token"), post.text());
    Api.Reply upload =
        cookie.postForm(
            "/api/appeals",
            Map.of("reference", "UA 0.00", "title", "Forged", "sourceLocale", "en"),
            "forged.md",
            "# Forged".getBytes(StandardCharsets.UTF_8));
    assertEquals(401, upload.status(), "a multipart post from another site is refused too");

    String token =
        new Api(base, user, OWN)
            .post("/api/me/tokens", tokenRequest, null)
            .json()
            .getString("token");
    Api bearer = Api.withToken(base, token);
    Api.Reply made = bearer.post("/api/me/tokens", tokenRequest, null);
    assertEquals(201, made.status(), made.text());
    long id = made.json().getJsonNumber("id").longValue();
    assertEquals(401, cookie.delete("/api/me/tokens/" + id).status());
    assertEquals(204, bearer.delete("/api/me/tokens/" + id).status());
  }

  @Test
  void tokensAreShownOnceRevokedExpiredAndOnlyTheirOwners() throws Exception {
    String user = openAccount("token", true);
    Api owner = new Api(base, user, OWN);
    Api.Reply made =
        owner.post(
            "/api/me/tokens", Json.createObjectBuilder().add("name", "feed reader").build(), null);
    assertEquals(201, made.status(), made.text());
    assertEquals("no-store", made.header("Cache-Control"));
    String token = made.json().getString("token");
    long id = made.json().getJsonNumber("id").longValue();
    assertTrue(token.matches("chorus_" + id + "_[A-Za-z0-9_-]{43}"), token);
    String secret = token.substring(("chorus_" + id + "_").length());

    Api bearer = Api.withToken(base, token);
    assertEquals(user, bearer.get("/api/me").json().getString("username"));
    Api.Reply listed = owner.get("/api/me/tokens");
    assertEquals(200, listed.status());
    assertFalse(listed.text().contains(secret.substring(8)), "the token is never shown again");
    JsonObject row = listed.array().getJsonObject(0);
    assertEquals("feed reader", row.getString("name"));
    assertFalse(row.isNull("lastUsedAt"), "its use is noted");
    assertFalse(row.containsKey("token"));
    assertFalse(row.containsKey("secretHash"));

    String forged = "chorus_" + id + "_" + "A".repeat(43);
    assertEquals(401, Api.withToken(base, forged).get("/api/me").status());
    assertProblem(Api.withToken(base, "nonsense").get("/api/me"), 401);

    Api colleague = new Api(base, "amelie");
    assertFalse(colleague.get("/api/me/tokens").text().contains("feed reader"));
    assertEquals(404, colleague.delete("/api/me/tokens/" + id).status(), "not someone else's");
    assertEquals(200, bearer.get("/api/me").status(), "still working");

    assertEquals(204, owner.delete("/api/me/tokens/" + id).status());
    assertEquals(401, bearer.get("/api/me").status(), "revoked");
    assertEquals(404, owner.delete("/api/me/tokens/" + id).status());

    Instant soon = Instant.now().plusSeconds(3);
    Api.Reply shortLived =
        owner.post(
            "/api/me/tokens",
            Json.createObjectBuilder()
                .add("name", "one go")
                .add("expiresAt", soon.toString())
                .build(),
            null);
    assertEquals(201, shortLived.status(), shortLived.text());
    Api expiring = Api.withToken(base, shortLived.json().getString("token"));
    assertEquals(200, expiring.get("/api/me").status());
    Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis()) + 500);
    assertEquals(401, expiring.get("/api/me").status(), "expired");

    for (JsonObject bad :
        List.of(
            Json.createObjectBuilder().add("name", "past").add("expiresAt", "2020-01-01").build(),
            Json.createObjectBuilder().add("name", "never").add("expiresAt", "tomorrow").build(),
            Json.createObjectBuilder().add("name", "number").add("expiresAt", 5).build(),
            Json.createObjectBuilder().add("name", " ").build())) {
      Api.Reply r = owner.post("/api/me/tokens", bad, null);
      assertEquals(422, r.status(), bad + ": " + r.text());
    }
  }

  @Test
  void aWrongPasswordShowsTheFormAgainAndTheApiAnswersProblems() {
    String user = "nobody" + suffix();
    Pages.Page page = new Pages(base).signIn("", user, "not the password at all");
    assertEquals(401, page.status());
    assertTrue(page.html().contains("id=\"login\""), "the form, not an error page");
    assertTrue(page.html().contains("Wrong username or password."));

    Api.Reply wrong = new Api(base, user, "not the password at all").get("/api/localizations");
    assertEquals(401, wrong.status());
    assertProblem(wrong, 401);
    assertNotNull(wrong.header("WWW-Authenticate"));
    assertProblem(new Api(base, null).get("/api/localizations"), 401);
  }

  @Test
  void nextNeverReachesAHeader() {
    String user = "lucia";
    for (String next :
        List.of(
            "%0d%0aSet-Cookie:x=1",
            "/%0d%0aSet-Cookie:%20x=1",
            "/index.xhtml%0aLocation:%20https://evil.example",
            "//evil.example/",
            "/%5Cevil.example",
            "https://evil.example/")) {
      Pages browser = new Pages(base);
      Pages.Page signedIn = browser.signIn("?next=" + next, user, Api.PASSWORD);
      assertEquals(302, signedIn.status(), next);
      assertEquals("/index.xhtml", signedIn.location(), next);
      assertNoInjectedHeader(signedIn, next);
    }
    Pages.Page kept = new Pages(base).signIn("?next=/organisation.xhtml", user, Api.PASSWORD);
    assertEquals("/organisation.xhtml", kept.location(), "a plain path is kept");

    Pages.Page challenged = new Pages(base).get("/index.xhtml?a=%0d%0aSet-Cookie:x=1");
    assertEquals(302, challenged.status());
    assertTrue(challenged.location().startsWith("/login.xhtml?next="), challenged.location());
    assertNoInjectedHeader(challenged, "the challenge");
  }

  @Test
  void theOpenApiDocumentDescribesTheAccountCalls() {
    String yaml = new Api(base, "carla").get("/openapi").text();
    for (String path : List.of("/api/me/password:", "/api/me/tokens:", "/api/me/tokens/{id}:")) {
      assertTrue(yaml.contains("  " + path), path);
    }
    assertTrue(yaml.contains("scheme: bearer"), "tokens are a security scheme");
  }

  /**
   * Opens an account as carla with a first password; when asked, its person then changes it to
   * {@link #OWN} over the API.
   */
  private String openAccount(String prefix, boolean changeFirstPassword) {
    String user = prefix + suffix();
    JsonObject account =
        Json.createObjectBuilder()
            .add("username", user)
            .add("displayName", "Test " + prefix)
            .add("password", FIRST)
            .build();
    Api.Reply opened = new Api(base, "carla").post("/api/accounts", account, null);
    assertEquals(201, opened.status(), opened.text());
    if (changeFirstPassword) {
      Api.Reply changed =
          new Api(base, user, FIRST).put("/api/me/password", change(FIRST, OWN), null);
      assertEquals(204, changed.status(), changed.text());
    }
    return user;
  }

  private static JsonObject change(String current, String next) {
    return Json.createObjectBuilder()
        .add("currentPassword", current)
        .add("newPassword", next)
        .build();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  private static void assertProblem(Api.Reply r, int status) {
    assertTrue(
        String.valueOf(r.header("Content-Type")).startsWith("application/problem+json"),
        r.header("Content-Type") + ": " + r.text());
    assertEquals(status, r.json().getInt("status"), r.text());
  }

  private static void assertNoInjectedHeader(Pages.Page page, String what) {
    String location = page.header("Location");
    assertFalse(location.contains("\r") || location.contains("\n"), what + ": " + location);
    assertFalse(location.contains("evil.example") && !location.contains("next="), what);
    assertNull(page.header("x"), what);
    for (String cookie : page.all("Set-Cookie")) {
      assertFalse(cookie.startsWith("x="), what + ": " + cookie);
    }
  }

  private static void waitFor(Api.Reply refusal) throws InterruptedException {
    Thread.sleep(retryAfter(refusal) * 1000 + 200);
  }

  private static long retryAfter(Api.Reply refusal) {
    return Long.parseLong(refusal.header("Retry-After"));
  }

  /**
   * Waits for the lock to end, fails once more (checked: 401), and answers the refusal that follows
   * at once, with the new lock's Retry-After.
   */
  private static Api.Reply lockAfterOneMoreFailure(Api guesser, Api.Reply refusal)
      throws InterruptedException {
    waitFor(refusal);
    assertEquals(
        401, guesser.get("/api/me").status(), "once the lock ends the password is checked");
    Api.Reply next = guesser.get("/api/me");
    assertEquals(429, next.status());
    return next;
  }

  /**
   * GET /api/me with HTTP Basic (a wrong password) from a loopback address of our choosing; answers
   * the status and the Retry-After seconds (0 when none).
   */
  private long[] rawGet(InetAddress from, String username) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((username + ":a guess").getBytes(StandardCharsets.UTF_8));
    String path = base.getPath().replaceAll("/$", "") + "/api/me";
    try (Socket socket =
        new Socket(InetAddress.getByName(base.getHost()), base.getPort(), from, 0)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + base.getAuthority()
                  + "\r\nAuthorization: Basic "
                  + credentials
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      long status = Long.parseLong(in.readLine().split(" ")[1]);
      long retryAfter = 0;
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        if (line.regionMatches(true, 0, "Retry-After:", 0, 12)) {
          retryAfter = Long.parseLong(line.substring(12).strip());
        }
      }
      return new long[] {status, retryAfter};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
