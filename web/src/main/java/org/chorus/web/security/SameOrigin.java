package org.chorus.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Refuses a request that changes something when a browser says it comes from another origin: the
 * defence against cross-site request forgery for pages and API alike. Browsers name the origin of
 * every unsafe request ({@code Origin}, or at least {@code Sec-Fetch-Site}); a request that names
 * neither comes from a program, not from a page, and carries its own credentials. Another port of
 * the same host is another origin.
 *
 * <p>Behind a proxy that terminates TLS the {@code Host} header usually carries no port; then the
 * host alone is compared. Other origins that may write (none by default) are listed in {@code
 * CHORUS_ALLOWED_ORIGINS}, separated by commas.
 */
@WebFilter(urlPatterns = "/*", filterName = "SameOrigin")
public class SameOrigin extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(SameOrigin.class.getName());
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Set<String> allowed =
      Arrays.stream(System.getenv().getOrDefault("CHORUS_ALLOWED_ORIGINS", "").split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .map(s -> s.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(req.getMethod()) || sameOrigin(req)) {
      chain.doFilter(req, res);
      return;
    }
    LOG.warning(
        () ->
            "Refused a cross-origin "
                + req.getMethod()
                + " "
                + req.getRequestURI()
                + " from origin "
                + printable(req.getHeader("Origin"))
                + " (Sec-Fetch-Site "
                + printable(req.getHeader("Sec-Fetch-Site"))
                + ", address "
                + req.getRemoteAddr()
                + ")");
    Refusals.send(
        req,
        res,
        HttpServletResponse.SC_FORBIDDEN,
        "Forbidden",
        "This request came from another site's page. Chorus only takes changes from its own"
            + " pages, and from programs with their own credentials.");
  }

  boolean sameOrigin(HttpServletRequest req) {
    String origin = req.getHeader("Origin");
    if (origin == null) {
      String site = req.getHeader("Sec-Fetch-Site");
      return site == null || site.equals("same-origin") || site.equals("none");
    }
    if (allowed.contains(origin.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return matchesHost(origin, req.getHeader("Host"));
  }

  /** Whether an origin ({@code scheme://host[:port]}) names the host the request was sent to. */
  static boolean matchesHost(String origin, String hostHeader) {
    if (hostHeader == null || origin.equals("null")) {
      return false;
    }
    URI o;
    try {
      o = new URI(origin);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    if (o.getHost() == null || o.getScheme() == null) {
      return false;
    }
    URI h;
    try {
      h = new URI("http://" + hostHeader);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    if (h.getHost() == null || !h.getHost().equalsIgnoreCase(o.getHost())) {
      return false;
    }
    if (h.getPort() < 0) {
      return true;
    }
    int originPort =
        o.getPort() >= 0 ? o.getPort() : o.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    return originPort == h.getPort();
  }

  private static String printable(String header) {
    return header == null ? "none" : header.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
