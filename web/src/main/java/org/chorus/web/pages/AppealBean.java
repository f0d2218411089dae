package org.chorus.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.chorus.application.AppealService;
import org.chorus.application.LocalizationService;
import org.chorus.application.PublicationService;
import org.chorus.application.Views.AppealView;
import org.chorus.application.Views.LocalizationView;
import org.chorus.application.Views.SegmentView;
import org.chorus.domain.ChorusException;

/** One appeal: its source, segments, localizations and their progress. */
@Named
@ViewScoped
public class AppealBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AppealService appeals;
  @Inject private LocalizationService localizations;
  @Inject private PublicationService publications;

  private long id;
  private AppealView appeal;
  private List<LocalizationView> localizationList;
  private List<SegmentView> segments;

  /** Loads the appeal named by the view parameter; a wrong id shows a message, not a stack. */
  public void load() {
    try {
      appeal = appeals.view(id);
      localizationList = localizations.ofAppeal(id);
      segments = appeals.sourceSegments(id);
    } catch (ChorusException e) {
      Messages.error(FacesContext.getCurrentInstance(), e);
    }
  }

  public void publish(long localizationId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      publications.publish(localizationId);
      Messages.info(faces, "publication.done");
      localizationList = localizations.ofAppeal(id);
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public AppealView getAppeal() {
    return appeal;
  }

  public List<LocalizationView> getLocalizations() {
    return localizationList;
  }

  public List<SegmentView> getSegments() {
    return segments;
  }
}
