package org.chorus.web.editor;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.chorus.application.Views.WorkItem;
import org.chorus.application.WorkService;
import org.chorus.domain.ChorusException;
import org.chorus.web.pages.Messages;

/**
 * The work given out in a localization: whole or ranges of segments, to a person of its section.
 */
@Named("assignments")
@ViewScoped
public class AssignmentsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private WorkService work;
  @Inject private EditorBean editor;

  private List<WorkItem> list;
  private String assignee;
  private String task = "TRANSLATE";
  private Integer first;
  private Integer last;

  /** Read with the page. */
  public void load() {
    if (editor.getLocalization() != null) {
      list = work.ofLocalization(editor.localizationId());
    }
  }

  public void assign() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      work.assign(editor.localizationId(), assignee, task, first, last);
      list = work.ofLocalization(editor.localizationId());
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
      list = work.ofLocalization(editor.localizationId());
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** Whether something in this localization is assigned to the signed-in person. */
  public boolean isAnyMine() {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return getAll().stream().anyMatch(w -> w.assignee().equals(me));
  }

  public List<WorkItem> getAll() {
    return list == null ? List.of() : list;
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
}
