package org.chorus.web.editor;

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
import org.chorus.application.Views.SegmentView;
import org.chorus.domain.ChorusException;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;
import org.chorus.domain.StaleWriteException;
import org.chorus.web.pages.Messages;

/**
 * Typing in a row and the row's steps: save, submit, approve, reject, adapt. What a person typed
 * stays theirs until they save it, whatever arrives meanwhile: a save over a newer version is
 * refused and shown beside theirs, to keep, take or merge word by word.
 */
@Named("editing")
@ViewScoped
public class RowEditing implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private LocalizationService localizations;
  @Inject private EditorBean editor;

  /** What is in each row's text box. */
  private final Map<String, String> drafts = new HashMap<>();

  /** The saved text each row showed when it was last shown: typed text differs from it. */
  private final Map<String, String> saved = new HashMap<>();

  /**
   * The memory unit whose translation was taken into a row (Ctrl+Alt+digit or a click in the
   * matches), until the row is saved: the save names it, and the server scores it again.
   */
  private final Map<String, String> matches = new HashMap<>();

  /**
   * Why the row's last step was refused, in the person's language: shown on the row itself, beside
   * the text they typed (which stays), until a step on the row succeeds.
   */
  private final Map<String, String> refusals = new HashMap<>();

  private final Map<String, String> reasons = new HashMap<>();
  private final Map<String, String> conflicts = new HashMap<>();
  private final Map<String, String> conflictBases = new HashMap<>();

  /** Rows come on screen: each shows its saved text unless something else was typed there. */
  void show(List<SegmentView> rows) {
    for (SegmentView s : rows) {
      String text = text(s);
      String typed = drafts.get(s.key());
      if (typed == null || typed.equals(saved.get(s.key()))) {
        drafts.put(s.key(), text);
      }
      saved.put(s.key(), text);
    }
  }

  /** A row was saved, here or elsewhere: its box shows what is saved now. */
  void saved(SegmentView row) {
    drafts.put(row.key(), text(row));
    saved.put(row.key(), text(row));
  }

  /** A text put into a row from outside the box (an offline file that met newer work). */
  void conflict(String key, String yours, String theirs) {
    drafts.put(key, yours);
    conflicts.put(key, theirs == null ? "" : theirs);
    conflictBases.put(key, "");
  }

  public void save(String key) {
    act(
        key,
        () -> localizations.saveDraft(id(), key, drafts.get(key), version(key), match(key)),
        "segment.saved");
  }

  /** Submits what is in the box, saving it first when it was changed. */
  public void submit(String key) {
    SegmentView s = editor.row(key);
    if (!drafts.getOrDefault(key, "").equals(text(s))
        && act(
                key,
                () -> localizations.saveDraft(id(), key, drafts.get(key), s.version(), match(key)),
                null)
            == null) {
      return;
    }
    act(key, () -> localizations.submit(id(), key, version(key)), "segment.submitted");
  }

  public void approve(String key) {
    act(key, () -> localizations.approve(id(), key, version(key)), "segment.approved");
  }

  public void reject(String key) {
    act(
        key,
        () -> localizations.reject(id(), key, version(key), reasons.get(key)),
        "segment.rejected");
  }

  /** Saves the section's own text for an adaptable sentence. */
  public void adapt(String key) {
    act(
        key,
        () -> localizations.adapt(id(), key, drafts.get(key), version(key)),
        "segment.adaptedSaved");
  }

  /**
   * Merges the other person's edit into this person's text after a conflict, word by word, when
   * they changed different words; otherwise says so and leaves both texts as they are.
   */
  public void merge(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    var merged =
        localizations.mergeWords(
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
    editor.rerender(key, true);
  }

  /** Keeps the other person's text after a conflict. */
  public void takeTheirs(String key) {
    drafts.put(key, text(editor.row(key)));
    conflicts.remove(key);
    editor.rerender(key, true);
  }

  private SegmentView act(String key, Supplier<SegmentView> action, String messageKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      SegmentView updated = action.get();
      refusals.remove(key);
      matches.remove(key);
      conflicts.remove(key);
      reasons.remove(key);
      editor.updated(updated, true);
      editor.progressChanged();
      if (updated.twins() > 0) {
        // the save may have reached twins of the sentence on screen: show them as they are now
        editor.refresh();
      }
      if (messageKey != null) {
        Messages.info(faces, messageKey);
      }
      return updated;
    } catch (StaleWriteException e) {
      conflicts.put(key, e.currentText() == null ? "" : e.currentText());
      conflictBases.put(key, saved.getOrDefault(key, ""));
      // the row now knows the current version; the text is left as typed: it is what the person
      // keeps (saving again) or merges
      editor.reread(key).ifPresent(fresh -> saved.put(key, text(fresh)));
      refused(
          key,
          e.refusal().message(faces.getViewRoot().getLocale())
              + " "
              + Messages.get(faces, "segment.conflict"));
    } catch (ChorusException e) {
      refused(key, e.refusal().message(faces.getViewRoot().getLocale()));
    }
    return null;
  }

  /**
   * A step on the row was refused: the reason shows on the row (its notes, state and actions drawn
   * again, never its text, which stays as typed), and the page keeps the focus there.
   */
  private void refused(String key, String why) {
    refusals.put(key, why);
    editor.rerender(key, false);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** The memory unit the row's text was taken from, or null: only a number is ever passed on. */
  private Long match(String key) {
    String unit = matches.get(key);
    if (unit == null || unit.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(unit.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(Refusal.of("memory.match.number", unit));
    }
  }

  private long id() {
    return editor.localizationId();
  }

  private long version(String key) {
    return editor.row(key).version();
  }

  private static String text(SegmentView s) {
    return s.target() == null ? "" : s.target();
  }

  public Map<String, String> getDrafts() {
    return drafts;
  }

  public Map<String, String> getMatches() {
    return matches;
  }

  /** The saved text of each row on screen: a box whose text differs holds unsaved work. */
  public Map<String, String> getSaved() {
    return saved;
  }

  public Map<String, String> getRefusals() {
    return refusals;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  public Map<String, String> getConflicts() {
    return conflicts;
  }
}
