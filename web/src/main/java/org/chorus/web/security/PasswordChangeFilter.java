package org.chorus.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An account whose first password was chosen by whoever opened it does nothing else before changing
 * it: every page leads to My account, and the API answers 403 to everything but the password
 * change.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

  static final String ACCOUNT_PAGE = "/account.xhtml";
  static final String PASSWORD_ENDPOINT = "/api/me/password";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!Boolean.TRUE.equals(req.getAttribute(ChorusAuthentication.MUST_CHANGE_ATTRIBUTE))
        || allowed(req)) {
      chain.doFilter(req, res);
      return;
    }
    if (PublicPaths.isApi(req)) {
      ApiProblem.send(
          req,
          res,
          HttpServletResponse.SC_FORBIDDEN,
          "Change your password first: PUT /api/me/password with {\"currentPassword\": \"...\","
              + " \"newPassword\": \"...\"}. The account was opened with a password that someone"
              + " else chose.");
      return;
    }
    String target = req.getContextPath() + ACCOUNT_PAGE;
    if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      res.setContentType("text/xml");
      res.setCharacterEncoding("UTF-8");
      res.getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target
                  + "\"/></partial-response>");
      return;
    }
    res.sendRedirect(target);
  }

  private static boolean allowed(HttpServletRequest req) {
    String path = PublicPaths.path(req);
    return PublicPaths.isPublic(req)
        || path.equals(ACCOUNT_PAGE)
        || (path.equals(PASSWORD_ENDPOINT) && "PUT".equals(req.getMethod()));
  }
}
