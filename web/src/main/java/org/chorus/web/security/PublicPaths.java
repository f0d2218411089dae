package org.chorus.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** What may be reached without signing in. */
final class PublicPaths {

  private PublicPaths() {}

  static boolean isPublic(HttpServletRequest request) {
    String path = path(request);
    return path.equals("/login.xhtml")
        || path.startsWith("/jakarta.faces.resource/")
        || path.equals("/api/health")
        || path.equals("/favicon.ico")
        || path.equals("/error.html")
        || path.equals("/not-found.html");
  }

  static boolean isApi(HttpServletRequest request) {
    return path(request).startsWith("/api/");
  }

  /**
   * GET and HEAD: what a link or a download does, and all a page's session cookie may do in the
   * API.
   */
  static boolean isSafe(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
