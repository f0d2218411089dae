package org.chorus.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers that depend on the request: nothing signed-in kept in caches, and a
 * Content-Security-Policy for everything but the pages. Pages get theirs from PrimeFaces (web.xml,
 * {@code primefaces.CSP}), which adds a fresh nonce for its own scripts: no inline script runs
 * without it. The headers every answer carries, refusals of the sign-in included (no sniffing of
 * content types, no framing, no address leaking to other sites), are set before anything else runs,
 * in {@code WEB-INF/undertow-handlers.conf}.
 */
@WebFilter(urlPatterns = "/*", filterName = "SecurityHeaders")
public class SecurityHeaders extends HttpFilter {

  /** API answers and downloads: nothing in them may run, load or be framed. */
  static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; sandbox";

  /**
   * The document preview, framed by the editor of the same origin: no script at all (the frame's
   * sandbox lets the editor reach in to highlight a sentence, not the document run anything), its
   * own stylesheet and style attributes, inline pictures only.
   */
  static final String FRAMED_PREVIEW =
      "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src data:;"
          + " frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox allow-same-origin";

  /** The address of a document preview, which the editor frames (undertow-handlers.conf too). */
  static final java.util.regex.Pattern PREVIEW =
      java.util.regex.Pattern.compile("/api/localizations/[0-9]+/preview");

  /** Static pages (sign-in errors, not found): their own styles only. */
  static final String STATIC_PAGE =
      "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self';"
          + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    boolean resource = path.startsWith("/jakarta.faces.resource/");
    if (!resource && !path.endsWith(".xhtml") && !path.equals("/")) {
      res.setHeader(
          "Content-Security-Policy",
          PREVIEW.matcher(path).matches()
              ? FRAMED_PREVIEW
              : path.endsWith(".html") ? STATIC_PAGE : NOTHING_RUNS);
    }
    if (!resource && (req.getUserPrincipal() != null || PublicPaths.isApi(req))) {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(req, res);
  }
}
