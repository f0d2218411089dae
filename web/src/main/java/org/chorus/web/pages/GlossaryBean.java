package org.chorus.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chorus.application.GlossaryService;
import org.chorus.application.GlossaryService.Format;
import org.chorus.application.GlossaryViews.ConceptInput;
import org.chorus.application.GlossaryViews.ConceptView;
import org.chorus.application.GlossaryViews.GlossaryImport;
import org.chorus.application.GlossaryViews.GlossaryRights;
import org.chorus.application.GlossaryViews.TermEntry;
import org.chorus.domain.ChorusException;
import org.chorus.translations.DocumentEngine;

/**
 * The glossary page: search, the entry being edited (a new one, or one of the list), import and
 * export. Every action goes through the glossary service, which checks who may do it.
 */
@Named
@ViewScoped
public class GlossaryBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private GlossaryService glossary;

  private GlossaryRights rights;
  private List<ConceptView> concepts;
  private String query;
  private String language;

  /** The entry being edited: null when none, 0 for a new one. */
  private Long editing;

  private long editingVersion;
  private String subject;
  private String definition;
  private String note;
  private boolean doNotTranslate;
  private List<TermRow> rows = new ArrayList<>();

  private transient Part importFile;
  private String importSource;

  /** A term in the editor. */
  public static class TermRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String language = "";
    private String text = "";
    private String status = "PREFERRED";
    private String note = "";

    public String getLanguage() {
      return language;
    }

    public void setLanguage(String language) {
      this.language = language;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  public void load() {
    try {
      rights = glossary.rights();
      search();
    } catch (ChorusException e) {
      Messages.error(FacesContext.getCurrentInstance(), e);
    }
  }

  public void search() {
    concepts = glossary.search(query, language);
  }

  public void startNew() {
    editing = 0L;
    editingVersion = 0;
    subject = definition = note = null;
    doNotTranslate = false;
    rows = new ArrayList<>();
    rows.add(row("en"));
    rows.add(row(""));
  }

  public void edit(ConceptView c) {
    editing = c.id();
    editingVersion = c.version();
    subject = c.subject();
    definition = c.definition();
    note = c.note();
    doNotTranslate = c.doNotTranslate();
    rows = new ArrayList<>();
    for (TermEntry t : c.terms()) {
      TermRow r = row(t.language());
      r.setText(t.text());
      r.setStatus(t.status());
      r.setNote(t.note());
      rows.add(r);
    }
  }

  public void addTerm() {
    rows.add(row(rows.isEmpty() ? "en" : rows.get(rows.size() - 1).getLanguage()));
  }

  public void removeTerm(int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  public void cancel() {
    editing = null;
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ConceptInput input =
        new ConceptInput(
            subject,
            definition,
            note,
            doNotTranslate,
            rows.stream()
                .filter(r -> r.getText() != null && !r.getText().isBlank())
                .map(r -> new TermEntry(r.getLanguage(), r.getText(), r.getStatus(), r.getNote()))
                .toList());
    try {
      if (editing == 0L) {
        glossary.create(input);
      } else {
        glossary.update(editing, editingVersion, input);
      }
      editing = null;
      Messages.info(faces, "organisation.saved");
      search();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  public void delete(ConceptView c) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      glossary.delete(c.id(), c.version());
      if (editing != null && editing == c.id()) {
        editing = null;
      }
      Messages.info(faces, "glossary.deleted");
      search();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** Imports the chosen file: TBX for .tbx and .xml, CSV otherwise. */
  public void importGlossary() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (importFile == null || importFile.getSize() == 0) {
      Messages.error(faces, new IllegalArgumentException(Messages.get(faces, "glossary.noFile")));
      return;
    }
    byte[] content;
    try (InputStream in = importFile.getInputStream()) {
      content = in.readNBytes(DocumentEngine.MAX_BYTES + 1);
    }
    String name = String.valueOf(importFile.getSubmittedFileName()).toLowerCase(Locale.ROOT);
    Format format = name.endsWith(".tbx") || name.endsWith(".xml") ? Format.TBX : Format.CSV;
    try {
      GlossaryImport done = glossary.importFile(content, format, importSource);
      Messages.info(
          faces,
          "glossary.imported",
          done.concepts(),
          done.created(),
          done.updated(),
          done.unchanged());
      search();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** Whether the caller may change this language's terms. */
  public boolean mayEditLanguage(String tag) {
    return rights != null
        && (rights.mayEditAll()
            || rights
                .languages()
                .contains(Locale.forLanguageTag(tag == null ? "" : tag).getLanguage()));
  }

  private static TermRow row(String language) {
    TermRow r = new TermRow();
    r.setLanguage(language);
    return r;
  }

  public GlossaryRights getRights() {
    return rights;
  }

  public List<ConceptView> getConcepts() {
    return concepts;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Long getEditing() {
    return editing;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDefinition() {
    return definition;
  }

  public void setDefinition(String definition) {
    this.definition = definition;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isDoNotTranslate() {
    return doNotTranslate;
  }

  public void setDoNotTranslate(boolean doNotTranslate) {
    this.doNotTranslate = doNotTranslate;
  }

  public List<TermRow> getRows() {
    return rows;
  }

  public Part getImportFile() {
    return importFile;
  }

  public void setImportFile(Part importFile) {
    this.importFile = importFile;
  }

  public String getImportSource() {
    return importSource;
  }

  public void setImportSource(String importSource) {
    this.importSource = importSource;
  }
}
