package org.chorus.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/** Problem documents (RFC 9457) for answers given before a request reaches the REST API. */
final class ApiProblem {

  private ApiProblem() {}

  /**
   * Answers with a problem document and completes the exchange: the request read to its end, the
   * answer closed. Only a completed exchange is left alone by the container, which would otherwise
   * replace a refused authentication's answer with its own error page.
   */
  static void send(
      HttpServletRequest request, HttpServletResponse response, int status, String detail)
      throws IOException {
    try {
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
    } catch (IOException tooLargeOrCut) {
      // the container closes such a connection after the answer; the answer still goes out
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    PrintWriter body = response.getWriter();
    body.write(
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title(status))
            .add("status", status)
            .add("detail", detail)
            .build()
            .toString());
    body.close();
  }

  private static String title(int status) {
    return switch (status) {
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 429 -> "Too Many Requests";
      default -> "Error";
    };
  }
}
