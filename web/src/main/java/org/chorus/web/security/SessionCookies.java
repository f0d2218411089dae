package org.chorus.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when Chorus runs behind TLS ({@code
 * CHORUS_SECURE_COOKIES=true}), so that a browser never sends it over plain HTTP. It stays off by
 * default because the default run answers on plain http://localhost. The cookie is HttpOnly
 * (web.xml) and SameSite=Lax (undertow-handlers.conf) in any case.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (Boolean.parseBoolean(System.getenv("CHORUS_SECURE_COOKIES"))) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
