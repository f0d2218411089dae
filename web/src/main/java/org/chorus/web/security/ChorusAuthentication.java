package org.chorus.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import org.chorus.application.AccountDirectory;
import org.chorus.application.AccountDirectory.SignedIn;

/**
 * One mechanism for pages and API: a signed-in session (from the sign-in page), or HTTP Basic
 * credentials on each API call. Everything but the sign-in page, static resources and the health
 * endpoint needs one of them.
 */
@ApplicationScoped
public class ChorusAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_USER = "chorus.user";
  static final String TENANT_ATTRIBUTE = "chorus.tenant";

  @Inject private AccountDirectory accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential()
        instanceof UsernamePasswordCredential credential) {
      return signIn(request, context, credential);
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(header.substring(6).strip(), request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
      Optional<SignedIn> who = accounts.lookup(username);
      if (who.isPresent()) {
        return login(context, who.get());
      }
      session.invalidate();
    }
    if (PublicPaths.isPublic(request)) {
      return context.doNothing();
    }
    return challenge(request, response, context);
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential c) {
    Optional<SignedIn> who = accounts.verify(c.getCaller(), c.getPassword().getValue());
    if (who.isEmpty()) {
      return context.responseUnauthorized();
    }
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SESSION_USER, who.get().username());
    return login(context, who.get());
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return challenge(request, response, context);
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return challenge(request, response, context);
    }
    Optional<SignedIn> who =
        accounts.verify(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
    if (who.isEmpty()) {
      return challenge(request, response, context);
    }
    return login(context, who.get());
  }

  private static AuthenticationStatus login(HttpMessageContext context, SignedIn who) {
    context.getRequest().setAttribute(TENANT_ATTRIBUTE, who.tenant());
    return context.notifyContainerAboutLogin(who.username(), new HashSet<>(who.groups()));
  }

  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (PublicPaths.isApi(request)) {
      try {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Chorus\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response
            .getWriter()
            .write(
                "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Sign in: send HTTP Basic credentials of a Chorus account.\"}");
      } catch (IOException e) {
        return context.responseUnauthorized();
      }
      // the response is complete: SEND_CONTINUE keeps the container from replacing it
      return AuthenticationStatus.SEND_CONTINUE;
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return context.responseUnauthorized();
    }
    String target = request.getRequestURI().substring(request.getContextPath().length());
    return context.redirect(
        request.getContextPath()
            + "/login.xhtml?next="
            + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8));
  }
}
