package org.chorus.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.chorus.application.LocalizationService;
import org.chorus.application.PublicationService;
import org.chorus.application.Views.LocalizationView;
import org.chorus.application.Views.PublicationView;
import org.chorus.application.Views.SegmentView;
import org.chorus.domain.ChorusException;
import org.chorus.domain.StaleWriteException;

/** The translation editor: one localization's segments, side by side with their source. */
@Named
@ViewScoped
public class LocalizationBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private LocalizationService localizations;
  @Inject private PublicationService publications;
  @Inject private org.chorus.application.OfflineService offline;
  private transient jakarta.servlet.http.Part xliffFile;

  private long id;
  private LocalizationView localization;
  private List<SegmentView> segments;
  private List<PublicationView> publicationList = List.of();
  private final Map<String, String> drafts = new HashMap<>();
  private final Map<String, String> reasons = new HashMap<>();
  private final Map<String, String> conflicts = new HashMap<>();

  public void load() {
    try {
      localization = localizations.view(id);
      segments = localizations.segments(id);
      publicationList = publications.of(id);
      drafts.clear();
      segments.forEach(s -> drafts.put(s.key(), s.target() == null ? "" : s.target()));
    } catch (ChorusException e) {
      Messages.error(FacesContext.getCurrentInstance(), e);
    }
  }

  public void save(String key) {
    act(
        key,
        () -> localizations.saveDraft(id, key, drafts.get(key), version(key)),
        "segment.saved");
  }

  public void submit(String key) {
    SegmentView s = segment(key);
    if (!drafts.getOrDefault(key, "").equals(s.target() == null ? "" : s.target())) {
      SegmentView saved =
          act(key, () -> localizations.saveDraft(id, key, drafts.get(key), s.version()), null);
      if (saved == null) {
        return;
      }
    }
    act(key, () -> localizations.submit(id, key, version(key)), "segment.submitted");
  }

  public void approve(String key) {
    act(key, () -> localizations.approve(id, key, version(key)), "segment.approved");
  }

  public void reject(String key) {
    act(
        key,
        () -> localizations.reject(id, key, version(key), reasons.get(key)),
        "segment.rejected");
  }

  /** Keeps the other person's text after a conflict. */
  public void takeTheirs(String key) {
    drafts.put(key, segment(key).target() == null ? "" : segment(key).target());
    conflicts.remove(key);
  }

  private SegmentView act(String key, Supplier<SegmentView> action, String messageKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      SegmentView updated = action.get();
      replace(updated);
      conflicts.remove(key);
      reasons.remove(key);
      localization = localizations.view(id);
      if (messageKey != null) {
        Messages.info(faces, messageKey);
      }
      return updated;
    } catch (StaleWriteException e) {
      conflicts.put(key, e.currentText() == null ? "" : e.currentText());
      segments = localizations.segments(id);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN,
              e.getMessage() + " " + Messages.get(faces, "segment.conflict"),
              null));
      faces.validationFailed();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
    return null;
  }

  private void replace(SegmentView updated) {
    segments = segments.stream().map(s -> s.key().equals(updated.key()) ? updated : s).toList();
    drafts.put(updated.key(), updated.target() == null ? "" : updated.target());
  }

  private SegmentView segment(String key) {
    return segments.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  private long version(String key) {
    return segment(key).version();
  }

  /** Imports a translated XLIFF file and says what it changed. */
  public void importXliff() throws java.io.IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (xliffFile == null || xliffFile.getSize() == 0) {
      Messages.error(faces, new IllegalArgumentException(Messages.get(faces, "xliff.noFile")));
      return;
    }
    byte[] content;
    try (java.io.InputStream in = xliffFile.getInputStream()) {
      content = in.readNBytes(org.chorus.translations.DocumentEngine.MAX_BYTES + 1);
    }
    try {
      var report = offline.importFile(id, content);
      faces.addMessage(
          null,
          new FacesMessage(
              report.refused().isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
              java.text.MessageFormat.format(
                  Messages.get(faces, "xliff.imported"),
                  report.updated(),
                  report.unchanged(),
                  report.lockedApproved(),
                  report.refused().size()),
              String.join(" · ", report.refused())));
      load();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  public jakarta.servlet.http.Part getXliffFile() {
    return xliffFile;
  }

  public void setXliffFile(jakarta.servlet.http.Part xliffFile) {
    this.xliffFile = xliffFile;
  }

  public List<PublicationView> getPublications() {
    return publicationList;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public LocalizationView getLocalization() {
    return localization;
  }

  public List<SegmentView> getSegments() {
    return segments;
  }

  public Map<String, String> getDrafts() {
    return drafts;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  public Map<String, String> getConflicts() {
    return conflicts;
  }
}
