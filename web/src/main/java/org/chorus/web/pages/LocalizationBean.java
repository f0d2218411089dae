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
import org.chorus.web.live.LiveUpdates;

/** The translation editor: one localization's segments, side by side with their source. */
@Named
@ViewScoped
public class LocalizationBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private LocalizationService localizations;
  @Inject private PublicationService publications;
  @Inject private org.chorus.application.OfflineService offline;
  @Inject private LiveUpdates live;
  @Inject private org.chorus.application.WorkService work;
  private List<org.chorus.application.Views.WorkItem> assignmentList = List.of();
  private String assignee;
  private String task = "TRANSLATE";
  private Integer first;
  private Integer last;
  private transient jakarta.servlet.http.Part xliffFile;

  private final PageId pageId = new PageId();
  private long id;
  private LocalizationView localization;
  private List<SegmentView> segments;
  private List<PublicationView> publicationList = List.of();
  private final Map<String, String> drafts = new HashMap<>();
  private final Map<String, String> reasons = new HashMap<>();
  private final Map<String, String> conflicts = new HashMap<>();
  private final Map<String, String> newComments = new HashMap<>();
  private final Map<String, String> conflictBases = new HashMap<>();
  private String stateFilter;
  private String query;

  public void load() {
    try {
      id = pageId.load();
      localization = localizations.view(id);
      segments = localizations.segments(id);
      publicationList = publications.of(id);
      assignmentList = work.ofLocalization(id);
      drafts.clear();
      segments.forEach(s -> drafts.put(s.key(), s.target() == null ? "" : s.target()));
    } catch (org.chorus.domain.NotFoundException e) {
      Messages.notFound(FacesContext.getCurrentInstance());
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

  /**
   * Merges the other person's edit into this person's text after a conflict, word by word, when
   * they changed different words; otherwise says so and leaves both texts as they are.
   */
  public void merge(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    var merged =
        org.chorus.translations.revision.WordMerge.merge(
            conflictBases.getOrDefault(key, ""), drafts.get(key), conflicts.get(key));
    if (merged.isEmpty()) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN, Messages.get(faces, "segment.noMerge"), null));
      return;
    }
    drafts.put(key, merged.get());
    conflicts.remove(key);
    Messages.info(faces, "segment.merged");
    rerender(key, true);
  }

  /** Keeps the other person's text after a conflict. */
  public void takeTheirs(String key) {
    drafts.put(key, segment(key).target() == null ? "" : segment(key).target());
    conflicts.remove(key);
    rerender(key, true);
  }

  /** Renders one row again as the bean holds it, with or without its text. */
  private void rerender(String key, boolean text) {
    int row = indexOf(getVisibleSegments(), key);
    if (row >= 0) {
      String prefix = "editor:segments:" + row + ":";
      var ajax = org.primefaces.PrimeFaces.current().ajax();
      ajax.update(prefix + "state", prefix + "actions", prefix + "notes");
      if (text) {
        ajax.update(prefix + "text");
      }
    }
  }

  /** Saves the section's own text for an adaptable sentence. */
  public void adapt(String key) {
    act(
        key,
        () -> localizations.adapt(id, key, drafts.get(key), version(key)),
        "segment.adaptedSaved");
  }

  /** Approves every submitted segment in the current filter, at the version shown. */
  public void approveShown() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, Long> shown = new java.util.LinkedHashMap<>();
    getVisibleSegments().stream()
        .filter(s -> s.state().equals("TRANSLATED"))
        .forEach(s -> shown.put(s.key(), s.version()));
    if (shown.isEmpty()) {
      Messages.info(faces, "bulk.none");
      return;
    }
    try {
      LocalizationService.BulkReport report = localizations.approveAll(id, shown);
      faces.addMessage(
          null,
          new FacesMessage(
              report.skipped().isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
              java.text.MessageFormat.format(
                  Messages.get(faces, "bulk.done"), report.approved(), report.skipped().size()),
              String.join(" · ", report.skipped())));
      load();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  public List<org.chorus.application.Views.CommentView> comments(String key) {
    return localizations.comments(id, key);
  }

  public List<org.chorus.application.Views.EventView> history(String key) {
    return localizations.history(id, key);
  }

  public void addComment(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      localizations.comment(id, key, newComments.get(key));
      newComments.remove(key);
      segments = localizations.segments(id);
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /**
   * Someone else changed a segment: shows the current text and state of it, unless this person is
   * editing it (the page does not call then), and the progress.
   */
  public void refresh() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String key = faces.getExternalContext().getRequestParameterMap().get("key");
    try {
      List<SegmentView> fresh = localizations.segments(id);
      if (!sameSentences(fresh)) {
        // a new source revision: its sentences replace the old ones; typed text on a sentence
        // that is still there is kept
        Map<String, String> typed = new HashMap<>(drafts);
        Map<String, String> saved = new HashMap<>();
        segments.forEach(s -> saved.put(s.key(), s.target() == null ? "" : s.target()));
        segments = fresh;
        localization = localizations.view(id);
        drafts.clear();
        for (SegmentView s : fresh) {
          String mine = typed.get(s.key());
          boolean edited = mine != null && !mine.equals(saved.get(s.key()));
          drafts.put(s.key(), edited ? mine : (s.target() == null ? "" : s.target()));
        }
        conflicts.keySet().retainAll(drafts.keySet());
        Messages.info(faces, "live.revised");
        org.primefaces.PrimeFaces.current().ajax().update("editor", "progress");
        return;
      }
      if (key != null && !key.isEmpty()) {
        fresh = fresh.stream().filter(s -> s.key().equals(key)).toList();
      }
      applyFresh(fresh, null);
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  private boolean sameSentences(List<SegmentView> fresh) {
    if (segments == null || fresh.size() != segments.size()) {
      return false;
    }
    for (int i = 0; i < fresh.size(); i++) {
      if (!fresh.get(i).key().equals(segments.get(i).key())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Takes the current state of segments and re-renders the rows that changed (and the row of {@code
   * key} in any case), leaving the others, and what is being typed there, alone.
   */
  private void applyFresh(List<SegmentView> fresh, String key) {
    localization = localizations.view(id);
    for (SegmentView now : fresh) {
      SegmentView before = segment(now.key());
      if (!now.key().equals(key)
          && before.version() == now.version()
          && before.comments() == now.comments()) {
        continue;
      }
      replace(now);
      rerender(now.key(), true);
    }
    org.primefaces.PrimeFaces.current().ajax().update("progress");
  }

  /** The person moved to a segment (an empty key: left the editor). */
  public void here() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String key = faces.getExternalContext().getRequestParameterMap().get("key");
    try {
      live.here(id, faces.getExternalContext().getRemoteUser(), localizations.presence(id, key));
    } catch (ChorusException e) {
      // not a participant, or not a segment of this localization: nobody is told anything
    }
  }

  /** Who is on which segment now, as JSON for the page's first paint. */
  public String getPresence() {
    jakarta.json.JsonObjectBuilder who = jakarta.json.Json.createObjectBuilder();
    live.present(id).forEach(who::add);
    return who.build().toString();
  }

  /** The websocket audience of this localization. */
  public String getLiveUser() {
    return LiveUpdates.audience(id);
  }

  private static int indexOf(List<SegmentView> list, String key) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The segments in the chosen state (all when none is chosen). */
  public List<SegmentView> getVisibleSegments() {
    if (segments == null) {
      return List.of();
    }
    if (query != null && !query.isBlank()) {
      String q = query.strip().toLowerCase(java.util.Locale.ROOT);
      return inState().stream()
          .filter(
              s ->
                  s.source().toLowerCase(java.util.Locale.ROOT).contains(q)
                      || (s.target() != null
                          && s.target().toLowerCase(java.util.Locale.ROOT).contains(q)))
          .toList();
    }
    return inState();
  }

  private List<SegmentView> inState() {
    if (stateFilter == null || stateFilter.isEmpty()) {
      return segments;
    }
    if (stateFilter.equals("MINE")) {
      List<org.chorus.application.Views.WorkItem> mine = getMyRanges();
      return segments.stream()
          .filter(
              s ->
                  mine.stream()
                      .anyMatch(
                          w ->
                              w.first() == null
                                  || (s.position() + 1 >= w.first()
                                      && s.position() + 1 <= w.last())))
          .toList();
    }
    return segments.stream().filter(s -> s.state().equals(stateFilter)).toList();
  }

  /** What is assigned to the signed-in person in this localization. */
  public List<org.chorus.application.Views.WorkItem> getMyRanges() {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return assignmentList.stream().filter(w -> w.assignee().equals(me)).toList();
  }

  public long getShownSubmitted() {
    return getVisibleSegments().stream().filter(s -> s.state().equals("TRANSLATED")).count();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getStateFilter() {
    return stateFilter;
  }

  public void setStateFilter(String stateFilter) {
    this.stateFilter = stateFilter;
  }

  public Map<String, String> getNewComments() {
    return newComments;
  }

  private SegmentView act(String key, Supplier<SegmentView> action, String messageKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      SegmentView updated = action.get();
      conflicts.remove(key);
      reasons.remove(key);
      // a save may have reached twins of the sentence too: then read them all again
      applyFresh(updated.twins() > 0 ? localizations.segments(id) : List.of(updated), key);
      if (messageKey != null) {
        Messages.info(faces, messageKey);
      }
      return updated;
    } catch (StaleWriteException e) {
      conflicts.put(key, e.currentText() == null ? "" : e.currentText());
      String base = segment(key).target();
      conflictBases.put(key, base == null ? "" : base);
      segments = localizations.segments(id);
      // the text is left as typed: it is what the person keeps or merges
      rerender(key, false);
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
      boolean clean = report.refused().isEmpty() && report.conflicts().isEmpty();
      faces.addMessage(
          null,
          new FacesMessage(
              clean ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
              java.text.MessageFormat.format(
                  Messages.get(faces, "xliff.imported"),
                  report.updated(),
                  report.unchanged(),
                  report.lockedApproved(),
                  report.refused().size(),
                  report.conflicts().size()),
              String.join(" · ", report.refused())));
      load();
      // a unit that met newer work waits in its row as a conflict: the file's text typed in,
      // the saved one beside it, for the person to keep, take or merge
      for (var c : report.conflicts()) {
        drafts.put(c.key(), c.yours());
        conflicts.put(c.key(), c.theirs() == null ? "" : c.theirs());
        conflictBases.put(c.key(), "");
      }
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

  public void assign() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      work.assign(id, assignee, task, first, last);
      assignmentList = work.ofLocalization(id);
      assignee = null;
      first = last = null;
      Messages.info(faces, "assign.done");
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  public void unassign(long assignmentId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      work.unassign(assignmentId);
      assignmentList = work.ofLocalization(id);
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  public List<org.chorus.application.Views.WorkItem> getAssignments() {
    return assignmentList;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }

  public Integer getFirst() {
    return first;
  }

  public void setFirst(Integer first) {
    this.first = first;
  }

  public Integer getLast() {
    return last;
  }

  public void setLast(Integer last) {
    this.last = last;
  }

  public List<PublicationView> getPublications() {
    return publicationList;
  }

  public String getId() {
    return pageId.raw();
  }

  public void setId(String id) {
    pageId.offer(id);
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
