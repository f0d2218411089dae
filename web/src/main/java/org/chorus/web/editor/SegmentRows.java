package org.chorus.web.editor;

import java.util.List;
import java.util.Map;
import org.chorus.application.Views.SegmentView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The editor's rows, a page at a time from the service: the table asks for the page it shows, so a
 * localization of ten thousand segments opens as fast as one of fifty.
 */
class SegmentRows extends LazyDataModel<SegmentView> {
  private static final long serialVersionUID = 1L;

  private final EditorBean editor;
  private List<SegmentView> shown = List.of();
  private int first;

  SegmentRows(EditorBean editor) {
    this.editor = editor;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return editor.count();
  }

  @Override
  public List<SegmentView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    var page = editor.fetch(first, pageSize);
    this.first = first;
    this.shown = page.rows();
    setRowCount(page.total());
    editor.shown(shown);
    return shown;
  }

  @Override
  public String getRowKey(SegmentView row) {
    return row.key();
  }

  @Override
  public SegmentView getRowData(String key) {
    return shown.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
  }

  /** The rows of the page on screen. */
  List<SegmentView> shown() {
    return shown;
  }

  /** Where a row is in the whole filtered list (its row index in the table), or -1. */
  int indexOf(String key) {
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).key().equals(key)) {
        return first + i;
      }
    }
    return -1;
  }

  /** Puts a row as it is now in place of the one shown. */
  void replace(SegmentView row) {
    shown = shown.stream().map(s -> s.key().equals(row.key()) ? row : s).toList();
    // the table renders a row from the data it was given: give it the row as it is now
    setWrappedData(shown);
  }

  int first() {
    return first;
  }
}
