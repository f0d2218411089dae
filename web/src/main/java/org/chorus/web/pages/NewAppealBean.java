package org.chorus.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chorus.application.AppealService;
import org.chorus.application.Views.AppealView;
import org.chorus.application.Views.NewAppeal;
import org.chorus.application.Views.TargetOption;
import org.chorus.domain.ChorusException;
import org.chorus.translations.DocumentEngine;

/** A coordinator creates an appeal: details, source document, target sections and languages. */
@Named
@ViewScoped
public class NewAppealBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AppealService appeals;

  private String reference;
  private String title;
  private String sourceLocale = "en";
  private LocalDate actUntil;
  private transient Part file;
  private List<String> targets = new ArrayList<>();
  private String doNotTranslate;
  private boolean preTranslate = true;
  private List<TargetOption> options;

  public String create() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    // no file chosen; an empty file goes on to the service, which says that it is empty
    if (file == null
        || file.getSubmittedFileName() == null
        || file.getSubmittedFileName().isBlank()) {
      Messages.error(faces, new IllegalArgumentException(Messages.get(faces, "appeal.noFile")));
      return null;
    }
    if (file.getSize() > DocumentEngine.MAX_BYTES) {
      Messages.error(faces, new IllegalArgumentException(Messages.get(faces, "appeal.tooLarge")));
      return null;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    }
    try {
      AppealView created =
          appeals.create(
              new NewAppeal(
                  reference,
                  title,
                  sourceLocale,
                  actUntil,
                  file.getSubmittedFileName(),
                  content,
                  targets,
                  doNotTranslate == null ? List.of() : List.of(doNotTranslate)),
              preTranslate);
      return "/appeal.xhtml?faces-redirect=true&id=" + created.id();
    } catch (ChorusException e) {
      Messages.error(faces, e);
      return null;
    }
  }

  /** The source language changed: the targets offered follow it. */
  public void sourceChanged() {
    options = null;
  }

  public List<TargetOption> getOptions() {
    if (options == null) {
      options = appeals.targetOptions(sourceLocale);
    }
    return options;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSourceLocale() {
    return sourceLocale;
  }

  public void setSourceLocale(String sourceLocale) {
    this.sourceLocale = sourceLocale;
  }

  public LocalDate getActUntil() {
    return actUntil;
  }

  public void setActUntil(LocalDate actUntil) {
    this.actUntil = actUntil;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getDoNotTranslate() {
    return doNotTranslate;
  }

  public void setDoNotTranslate(String doNotTranslate) {
    this.doNotTranslate = doNotTranslate;
  }

  public boolean isPreTranslate() {
    return preTranslate;
  }

  public void setPreTranslate(boolean preTranslate) {
    this.preTranslate = preTranslate;
  }

  public List<String> getTargets() {
    return targets;
  }

  public void setTargets(List<String> targets) {
    this.targets = targets;
  }
}
