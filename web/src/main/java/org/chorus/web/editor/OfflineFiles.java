package org.chorus.web.editor;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import org.chorus.application.OfflineService;
import org.chorus.domain.ChorusException;
import org.chorus.translations.Limits;
import org.chorus.web.pages.Messages;

/**
 * A translated XLIFF file back into the localization. A unit that met newer work is not applied: it
 * waits in its row as a conflict, the file's text typed in and the saved text beside it.
 */
@Named("offline")
@ViewScoped
public class OfflineFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private OfflineService offline;
  @Inject private EditorBean editor;
  @Inject private RowEditing editing;

  private transient Part file;

  public void importXliff() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (file == null || file.getSize() == 0) {
      Messages.error(faces, new IllegalArgumentException(Messages.get(faces, "xliff.noFile")));
      return;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readNBytes(Limits.MAX_BYTES + 1);
    }
    try {
      var report = offline.importFile(editor.localizationId(), content);
      boolean clean = report.refused().isEmpty() && report.conflicts().isEmpty();
      faces.addMessage(
          null,
          new FacesMessage(
              clean ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
              MessageFormat.format(
                  Messages.get(faces, "xliff.imported"),
                  report.updated(),
                  report.unchanged(),
                  report.lockedApproved(),
                  report.refused().size(),
                  report.conflicts().size()),
              String.join(" · ", report.refused())));
      editor.progressChanged();
      report.conflicts().forEach(c -> editing.conflict(c.key(), c.yours(), c.theirs()));
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
