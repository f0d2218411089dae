package org.chorus.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.chorus.infrastructure.CallContext;

/**
 * Binds an authenticated request to its account's tenant, so that every query it makes sees only
 * that tenant's rows.
 */
@WebFilter(urlPatterns = "/*")
public class CallContextFilter extends HttpFilter {

  /** The languages Chorus speaks, as faces-config.xml lists them for pages. */
  private static final Set<String> SPOKEN = Set.of("en", "fr", "ar");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = req.getUserPrincipal();
    if (principal == null) {
      chain.doFilter(req, res);
      return;
    }
    Object tenant = req.getAttribute(ChorusAuthentication.TENANT_ATTRIBUTE);
    if (!(tenant instanceof String)) {
      tenant = CallContext.NO_TENANT;
    }
    CallContext.enter((String) tenant, principal.getName());
    CallContext.speak(language(req));
    try {
      chain.doFilter(req, res);
    } finally {
      CallContext.leave();
    }
  }

  /** The first language of Accept-Language that Chorus speaks, English when none. */
  private static Locale language(HttpServletRequest req) {
    for (Locale l : Collections.list(req.getLocales())) {
      if (SPOKEN.contains(l.getLanguage())) {
        return l;
      }
    }
    return Locale.ENGLISH;
  }
}
