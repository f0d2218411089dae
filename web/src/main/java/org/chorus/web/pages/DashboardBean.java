package org.chorus.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.chorus.application.AppealService;
import org.chorus.application.LocalizationService;
import org.chorus.application.Views.AppealView;
import org.chorus.application.Views.LocalizationView;

/** The start page: the caller's work, most urgent first, and the organisation's appeals. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private LocalizationService localizations;
  @Inject private AppealService appeals;
  @Inject private org.chorus.application.WorkService workService;
  private List<org.chorus.application.Views.WorkItem> assigned;

  private List<LocalizationView> work;
  private List<AppealView> appealList;

  public List<LocalizationView> getWork() {
    if (work == null) {
      work = localizations.mine();
    }
    return work;
  }

  public List<org.chorus.application.Views.WorkItem> getAssigned() {
    if (assigned == null) {
      assigned = workService.mine();
    }
    return assigned;
  }

  public List<AppealView> getAppeals() {
    if (appealList == null) {
      appealList = appeals.list();
    }
    return appealList;
  }
}
