package org.chorus.web.editor;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import org.chorus.application.LocalizationService;
import org.chorus.domain.ChorusException;
import org.chorus.web.live.LiveUpdates;

/**
 * Who is on which segment of the localization. The service checks that the person takes part and
 * that the segment is one of the localization's before anyone is told; the page gets who is where
 * as an escaped attribute, never inside a script.
 */
@Named("presence")
@ViewScoped
public class PresenceBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private LocalizationService localizations;
  @Inject private LiveUpdates live;
  @Inject private EditorBean editor;

  /** The person moved to a segment (an empty key: to none). */
  public void here() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String key = faces.getExternalContext().getRequestParameterMap().get("key");
    long id = editor.localizationId();
    try {
      live.here(id, faces.getExternalContext().getRemoteUser(), localizations.presence(id, key));
    } catch (ChorusException e) {
      // not a participant, or not a segment of this localization: nobody is told anything
    }
  }

  /** Who is on which segment now, as JSON for the page's first paint. */
  public String getJson() {
    JsonObjectBuilder who = Json.createObjectBuilder();
    live.present(editor.localizationId()).forEach(who::add);
    return who.build().toString();
  }

  /** The websocket audience of this localization. */
  public String getAudience() {
    return LiveUpdates.audience(editor.localizationId());
  }
}
