package org.chorus.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** The UI text bundle (org.chorus.web.messages) in the viewer's language. */
public final class Messages {
  private Messages() {}

  public static String get(FacesContext faces, String key) {
    return ResourceBundle.getBundle("org.chorus.web.messages", faces.getViewRoot().getLocale())
        .getString(key);
  }

  public static void info(FacesContext faces, String key, Object... arguments) {
    String text = get(faces, key);
    if (arguments.length > 0) {
      text = new java.text.MessageFormat(text, faces.getViewRoot().getLocale()).format(arguments);
    }
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /**
   * Answers a page request for something that does not exist (or belongs to another organisation)
   * with 404, showing nothing of it.
   */
  public static void notFound(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Shows a refusal from a service in the viewer's language. */
  public static void error(FacesContext faces, RuntimeException e) {
    String text =
        e instanceof org.chorus.domain.ChorusException refused
            ? refused.refusal().message(faces.getViewRoot().getLocale())
            : e.getMessage();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }
}
