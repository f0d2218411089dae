package org.chorus.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.chorus.application.AccountDirectory;
import org.chorus.application.CredentialService;
import org.chorus.application.CredentialService.NewToken;
import org.chorus.application.CredentialService.TokenView;
import org.chorus.domain.ChorusException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.TooManyAttemptsException;
import org.chorus.domain.organisation.WeakPasswordException;
import org.chorus.web.security.ChorusAuthentication;

/** My account: change the password, make and revoke personal access tokens for the API. */
@Named
@ViewScoped
public class AccountBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CredentialService credentials;
  @Inject private AccountDirectory accounts;

  private boolean mustChangePassword;
  private List<TokenView> tokens;
  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;
  private String tokenName;
  private String tokenExpiry;
  private NewToken createdToken;

  public void load() {
    String username = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    mustChangePassword =
        accounts.lookup(username).map(AccountDirectory.SignedIn::mustChangePassword).orElse(false);
    tokens = mustChangePassword ? List.of() : credentials.tokens();
  }

  public void changePassword() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    if (newPassword == null || !newPassword.equals(repeatedPassword)) {
      forgetPasswords();
      refuse(faces, Messages.get(faces, "account.passwordsDiffer"));
      return;
    }
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    try {
      int epoch = credentials.changePassword(currentPassword, newPassword, request.getRemoteAddr());
      ChorusAuthentication.credentialsChanged(request, epoch);
    } catch (WeakPasswordException e) {
      forgetPasswords();
      refuse(faces, Messages.get(faces, "password.weak." + e.rule().name()));
      return;
    } catch (TooManyAttemptsException e) {
      forgetPasswords();
      refuse(faces, format(faces, "login.tooMany", e.retryAfterSeconds()));
      return;
    } catch (ChorusException e) {
      forgetPasswords();
      Messages.error(faces, e);
      return;
    }
    forgetPasswords();
    Messages.info(faces, "account.passwordChanged");
    ext.getFlash().setKeepMessages(true);
    String next = mustChangePassword ? "/index.xhtml" : "/account.xhtml";
    ext.redirect(ext.getRequestContextPath() + next);
    faces.responseComplete();
  }

  public void createToken() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      createdToken = credentials.createToken(tokenName, expiry(faces));
      tokenName = null;
      tokenExpiry = null;
      tokens = credentials.tokens();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  public void revokeToken(long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      credentials.revokeToken(id);
      if (createdToken != null && createdToken.id() == id) {
        createdToken = null;
      }
      tokens = credentials.tokens();
      Messages.info(faces, "account.tokenRevoked");
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** The day a token stops working, at its start in UTC; blank for never. */
  private Instant expiry(FacesContext faces) {
    if (tokenExpiry == null || tokenExpiry.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(tokenExpiry.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Messages.get(faces, "account.badDate"));
    }
  }

  /** Passwords are not kept in the view between requests, whatever became of them. */
  private void forgetPasswords() {
    currentPassword = newPassword = repeatedPassword = null;
  }

  private static void refuse(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  private static String format(FacesContext faces, String key, Object... arguments) {
    return new MessageFormat(Messages.get(faces, key), faces.getViewRoot().getLocale())
        .format(arguments);
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public List<TokenView> getTokens() {
    return tokens;
  }

  public NewToken getCreatedToken() {
    return createdToken;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }

  public String getTokenName() {
    return tokenName;
  }

  public void setTokenName(String tokenName) {
    this.tokenName = tokenName;
  }

  public String getTokenExpiry() {
    return tokenExpiry;
  }

  public void setTokenExpiry(String tokenExpiry) {
    this.tokenExpiry = tokenExpiry;
  }
}
