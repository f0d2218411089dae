package org.chorus.web.editor;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chorus.application.MemoryService;
import org.chorus.application.MemoryViews.MatchView;
import org.chorus.domain.ChorusException;
import org.chorus.web.pages.Messages;

/**
 * The memory's matches for the segment the translator is in, best first, numbered for Ctrl+Alt+1…9.
 * The service checks that the caller takes part in the localization and that the segment is one of
 * its own; which units a match may come from (the organisation's shared ones, the section's private
 * ones) is the memory's rule. The page only names the unit it took: the server scores it again when
 * the translation is saved.
 */
@Named("matches")
@ViewScoped
public class MatchesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** As many as there are digit keys. */
  static final int SHOWN = 9;

  @Inject private MemoryService memory;
  @Inject private EditorBean editor;

  private String key;
  private List<MatchView> found = List.of();

  /** The translator moved to a segment (the request's {@code key}): its matches are looked up. */
  public void show() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String asked = faces.getExternalContext().getRequestParameterMap().get("key");
    key = null;
    found = List.of();
    if (asked == null || asked.isBlank()) {
      return;
    }
    try {
      found = memory.matches(editor.localizationId(), asked, SHOWN).matches();
      key = asked;
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** The segment whose matches are shown, or null. */
  public String getKey() {
    return key;
  }

  public List<MatchView> getFound() {
    return found;
  }

  /**
   * Where a match came from, as one line: the appeal, the section, the file it was imported from,
   * the translator, each when known.
   */
  public String from(MatchView m) {
    return Stream.of(m.appealReference(), m.sectionCode(), m.importedFrom(), m.translator())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(" · "));
  }

  /** A score's band, for its colour: exact (100 and more), high (85–99), fuzzy (below). */
  public String band(MatchView m) {
    return m.score() >= 100 ? "exact" : m.score() >= 85 ? "high" : "fuzzy";
  }
}
