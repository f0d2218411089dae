package org.chorus.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.chorus.application.AccountDirectory;
import org.chorus.application.Views.Me;
import org.chorus.translations.Directions;

/** The signed-in person and the page direction, for the layout. */
@Named("chorus")
@RequestScoped
public class SessionBean {

  @Inject private AccountDirectory accounts;
  @Inject private FacesContext faces;
  private Me me;

  public Me getMe() {
    if (me == null && faces.getExternalContext().getUserPrincipal() != null) {
      me = accounts.me();
    }
    return me;
  }

  public boolean isCoordinator() {
    return getMe() != null && getMe().coordinator();
  }

  /**
   * The language of the pages: the one the signed-in person chose on "My account", else the one
   * their browser asks for among those the pages speak.
   */
  public Locale getLocale() {
    Me who = getMe();
    if (who != null && who.language() != null) {
      return Locale.forLanguageTag(who.language());
    }
    return faces.getApplication().getViewHandler().calculateLocale(faces);
  }

  public String getLanguage() {
    return faces.getViewRoot().getLocale().toLanguageTag();
  }

  public String getDirection() {
    return Directions.isRightToLeft(faces.getViewRoot().getLocale()) ? "rtl" : "ltr";
  }

  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
          .withZone(java.time.ZoneOffset.UTC);

  /** A moment as people read it: date and minute, in UTC so that every section reads the same. */
  public String when(java.time.Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  /**
   * The placeholder grammar ({@link org.chorus.translations.Placeholder#PATTERN}), for the editor's
   * chip fields: the page hands it to its script, which has no copy of its own.
   */
  public String placeholderPattern() {
    return org.chorus.translations.Placeholder.PATTERN.pattern();
  }

  /** Text direction of a language tag, for lang/dir attributes on translated text. */
  public String direction(String languageTag) {
    return Directions.isRightToLeft(Locale.forLanguageTag(languageTag == null ? "" : languageTag))
        ? "rtl"
        : "ltr";
  }
}
