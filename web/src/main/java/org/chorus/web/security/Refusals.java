package org.chorus.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A refusal written before a request reaches a page or the API: problem+json for the API, a short
 * text for pages. The response is committed, so that the container does not replace it.
 */
final class Refusals {
  private Refusals() {}

  static void send(
      HttpServletRequest req, HttpServletResponse res, int status, String title, String detail)
      throws IOException {
    res.resetBuffer();
    res.setStatus(status);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (PublicPaths.isApi(req)) {
      res.setContentType("application/problem+json");
      res.getWriter()
          .write(
              jakarta.json.Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("title", title)
                  .add("status", status)
                  .add("detail", detail)
                  .build()
                  .toString());
    } else {
      res.setContentType("text/plain");
      res.getWriter().write(detail);
    }
    res.flushBuffer();
  }
}
