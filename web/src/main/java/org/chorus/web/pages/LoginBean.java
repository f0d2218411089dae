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
      ext.redirect(ext.getRequestContextPath() + safeNext());
      faces.responseComplete();
    } else {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(faces, "login.failed"), null));
    }
  }

  public void signOut() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.invalidateSession();
    ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
    faces.responseComplete();
  }

  /** Only a path inside Chorus: never an absolute URL that would send the user elsewhere. */
  private String safeNext() {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
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
