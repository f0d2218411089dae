package org.chorus.web.security;

import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.chorus.application.TmxService;
import org.chorus.translations.Limits;

/**
 * Refuses a request body larger than the largest file Chorus takes (plus the room a form needs
 * around it) before anything reads it, with a message instead of a broken connection. The server
 * itself (Undertow's max-post-size, set by configure.cli) stops bodies that do not say their size.
 * A TMX file sent to {@code POST /api/memory/tmx} may be larger (an organisation's whole memory):
 * for that request alone the limit, Undertow's included, is raised to {@link TmxService#MAX_BYTES};
 * the file is streamed to disk, never held in memory.
 */
@WebFilter(urlPatterns = "/*", filterName = "RequestSize")
public class RequestSize extends HttpFilter {

  /** A file at the limit, and a megabyte for the fields of its form. */
  static final long MAX_REQUEST = Limits.MAX_BYTES + 1024L * 1024;

  /** A TMX file at its limit, and a megabyte for the fields of its form. */
  static final long MAX_TMX_REQUEST = TmxService.MAX_BYTES + 1024L * 1024;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean tmx = isTmxImport(req);
    long limit = tmx ? MAX_TMX_REQUEST : MAX_REQUEST;
    if (req.getContentLengthLong() > limit) {
      Refusals.send(
          req,
          res,
          413,
          "Content Too Large",
          "The request has "
              + req.getContentLengthLong()
              + " bytes; Chorus takes "
              + (tmx ? "TMX files" : "files")
              + " up to "
              + (tmx ? TmxService.MAX_BYTES : Limits.MAX_BYTES) / (1024 * 1024)
              + " MiB.");
      return;
    }
    if (tmx) {
      ServletRequestContext.requireCurrent().getExchange().setMaxEntitySize(MAX_TMX_REQUEST);
    }
    chain.doFilter(req, res);
  }

  private static boolean isTmxImport(HttpServletRequest req) {
    return "POST".equals(req.getMethod()) && PublicPaths.path(req).equals("/api/memory/tmx");
  }
}
