package org.chorus.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.chorus.translations.Limits;

/**
 * Refuses a request body larger than the largest file Chorus takes (plus the room a form needs
 * around it) before anything reads it, with a message instead of a broken connection. The server
 * itself (Undertow's max-post-size, set by configure.cli) stops bodies that do not say their size.
 */
@WebFilter(urlPatterns = "/*", filterName = "RequestSize")
public class RequestSize extends HttpFilter {

  /** A file at the limit, and a megabyte for the fields of its form. */
  static final long MAX_REQUEST = Limits.MAX_BYTES + 1024L * 1024;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getContentLengthLong() > MAX_REQUEST) {
      Refusals.send(
          req,
          res,
          413,
          "Content Too Large",
          "The request has "
              + req.getContentLengthLong()
              + " bytes; Chorus takes files up to "
              + Limits.MAX_BYTES / (1024 * 1024)
              + " MiB.");
      return;
    }
    chain.doFilter(req, res);
  }
}
