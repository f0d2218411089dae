package org.chorus.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.chorus.application.CheckService;
import org.chorus.application.CheckViews.CheckReport;
import org.chorus.domain.ChorusException;
import org.chorus.domain.NotFoundException;

/** The quality-check report of one localization: counts per check and the segments to look at. */
@Named
@ViewScoped
public class ChecksBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CheckService checks;

  private final PageId pageId = new PageId();
  private CheckReport report;

  public void load() {
    try {
      report = checks.report(pageId.load());
    } catch (NotFoundException e) {
      Messages.notFound(FacesContext.getCurrentInstance());
    } catch (ChorusException e) {
      Messages.error(FacesContext.getCurrentInstance(), e);
    }
  }

  public String getId() {
    return pageId.raw();
  }

  public void setId(String id) {
    pageId.offer(id);
  }

  public CheckReport getReport() {
    return report;
  }
}
