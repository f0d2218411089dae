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

  /** Reads the dashboard once, when the page opens (aggregate queries, whatever its size). */
  public void load() {
    work = localizations.mine();
    assigned = workService.mine();
    appealList = appeals.list();
  }

  public List<LocalizationView> getWork() {
    return work == null ? List.of() : work;
  }

  public List<org.chorus.application.Views.WorkItem> getAssigned() {
    return assigned == null ? List.of() : assigned;
  }

  public List<AppealView> getAppeals() {
    return appealList == null ? List.of() : appealList;
  }
}
