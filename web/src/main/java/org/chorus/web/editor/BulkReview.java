package org.chorus.web.editor;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chorus.application.LocalizationService;
import org.chorus.domain.ChorusException;
import org.chorus.domain.localization.SegmentAction;
import org.chorus.web.pages.Messages;

/**
 * Approving every submitted row on screen at once, at the version the reviewer sees; a row that
 * changed meanwhile or that the reviewer may not approve is left out and named.
 */
@Named("bulk")
@ViewScoped
public class BulkReview implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private LocalizationService localizations;
  @Inject private EditorBean editor;

  public void approveShown() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, Long> shown = new LinkedHashMap<>();
    editor.shownRows().stream()
        .filter(s -> s.may(SegmentAction.APPROVE.name()))
        .forEach(s -> shown.put(s.key(), s.version()));
    if (shown.isEmpty()) {
      Messages.info(faces, "bulk.none");
      return;
    }
    try {
      var report = localizations.approveAll(editor.localizationId(), shown);
      faces.addMessage(
          null,
          new FacesMessage(
              report.skipped().isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
              MessageFormat.format(
                  Messages.get(faces, "bulk.done"), report.approved(), report.skipped().size()),
              String.join(" · ", report.skipped())));
      editor.progressChanged();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** How many rows on screen the reviewer may approve now. */
  public long getApprovable() {
    return editor.shownRows().stream().filter(s -> s.may(SegmentAction.APPROVE.name())).count();
  }
}
