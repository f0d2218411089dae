package org.chorus.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A REST client of the Chorus API acting as one account: HTTP Basic, a personal access token, or
 * only a page's session cookie (as a browser sends it).
 */
final class Api {

  static final String PASSWORD = "chorus-demo";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final String authorization;
  private final String cookie;
  private final String language;

  Api(URL base, String username) {
    this(base, username, PASSWORD);
  }

  Api(URL base, String username, String password) {
    this(
        base.toString(),
        username == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)),
        null);
  }

  private Api(String b, String authorization, String cookie) {
    this(b, authorization, cookie, null);
  }

  private Api(String b, String authorization, String cookie, String language) {
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.authorization = authorization;
    this.cookie = cookie;
    this.language = language;
  }

  /** The same client, reading in a language (Accept-Language). */
  Api speaking(String acceptLanguage) {
    return new Api(base, authorization, cookie, acceptLanguage);
  }

  /** A client that sends a personal access token (Authorization: Bearer). */
  static Api withToken(URL base, String token) {
    return new Api(base.toString(), "Bearer " + token, null);
  }

  /** A client that sends this Authorization header. */
  static Api withAuthorization(URL base, String authorization) {
    return new Api(base.toString(), authorization, null);
  }

  /** A client that sends nothing but a cookie, such as a page's session cookie. */
  static Api withCookie(URL base, String cookie) {
    return new Api(base.toString(), null, cookie);
  }

  record Reply(int status, Map<String, List<String>> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonObject json() {
      return (JsonObject) parse();
    }

    JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(text()))) {
        return reader.read();
      }
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  Reply put(String path, JsonObject body, String ifMatch) {
    HttpRequest.Builder r =
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (ifMatch != null) {
      r.header("If-Match", ifMatch);
    }
    return send(r);
  }

  /** Posts a JSON body, or none at all when {@code body} is null. */
  Reply post(String path, JsonObject body, String ifMatch) {
    HttpRequest.Builder r =
        body == null
            ? request(path).POST(HttpRequest.BodyPublishers.noBody())
            : request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (ifMatch != null) {
      r.header("If-Match", ifMatch);
    }
    return send(r);
  }

  Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /** Posts a body of any media type. */
  Reply postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Deletes with If-Match. */
  Reply delete(String path, String ifMatch) {
    return send(request(path).header("If-Match", ifMatch).DELETE());
  }

  Reply postXml(String path, byte[] xml) {
    return postBytes(path, "application/xliff+xml", xml);
  }

  /** Posts a multipart form: string fields (a list value repeats the field) and one file. */
  Reply postForm(String path, Map<String, Object> fields, String fileName, byte[] file) {
    String boundary = "chorus-" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) -> {
          List<?> values = value instanceof List<?> l ? l : List.of(value);
          for (Object v : values) {
            write(
                out,
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n"
                    + v
                    + "\r\n");
          }
        });
    if (fileName != null) {
      write(
          out,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"source\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      out.writeBytes(file);
      write(out, "\r\n");
    }
    write(out, "--" + boundary + "--\r\n");
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      r.header("Authorization", authorization);
    }
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    if (language != null) {
      r.header("Accept-Language", language);
    }
    return r;
  }

  private static Reply send(HttpRequest.Builder r) {
    try {
      HttpResponse<byte[]> res = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(res.statusCode(), res.headers().map(), res.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
