package org.chorus.translations.preview;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentException;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.ExtractedDocument;
import org.chorus.translations.InlineCodes;
import org.chorus.translations.PlaceholderMismatchException;
import org.chorus.translations.SentenceTranslator;
import org.chorus.translations.SourceSegment;
import org.chorus.translations.Token;

/**
 * Shows a document as it reads, or as it will read once published in another language, with each
 * sentence marked by its segment key (see {@link Preview} for the HTML).
 *
 * <p>The segments are those of {@link DocumentEngine#extract} for the same document and names. The
 * translation goes in through {@link DocumentEngine#merge}, the path publishing takes, each
 * sentence's text between two marks ({@link Sentinels}); the merged file is read back as a browser
 * would read it and the marks become spans. So the preview shows what publishing would write, the
 * segments keep their keys, and a mark that lands in an attribute (a link title, a picture's name)
 * is dropped and its segment listed as not in view. An XLIFF file, which has no look of its own, is
 * shown as a table of its segments.
 *
 * <p>Thread-safe. The first call in a JVM compiles the segmentation rules (about two seconds).
 */
public final class DocumentPreview {

  private final DocumentEngine engine;

  public DocumentPreview() {
    this(new DocumentEngine());
  }

  public DocumentPreview(DocumentEngine engine) {
    this.engine = engine;
  }

  /** The source document as it reads. */
  public Preview source(SourceDocument document) {
    return render(document, null, Map.of(), Set.of());
  }

  /** Like {@link #translated(SourceDocument, Locale, Map, Set)} with no adapted sentence. */
  public Preview translated(
      SourceDocument document, Locale targetLocale, Map<String, String> translations) {
    return translated(document, targetLocale, translations, Set.of());
  }

  /**
   * The document as it will read in {@code targetLocale}: sentences with a translation show it, the
   * others their source, marked untranslated.
   *
   * @param translations translated text (with the source's placeholders) by segment key
   * @param adapted keys whose text is a section's own, which may leave out placeholders
   */
  public Preview translated(
      SourceDocument document,
      Locale targetLocale,
      Map<String, String> translations,
      Set<String> adapted) {
    return render(document, Objects.requireNonNull(targetLocale), translations, adapted);
  }

  private Preview render(
      SourceDocument document,
      Locale target,
      Map<String, String> translations,
      Set<String> adapted) {
    Sentences sentences = new Sentences(translations, adapted);
    DocumentFormat format = document.format();
    byte[] merged = null;
    if (format != DocumentFormat.XLIFF && format != DocumentFormat.XLIFF2) {
      merged =
          engine.merge(
              document.content(),
              format,
              document.locale(),
              target == null ? document.locale() : target,
              document.doNotTranslate(),
              adapted,
              sentences);
    } else {
      for (SourceSegment s : extract(document).segments()) {
        sentences.units.add(readable(sentences.translate(s.position(), s.key(), s.text()), s));
      }
    }
    PreviewHtml out = new PreviewHtml(sentences.labels, document.locale(), target);
    try {
      if (merged == null) {
        units(sentences.units, out);
      } else {
        view(format).write(merged, out);
      }
    } catch (DocumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PreviewException(
          "The " + format.name() + " document cannot be shown: " + e.getMessage(), e);
    }
    String html = out.html();
    BitSet shown = out.shown();
    List<String> notInView = new ArrayList<>();
    for (int i = 0; i < sentences.labels.size(); i++) {
      if (!shown.get(i)) {
        notInView.add(sentences.labels.get(i).key());
      }
    }
    return new Preview(html, notInView, sentences.refused);
  }

  private ExtractedDocument extract(SourceDocument document) {
    return engine.extract(
        document.content(), document.format(), document.locale(), document.doNotTranslate());
  }

  /**
   * What each sentence shows, decided as the merge reaches it: its translation if it has one that
   * keeps the source's placeholders, else its source; either between the marks of its position.
   */
  private static final class Sentences implements SentenceTranslator {
    final List<PreviewHtml.Label> labels = new ArrayList<>();
    final List<String> refused = new ArrayList<>();
    final List<String> units = new ArrayList<>();
    private final Map<String, String> translations;
    private final Set<String> adapted;

    Sentences(Map<String, String> translations, Set<String> adapted) {
      this.translations = translations;
      this.adapted = adapted;
    }

    @Override
    public String translate(int position, String key, String sourceText) {
      String translated = translations.get(key);
      if (translated != null && !fits(sourceText, translated, adapted.contains(key))) {
        refused.add(key);
        translated = null;
      }
      labels.add(new PreviewHtml.Label(key, translated == null));
      String text = translated != null ? translated : sourceText;
      return position < Sentinels.MAX_SEGMENTS ? Sentinels.wrap(position, text) : text;
    }

    private static boolean fits(String source, String translated, boolean adapted) {
      try {
        if (adapted) {
          InlineCodes.checkAdapted(source, translated);
        } else {
          InlineCodes.check(source, translated);
        }
        return true;
      } catch (PlaceholderMismatchException e) {
        return false;
      }
    }
  }

  static View view(DocumentFormat format) {
    return switch (format) {
      case HTML -> new HtmlView();
      case MARKDOWN -> new MarkdownView();
      case DOCX -> new WordView();
      case ODT -> new OpenDocumentView();
      case TEXT -> new TextView();
      case XLIFF, XLIFF2 -> throw new IllegalArgumentException("XLIFF is shown as a table");
    };
  }

  /** An XLIFF file as a table, one row a segment. */
  private static void units(List<String> units, PreviewHtml out) {
    out.openOwn("table", "doc-units");
    out.open("tbody", Map.of());
    for (String unit : units) {
      out.open("tr", Map.of());
      out.open("td", Map.of());
      out.text(unit);
      out.close();
      out.close();
    }
    out.close();
    out.close();
  }

  /**
   * A segment text (with its marks) as a reader sees it: protected content as it reads, a
   * standalone code (a line break) as a space, the markup of paired codes left out.
   */
  private static String readable(String text, SourceSegment segment) {
    String s = text;
    for (Token t : segment.tokens()) {
      String shown =
          t.kind() == Token.Kind.PROTECTED
              ? t.display()
              : t.placeholder().endsWith("/}") ? " " : "";
      s = s.replace(t.placeholder(), shown);
    }
    return InlineCodes.plainText(s);
  }
}
