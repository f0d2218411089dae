package org.chorus.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.chorus.web.security.ChorusAuthentication;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginBean {

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;

  private String username;
  private String password;
  private String next;

  public void signIn() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) ext.getRequest(),
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    if (status == AuthenticationStatus.SUCCESS) {
      ext.redirect(ext.getRequestContextPath() + safeNext(next));
      faces.responseComplete();
      return;
    }
    OptionalLong wait = ChorusAuthentication.retryAfter((HttpServletRequest) ext.getRequest());
    String text =
        wait.isPresent()
            ? new MessageFormat(
                    Messages.get(faces, "login.tooMany"), faces.getViewRoot().getLocale())
                .format(new Object[] {wait.getAsLong()})
            : Messages.get(faces, "login.failed");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public void signOut() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.invalidateSession();
    ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
    faces.responseComplete();
  }

  /**
   * A path inside Chorus, with its query, made of the characters a URL may carry as they are: never
   * an absolute or protocol-relative URL that would send the user elsewhere, nor a control
   * character or anything else that could leave the Location header.
   */
  private static final Pattern PLAIN_PATH =
      Pattern.compile(
          "/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@/%-]*(\\?[A-Za-z0-9._~!$&'()*+,;=:@/?%-]*)?");

  private static final int LONGEST_NEXT = 2000;

  static String safeNext(String next) {
    if (next == null || next.length() > LONGEST_NEXT || !PLAIN_PATH.matcher(next).matches()) {
      return "/index.xhtml";
    }
    return next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
