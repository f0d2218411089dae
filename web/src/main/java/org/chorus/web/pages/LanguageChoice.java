package org.chorus.web.pages;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.chorus.application.AccountDirectory;
import org.chorus.domain.ChorusException;

/** The language of the pages, chosen on "My account" (none: the browser's). */
@Named
@ViewScoped
public class LanguageChoice implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AccountDirectory accounts;
  private String language;

  public void load() {
    var me = accounts.me();
    language = me.language() == null ? "" : me.language();
  }

  public void save() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      accounts.chooseLanguage(language);
      // the page again, in its new language
      ExternalContext ext = faces.getExternalContext();
      ext.redirect(ext.getRequestContextPath() + "/account.xhtml");
      faces.responseComplete();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** The languages the pages speak, each named in itself. */
  public List<String> getLanguages() {
    return AccountDirectory.UI_LANGUAGES;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
