package org.chorus.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chorus.application.CheckService;
import org.chorus.application.CheckViews.CheckRule;
import org.chorus.application.CheckViews.CheckSettingsView;
import org.chorus.application.CheckViews.LengthLimits;
import org.chorus.domain.ChorusException;

/** The organisation's quality-check settings, on the organisation page. */
@Named
@ViewScoped
public class CheckSettingsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CheckService checks;

  private CheckSettingsView settings;
  private final Map<String, String> severities = new LinkedHashMap<>();
  private int shortSource;
  private int shortMinPercent;
  private int shortMaxPercent;
  private int minPercent;
  private int maxPercent;

  @PostConstruct
  public void load() {
    try {
      show(checks.settings());
    } catch (ChorusException e) {
      Messages.error(FacesContext.getCurrentInstance(), e);
    }
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      show(
          checks.configure(
              severities,
              new LengthLimits(
                  shortSource, shortMinPercent, shortMaxPercent, minPercent, maxPercent)));
      Messages.info(faces, "organisation.saved");
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  private void show(CheckSettingsView s) {
    settings = s;
    severities.clear();
    for (CheckRule r : s.checks()) {
      severities.put(r.code(), r.severity());
    }
    LengthLimits l = s.length();
    shortSource = l.shortSource();
    shortMinPercent = l.shortMinPercent();
    shortMaxPercent = l.shortMaxPercent();
    minPercent = l.minPercent();
    maxPercent = l.maxPercent();
  }

  public CheckSettingsView getSettings() {
    return settings;
  }

  public Map<String, String> getSeverities() {
    return severities;
  }

  public int getShortSource() {
    return shortSource;
  }

  public void setShortSource(int shortSource) {
    this.shortSource = shortSource;
  }

  public int getShortMinPercent() {
    return shortMinPercent;
  }

  public void setShortMinPercent(int shortMinPercent) {
    this.shortMinPercent = shortMinPercent;
  }

  public int getShortMaxPercent() {
    return shortMaxPercent;
  }

  public void setShortMaxPercent(int shortMaxPercent) {
    this.shortMaxPercent = shortMaxPercent;
  }

  public int getMinPercent() {
    return minPercent;
  }

  public void setMinPercent(int minPercent) {
    this.minPercent = minPercent;
  }

  public int getMaxPercent() {
    return maxPercent;
  }

  public void setMaxPercent(int maxPercent) {
    this.maxPercent = maxPercent;
  }
}
