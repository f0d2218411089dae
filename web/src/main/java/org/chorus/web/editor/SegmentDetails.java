package org.chorus.web.editor;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chorus.application.LocalizationService;
import org.chorus.application.Views.CommentView;
import org.chorus.application.Views.EventView;
import org.chorus.application.Views.SegmentView;
import org.chorus.domain.ChorusException;
import org.chorus.web.pages.Messages;
import org.primefaces.event.ToggleEvent;
import org.primefaces.model.Visibility;

/**
 * The comments and history of a row, read when the row is opened (not while the page renders), and
 * new comments.
 */
@Named("details")
@ViewScoped
public class SegmentDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What an opened row shows. */
  public record Details(List<CommentView> comments, List<EventView> history)
      implements java.io.Serializable {}

  private static final Details NONE = new Details(List.of(), List.of());

  @Inject private LocalizationService localizations;
  @Inject private EditorBean editor;

  private final Map<String, Details> opened = new HashMap<>();
  private final Map<String, String> newComments = new HashMap<>();

  /** A row was opened or closed. */
  public void toggled(ToggleEvent event) {
    if (!(event.getData() instanceof SegmentView s)) {
      return;
    }
    if (event.getVisibility() == Visibility.VISIBLE) {
      read(s.key());
    } else {
      opened.remove(s.key());
    }
  }

  public void addComment(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      localizations.comment(editor.localizationId(), key, newComments.get(key));
      newComments.remove(key);
      read(key);
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  private void read(String key) {
    long id = editor.localizationId();
    opened.put(key, new Details(localizations.comments(id, key), localizations.history(id, key)));
  }

  /** What an opened row shows (nothing for a row not opened). */
  public Details of(String key) {
    return opened.getOrDefault(key, NONE);
  }

  public Map<String, String> getNewComments() {
    return newComments;
  }
}
