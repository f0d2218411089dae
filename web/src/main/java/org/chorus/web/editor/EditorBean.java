package org.chorus.web.editor;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.chorus.application.LocalizationService;
import org.chorus.application.PublicationService;
import org.chorus.application.Views.LocalizationView;
import org.chorus.application.Views.PublicationView;
import org.chorus.application.Views.SegmentPage;
import org.chorus.application.Views.SegmentView;
import org.chorus.domain.ChorusException;
import org.chorus.domain.NotFoundException;
import org.chorus.web.pages.Messages;
import org.chorus.web.pages.PageId;
import org.primefaces.PrimeFaces;

/**
 * The editor's view: which localization, and which of its rows are on screen — a page at a time,
 * filtered by state or by "assigned to me" and searched, all in the database. It brings the rows up
 * to date when someone else changes them.
 */
@Named("editor")
@ViewScoped
public class EditorBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The filter value that shows the caller's assigned segments. */
  static final String MINE = "MINE";

  @Inject private LocalizationService localizations;
  @Inject private PublicationService publications;
  @Inject private RowEditing editing;

  private final PageId pageId = new PageId();
  private final SegmentRows rows = new SegmentRows(this);
  private long id;
  private LocalizationView localization;
  private List<PublicationView> publicationList = List.of();
  private String filter = "";
  private String query;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      id = pageId.load();
      localization = localizations.view(id);
      publicationList = publications.of(id);
    } catch (NotFoundException e) {
      Messages.notFound(faces);
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** The rows the filter selects, from {@code first}: asked by the table. */
  SegmentPage fetch(int first, int max) {
    return localizations.page(id, state(), MINE.equals(filter), query, first, max);
  }

  int count() {
    return localizations.countSegments(id, state(), MINE.equals(filter), query);
  }

  private String state() {
    return filter == null || filter.isEmpty() || MINE.equals(filter) ? null : filter;
  }

  /** The table shows new rows: what is typed in them is kept, the rest shows their saved text. */
  void shown(List<SegmentView> page) {
    editing.show(page);
  }

  /**
   * Review mode: the submitted translations only, each with the translator's change since it was
   * last approved or rejected; approve and reject from the keyboard (see editor.js).
   */
  public void review() {
    filter = "TRANSLATED";
    query = null;
    filtered();
  }

  /** The filter or the search changed: back to the first page. */
  public void filtered() {
    UIData table = table();
    if (table != null) {
      table.setFirst(0);
    }
  }

  /**
   * Someone else changed the localization: the rows on screen that changed are shown again (not the
   * one being typed in, which the page does not ask for), and the progress. A new source revision
   * brings its sentences in, keeping what was typed where the sentence is still there.
   */
  public void refresh() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      int revision = localization.revision();
      localization = localizations.view(id);
      if (localization.revision() != revision) {
        Messages.info(faces, "live.revised");
        PrimeFaces.current().ajax().update("editor", "progress");
        return;
      }
      List<SegmentView> before = rows.shown();
      SegmentPage now = fetch(rows.first(), Math.max(1, before.size()));
      for (SegmentView fresh : now.rows()) {
        before.stream()
            .filter(s -> s.key().equals(fresh.key()))
            .filter(s -> s.version() != fresh.version() || s.comments() != fresh.comments())
            .findFirst()
            .ifPresent(s -> updated(fresh, true));
      }
      PrimeFaces.current().ajax().update("progress");
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** A row changed: it is shown again as it is now, with its text when {@code text}. */
  void updated(SegmentView row, boolean text) {
    rows.replace(row);
    editing.saved(row);
    rerender(row.key(), text);
  }

  /** Renders one row again (its state, actions and notes; its text too when {@code text}). */
  void rerender(String key, boolean text) {
    UIData table = table();
    int index = rows.indexOf(key);
    if (table == null || index < 0) {
      return;
    }
    int before = table.getRowIndex();
    table.setRowIndex(index);
    var ajax = PrimeFaces.current().ajax();
    for (String part :
        text
            ? List.of("state", "actions", "notes", "text", "match")
            : List.of("state", "actions", "notes")) {
      UIComponent c = table.findComponent(part);
      if (c != null) {
        ajax.update(c.getClientId());
      }
    }
    table.setRowIndex(before);
  }

  /** Reads a row on screen again, quietly: its box is not shown again. */
  Optional<SegmentView> reread(String key) {
    Optional<SegmentView> fresh =
        fetch(rows.first(), Math.max(1, rows.shown().size())).rows().stream()
            .filter(s -> s.key().equals(key))
            .findFirst();
    fresh.ifPresent(rows::replace);
    return fresh;
  }

  /** The row on screen with this key; refuses a key that is not on screen. */
  SegmentView row(String key) {
    return rows.shown().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Segment", key));
  }

  List<SegmentView> shownRows() {
    return rows.shown();
  }

  /** The localization's counts changed (a step on a row, a bulk approval): read and show them. */
  void progressChanged() {
    localization = localizations.view(id);
    PrimeFaces.current().ajax().update("progress");
  }

  private static UIData table() {
    UIComponent t =
        FacesContext.getCurrentInstance().getViewRoot().findComponent("editor:segments");
    return t instanceof UIData data ? data : null;
  }

  long localizationId() {
    return id;
  }

  public SegmentRows getRows() {
    return rows;
  }

  public LocalizationView getLocalization() {
    return localization;
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

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter == null ? "" : filter;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
