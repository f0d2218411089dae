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
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import org.chorus.application.AccountDirectory;
import org.chorus.application.AccountDirectory.Accepted;
import org.chorus.application.AccountDirectory.Refused;
import org.chorus.application.AccountDirectory.SignedIn;
import org.chorus.application.AccountDirectory.Verdict;

/**
 * One mechanism for pages and API. Pages use a session opened on the sign-in page. The API takes
 * its own credentials on every call: a personal access token ({@code Authorization: Bearer}) or
 * HTTP Basic; a page's session cookie is accepted there only to read (GET, HEAD: the pages link to
 * downloads), so that another site cannot make a signed-in browser change anything through the API.
 * Everything but the sign-in page, static resources and the health endpoint needs one of them.
 */
@ApplicationScoped
public class ChorusAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_USER = "chorus.user";
  static final String SESSION_EPOCH = "chorus.credentialsEpoch";
  static final String TENANT_ATTRIBUTE = "chorus.tenant";
  static final String MUST_CHANGE_ATTRIBUTE = "chorus.mustChangePassword";
  private static final String RETRY_AFTER_ATTRIBUTE = "chorus.retryAfter";

  @Inject private AccountDirectory accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential()
        instanceof UsernamePasswordCredential credential) {
      return signIn(request, response, context, credential);
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(header.substring(6).strip(), request, response, context);
    }
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Verdict v = accounts.verifyToken(header.substring(7).strip(), request.getRemoteAddr());
      return answer(v, request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
      if (PublicPaths.isApi(request) && !PublicPaths.isSafe(request)) {
        return problem(
            request,
            response,
            HttpServletResponse.SC_UNAUTHORIZED,
            "The API takes its own credentials for calls that change something: a personal access"
                + " token (Authorization: Bearer, made on My account) or HTTP Basic. A page's"
                + " session cookie is accepted only to read.");
      }
      Optional<SignedIn> who = accounts.lookup(username);
      if (who.isPresent()
          && Integer.valueOf(who.get().credentialsEpoch())
              .equals(session.getAttribute(SESSION_EPOCH))) {
        return login(context, who.get());
      }
      // the account is gone, or its password changed since this session began
      session.invalidate();
    }
    if (PublicPaths.isPublic(request)) {
      return context.doNothing();
    }
    return challenge(request, response, context);
  }

  /**
   * Seconds until sign-in is possible again, when the attempt just made on the sign-in page was
   * refused for too many failures in a row.
   */
  public static OptionalLong retryAfter(HttpServletRequest request) {
    return request.getAttribute(RETRY_AFTER_ATTRIBUTE) instanceof Long seconds
        ? OptionalLong.of(seconds)
        : OptionalLong.empty();
  }

  /**
   * After the caller changed their password on a page: their session goes on, under a new id, in
   * the new credentials epoch; every other session of the account ends.
   */
  public static void credentialsChanged(HttpServletRequest request, int epoch) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      request.changeSessionId();
      request.getSession().setAttribute(SESSION_EPOCH, epoch);
    }
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      UsernamePasswordCredential c) {
    Verdict v = accounts.verify(c.getCaller(), c.getPassword().getValue(), request.getRemoteAddr());
    if (v instanceof Accepted accepted) {
      request.getSession(true);
      request.changeSessionId();
      HttpSession session = request.getSession();
      session.setAttribute(SESSION_USER, accepted.who().username());
      session.setAttribute(SESSION_EPOCH, accepted.who().credentialsEpoch());
      return login(context, accepted.who());
    }
    // the sign-in page shows its form again with a message; a status other than 200 is what tells
    // the container that authentication failed without it sending an error page instead
    if (v instanceof Refused refused) {
      request.setAttribute(RETRY_AFTER_ATTRIBUTE, refused.retryAfterSeconds());
      response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
      response.setStatus(429);
    } else {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    return AuthenticationStatus.SEND_FAILURE;
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
    Verdict v =
        accounts.verify(
            decoded.substring(0, colon),
            decoded.substring(colon + 1).toCharArray(),
            request.getRemoteAddr());
    return answer(v, request, response, context);
  }

  private static AuthenticationStatus answer(
      Verdict v, HttpServletRequest request, HttpServletResponse response, HttpMessageContext c) {
    if (v instanceof Accepted accepted) {
      return login(c, accepted.who());
    }
    if (v instanceof Refused refused) {
      response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
      return problem(
          request,
          response,
          429,
          "Too many failed sign-ins in a row: try again in "
              + refused.retryAfterSeconds()
              + " seconds.");
    }
    return challenge(request, response, c);
  }

  private static AuthenticationStatus login(HttpMessageContext context, SignedIn who) {
    context.getRequest().setAttribute(TENANT_ATTRIBUTE, who.tenant());
    if (who.mustChangePassword()) {
      context.getRequest().setAttribute(MUST_CHANGE_ATTRIBUTE, Boolean.TRUE);
    }
    return context.notifyContainerAboutLogin(who.username(), new HashSet<>(who.groups()));
  }

  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (PublicPaths.isApi(request)) {
      response.addHeader("WWW-Authenticate", "Bearer realm=\"Chorus\"");
      response.addHeader("WWW-Authenticate", "Basic realm=\"Chorus\", charset=\"UTF-8\"");
      return problem(
          request,
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "Sign in: send a personal access token (Authorization: Bearer) or HTTP Basic"
              + " credentials of a Chorus account.");
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return context.responseUnauthorized();
    }
    String target = PublicPaths.path(request);
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    // encoded whole: nothing of the request reaches the Location header as it was sent
    return context.redirect(
        request.getContextPath()
            + "/login.xhtml?next="
            + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }

  private static AuthenticationStatus problem(
      HttpServletRequest request, HttpServletResponse response, int status, String detail) {
    try {
      ApiProblem.send(request, response, status, detail);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the answer is complete: SEND_CONTINUE keeps the container from handling the request further
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
