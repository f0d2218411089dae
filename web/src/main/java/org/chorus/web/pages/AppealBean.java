package org.chorus.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.chorus.application.AppealService;
import org.chorus.application.LocalizationService;
import org.chorus.application.MemoryViews.AnalysisView;
import org.chorus.application.PreTranslation;
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
  @Inject private org.chorus.application.RevisionService revisions;
  @Inject private PreTranslation preTranslation;
  @Inject private SessionBean session;
  private List<AnalysisView> analyses;
  private transient jakarta.servlet.http.Part revisionFile;
  private List<org.chorus.application.Views.RevisionView> revisionList;
  private final java.util.Map<String, Boolean> adaptable = new java.util.HashMap<>();
  private final java.util.Map<Long, java.time.LocalDate> dueDates = new java.util.HashMap<>();

  private final PageId pageId = new PageId();
  private long id;
  private AppealView appeal;
  private List<LocalizationView> localizationList;
  private final SourceRows segments = new SourceRows();

  /** Loads the appeal named by the view parameter; a wrong id shows a message, not a stack. */
  public void load() {
    try {
      id = pageId.load();
      appeal = appeals.view(id);
      localizationList = localizations.ofAppeal(id);
      revisionList = revisions.revisions(id);
      analyses = session.isCoordinator() ? preTranslation.ofAppeal(id) : List.of();
      dueDates.clear();
      localizationList.forEach(l -> dueDates.put(l.id(), l.dueDate()));
    } catch (org.chorus.domain.NotFoundException e) {
      Messages.notFound(FacesContext.getCurrentInstance());
    } catch (ChorusException e) {
      Messages.error(FacesContext.getCurrentInstance(), e);
    }
  }

  public void publish(long localizationId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      var published = publications.publish(localizationId);
      if (published.created()) {
        Messages.info(faces, "publication.done");
      } else {
        Messages.info(faces, "publication.current", published.publication().number());
      }
      localizationList = localizations.ofAppeal(id);
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** Uploads a new revision of the source and says what the alignment did. */
  public void uploadRevision() throws java.io.IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (revisionFile == null || revisionFile.getSize() == 0) {
      Messages.error(faces, new IllegalArgumentException(Messages.get(faces, "appeal.noFile")));
      return;
    }
    byte[] content;
    try (java.io.InputStream in = revisionFile.getInputStream()) {
      content = in.readNBytes(org.chorus.translations.DocumentEngine.MAX_BYTES + 1);
    }
    try {
      var report = revisions.revise(id, revisionFile.getSubmittedFileName(), content);
      faces.addMessage(
          null,
          new jakarta.faces.application.FacesMessage(
              java.text.MessageFormat.format(
                  Messages.get(faces, "revision.done"),
                  report.revision().number(),
                  report.identical(),
                  report.changed(),
                  report.added(),
                  report.retired())));
      load();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  public void toggleAdaptable(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      appeals.markAdaptable(id, key, Boolean.TRUE.equals(adaptable.get(key)));
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  public void changeDue(long localizationId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      localizations.setDueDate(localizationId, dueDates.get(localizationId));
      localizationList = localizations.ofAppeal(id);
      Messages.info(faces, "organisation.saved");
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** The memory analysis of each localization, for coordinators. */
  public List<AnalysisView> getAnalyses() {
    return analyses;
  }

  public java.util.Map<Long, java.time.LocalDate> getDueDates() {
    return dueDates;
  }

  public java.util.Map<String, Boolean> getAdaptable() {
    return adaptable;
  }

  public List<org.chorus.application.Views.RevisionView> getRevisions() {
    return revisionList;
  }

  public jakarta.servlet.http.Part getRevisionFile() {
    return revisionFile;
  }

  public void setRevisionFile(jakarta.servlet.http.Part revisionFile) {
    this.revisionFile = revisionFile;
  }

  public String getId() {
    return pageId.raw();
  }

  public void setId(String id) {
    pageId.offer(id);
  }

  public AppealView getAppeal() {
    return appeal;
  }

  public List<LocalizationView> getLocalizations() {
    return localizationList;
  }

  public org.primefaces.model.LazyDataModel<SegmentView> getSegments() {
    return segments;
  }

  /** The source segments, a page at a time: an appeal of thousands of sentences opens at once. */
  private final class SourceRows extends org.primefaces.model.LazyDataModel<SegmentView> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(java.util.Map<String, org.primefaces.model.FilterMeta> filterBy) {
      return appeal == null ? 0 : appeal.segments();
    }

    @Override
    public List<SegmentView> load(
        int first,
        int pageSize,
        java.util.Map<String, org.primefaces.model.SortMeta> sortBy,
        java.util.Map<String, org.primefaces.model.FilterMeta> filterBy) {
      List<SegmentView> rows = appeals.sourcePage(id, first, pageSize).rows();
      rows.forEach(r -> adaptable.putIfAbsent(r.key(), r.adaptable()));
      return rows;
    }

    @Override
    public String getRowKey(SegmentView row) {
      return row.key();
    }
  }
}
