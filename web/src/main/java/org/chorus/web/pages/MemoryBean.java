package org.chorus.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.chorus.application.MemoryService;
import org.chorus.application.MemoryViews.ConcordanceHit;
import org.chorus.application.MemoryViews.ImportView;
import org.chorus.application.MemoryViews.PairView;
import org.chorus.application.MemoryViews.SpanView;
import org.chorus.application.TmxService;
import org.chorus.domain.ChorusException;

/**
 * The translation memory page: its language pairs, the concordance, and TMX in (with its progress)
 * and out. Every action asks the services, which check who may do it.
 */
@Named
@ViewScoped
public class MemoryBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A piece of a text shown in a concordance hit, marked where it matches. */
  public record Piece(String text, boolean hit) {}

  @Inject private MemoryService memory;
  @Inject private TmxService tmx;

  private List<PairView> pairs;
  private List<String> importScopes;
  private boolean mayExport;
  private String phrase;
  private String side = "BOTH";
  private String pair;
  private List<ConcordanceHit> hits;
  private transient Part file;
  private String importScope;
  private ImportView importing;

  public void load() {
    try {
      pairs = memory.pairs();
      importScopes = tmx.importScopes();
      mayExport = tmx.mayExport();
      if (pair == null && !pairs.isEmpty()) {
        pair = pairs.get(0).sourceLocale() + "|" + pairs.get(0).targetLocale();
      }
      if (importScope == null && !importScopes.isEmpty()) {
        importScope = importScopes.get(0);
      }
    } catch (ChorusException e) {
      Messages.error(FacesContext.getCurrentInstance(), e);
    }
  }

  /** Looks the phrase up in the chosen language pair. */
  public void search() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      String[] languages = pair == null ? new String[] {"", ""} : pair.split("\\|", 2);
      hits =
          memory.concordance(
              phrase, side, languages[0], languages.length > 1 ? languages[1] : "", 100);
      if (hits.isEmpty()) {
        Messages.info(faces, "memory.noHits");
      }
    } catch (ChorusException e) {
      hits = null;
      Messages.error(faces, e);
    }
  }

  /** Starts importing the chosen TMX file; the page then follows its progress. */
  public void startImport() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (file == null || file.getSize() == 0) {
      Messages.error(faces, new IllegalArgumentException(Messages.get(faces, "memory.noFile")));
      return;
    }
    Path spooled = Files.createTempFile("chorus-import-", ".tmx");
    try (InputStream in = file.getInputStream()) {
      Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(spooled);
      throw e;
    }
    try {
      // the service deletes the file when the import ends, or at once when it refuses it
      importing = tmx.start(spooled, file.getSubmittedFileName(), importScope).view();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    } finally {
      file = null;
    }
  }

  /** Reads the import's progress; when it has ended, says how, and shows the new counts. */
  public void followImport() {
    if (importing == null || !importing.running()) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      importing = tmx.progress(importing.id());
      switch (importing.state()) {
        case "DONE" -> {
          Messages.info(faces, "memory.imported", importing.units(), importing.fileName());
          pairs = memory.pairs();
        }
        case "REFUSED" ->
            Messages.error(
                faces,
                new IllegalArgumentException(
                    java.text.MessageFormat.format(
                        Messages.get(faces, "memory.refused"),
                        importing.line() == null ? "?" : importing.line().toString(),
                        importing.reason())));
        case "FAILED" ->
            Messages.error(faces, new IllegalStateException(Messages.get(faces, "memory.failed")));
        default -> {
          // still running
        }
      }
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  /** A text cut into pieces at the stretches that match. */
  public List<Piece> pieces(String text, List<SpanView> spans) {
    List<Piece> out = new ArrayList<>();
    int at = 0;
    for (SpanView s : spans) {
      if (s.start() > at) {
        out.add(new Piece(text.substring(at, s.start()), false));
      }
      out.add(new Piece(text.substring(Math.max(at, s.start()), s.end()), true));
      at = Math.max(at, s.end());
    }
    if (at < text.length()) {
      out.add(new Piece(text.substring(at), false));
    }
    return out;
  }

  public boolean isImporting() {
    return importing != null && importing.running();
  }

  public ImportView getImport() {
    return importing;
  }

  public List<PairView> getPairs() {
    return pairs;
  }

  public List<String> getImportScopes() {
    return importScopes;
  }

  public boolean isMayImport() {
    return importScopes != null && !importScopes.isEmpty();
  }

  public boolean isMayExport() {
    return mayExport;
  }

  public List<ConcordanceHit> getHits() {
    return hits;
  }

  public String getPhrase() {
    return phrase;
  }

  public void setPhrase(String phrase) {
    this.phrase = phrase;
  }

  public String getSide() {
    return side;
  }

  public void setSide(String side) {
    this.side = side;
  }

  public String getPair() {
    return pair;
  }

  public void setPair(String pair) {
    this.pair = pair;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getImportScope() {
    return importScope;
  }

  public void setImportScope(String importScope) {
    this.importScope = importScope;
  }
}
