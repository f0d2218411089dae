package org.chorus.translations;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;

/**
 * Extracts sentence segments from a source document and merges translations back into it.
 *
 * <p>Thread-safe: every call opens its own Okapi filter, segmenter and writer (Okapi's are not
 * thread-safe). Extract and merge walk the document the same way, so a segment's key found at
 * extraction finds the same sentence at merge.
 *
 * <p>Each sentence goes through the same steps: codes at its edges that open and close there (an
 * empty bookmark, a stray line break) are kept out of it; what must not be translated is locked
 * behind {@code {pN/}} placeholders ({@link Protection}); the key is made from the text before
 * locking ({@link SegmentKeys}).
 */
public final class DocumentEngine {

  /** Largest source file the engine accepts. */
  public static final int MAX_BYTES = Limits.MAX_BYTES;

  private static final Pattern NOTRANSLATE_CLASS =
      Pattern.compile("class\\s*=\\s*[\"'][^\"']*\\bnotranslate\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRANSLATE_NO =
      Pattern.compile("translate\\s*=\\s*[\"']no[\"']", Pattern.CASE_INSENSITIVE);

  /** Reads a document into its ordered sentence segments. */
  public ExtractedDocument extract(byte[] content, DocumentFormat format, Locale sourceLocale) {
    return extract(content, format, sourceLocale, Set.of());
  }

  /**
   * Reads a document into its ordered sentence segments.
   *
   * @param doNotTranslate names and terms that stay as they are in every language
   */
  public ExtractedDocument extract(
      byte[] content, DocumentFormat format, Locale sourceLocale, Set<String> doNotTranslate) {
    List<SourceSegment> segments = new ArrayList<>();
    java.text.BreakIterator words = java.text.BreakIterator.getWordInstance(sourceLocale);
    walk(
        content,
        format,
        sourceLocale,
        sourceLocale,
        doNotTranslate,
        (sentence, replace) ->
            segments.add(
                new SourceSegment(
                    sentence.key,
                    segments.size(),
                    sentence.text,
                    sentence.context,
                    WordCounter.words(sentence.text, words),
                    sentence.tokens)),
        null);
    if (segments.isEmpty()) {
      throw new UnreadableDocumentException("The document has no text to translate.");
    }
    return new ExtractedDocument(format, segments);
  }

  /** Like {@link #merge(byte[], DocumentFormat, Locale, Locale, Map, Set)} with no name list. */
  public byte[] merge(
      byte[] original,
      DocumentFormat format,
      Locale sourceLocale,
      Locale targetLocale,
      Map<String, String> translations) {
    return merge(original, format, sourceLocale, targetLocale, translations, Set.of());
  }

  /**
   * Writes the document again with each segment's translation in place of its source text. Segments
   * missing from {@code translations} keep their source text.
   *
   * @param translations translated text (with placeholders) by segment key
   * @param doNotTranslate the same list that was given to {@link #extract}
   * @throws PlaceholderMismatchException when a translation does not keep its placeholders
   */
  public byte[] merge(
      byte[] original,
      DocumentFormat format,
      Locale sourceLocale,
      Locale targetLocale,
      Map<String, String> translations,
      Set<String> doNotTranslate) {
    return merge(
        original, format, sourceLocale, targetLocale, translations, doNotTranslate, Set.of());
  }

  /**
   * Like {@link #merge(byte[], DocumentFormat, Locale, Locale, Map, Set)}, where the texts of the
   * {@code adapted} keys are a section's own text in place of the sentence and may leave out
   * placeholders (see {@link InlineCodes#checkAdapted}).
   */
  public byte[] merge(
      byte[] original,
      DocumentFormat format,
      Locale sourceLocale,
      Locale targetLocale,
      Map<String, String> translations,
      Set<String> doNotTranslate,
      Set<String> adapted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + original.length / 2);
    walk(
        original,
        format,
        sourceLocale,
        targetLocale,
        doNotTranslate,
        (sentence, replace) -> {
          String translated = translations.get(sentence.key);
          if (translated != null) {
            if (adapted.contains(sentence.key)) {
              InlineCodes.checkAdapted(sentence.text, translated);
            } else {
              InlineCodes.check(sentence.text, translated);
            }
            replace.apply(translated);
          }
        },
        out);
    return written(format, original, out.toByteArray(), targetLocale);
  }

  /**
   * Like {@link #merge(byte[], DocumentFormat, Locale, Locale, Map, Set, Set)}, with each
   * sentence's text asked of {@code translator} as the walk reaches it, so that a caller that needs
   * the keys (the preview) has them from the same single pass.
   */
  public byte[] merge(
      byte[] original,
      DocumentFormat format,
      Locale sourceLocale,
      Locale targetLocale,
      Set<String> doNotTranslate,
      Set<String> adapted,
      SentenceTranslator translator) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + original.length / 2);
    int[] position = {0};
    walk(
        original,
        format,
        sourceLocale,
        targetLocale,
        doNotTranslate,
        (sentence, replace) -> {
          String translated = translator.translate(position[0]++, sentence.key, sentence.text);
          if (translated != null) {
            if (adapted.contains(sentence.key)) {
              InlineCodes.checkAdapted(sentence.text, translated);
            } else {
              InlineCodes.check(sentence.text, translated);
            }
            replace.apply(translated);
          }
        },
        out);
    return out.toByteArray();
  }

  /** Writes a pseudo-translation: every sentence through {@link PseudoTranslation}. */
  public byte[] pseudoTranslate(
      byte[] original, DocumentFormat format, Locale sourceLocale, Locale targetLocale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length * 2);
    SentenceSegmenter sentences =
        new SentenceSegmenter(SentenceRules.forLanguage(PseudoTranslation.okapiCode(sourceLocale)));
    walk(
        original,
        format,
        sourceLocale,
        targetLocale,
        Set.of(),
        (sentence, replace) ->
            replace.apply(PseudoTranslation.of(sentence.text, targetLocale, sentences)),
        out);
    return written(format, original, out.toByteArray(), targetLocale);
  }

  /**
   * XLIFF 2 keeps the modules and extensions that Okapi's writer leaves out; XLIFF 1.2 with a
   * prefixed root keeps its namespace in the targets Okapi adds; a Word document says its new
   * language.
   */
  private static byte[] written(
      DocumentFormat format, byte[] original, byte[] output, Locale targetLocale) {
    try {
      return switch (format) {
        case XLIFF2 -> Xliff2Modules.keep(original, output);
        case XLIFF -> Xliff12Prefix.fix(output);
        case DOCX -> DocxLanguage.set(output, targetLocale);
        default -> output;
      };
    } catch (DocumentException e) {
      throw e;
    } catch (RuntimeException e) {
      if (format == DocumentFormat.DOCX) {
        throw new UnreadableDocumentException(
            "The Word document could not be written: " + Messages.oneLine(e), e);
      }
      throw new XliffException("The XLIFF file could not be written: " + Messages.oneLine(e), e);
    }
  }

  /** One sentence as the walk found it. */
  private static final class Sentence {
    String key;
    String text;
    SegmentContext context;
    List<Token> tokens;
  }

  @FunctionalInterface
  private interface SentenceVisitor {
    /**
     * Called for each translatable sentence; {@code replace} puts a translation of the sentence's
     * text (same placeholders) in place of it in the output.
     */
    void visit(Sentence sentence, UnaryOperator<String> replace);
  }

  private void walk(
      byte[] content,
      DocumentFormat format,
      Locale sourceLocale,
      Locale targetLocale,
      Set<String> doNotTranslate,
      SentenceVisitor visitor,
      ByteArrayOutputStream output) {
    Limits.Deadline deadline = new Limits.Deadline(Limits.TIME_BUDGET);
    Charset charset = InputGuard.check(content, format);
    SentenceVisitor bounded = bounded(visitor, deadline);
    if (format == DocumentFormat.XLIFF || format == DocumentFormat.XLIFF2) {
      XmlLimits.check(content);
    }
    if (format == DocumentFormat.XLIFF2) {
      // our own rules first, so that an invalid file is refused with its line and rule
      Xliff2Validation.check(content);
    }
    LocaleId source = LocaleId.fromBCP47(sourceLocale.toLanguageTag());
    LocaleId target = LocaleId.fromBCP47(targetLocale.toLanguageTag());
    SentenceSegmenter segmenter =
        new SentenceSegmenter(SentenceRules.forLanguage(source.toString()));
    SegmentKeys keys = new SegmentKeys();
    Protection protection = new Protection(doNotTranslate);
    LineContext lines =
        format == DocumentFormat.MARKDOWN || format == DocumentFormat.TEXT
            ? new LineContext(content, charset)
            : null;
    try (IFilter filter = Formats.filterFor(format);
        RawDocument raw =
            new RawDocument(new ByteArrayInputStream(content), charset.name(), source, target)) {
      filter.open(raw);
      IFilterWriter writer = null;
      if (output != null) {
        writer = filter.createFilterWriter();
        writer.setOptions(target, charset.name());
        writer.setOutput(output);
      }
      try {
        while (filter.hasNext()) {
          deadline.check();
          Event event = filter.next();
          if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
            ITextUnit tu = event.getTextUnit();
            SegmentContext context =
                lines != null
                    ? lines.of(tu.getSource().getFirstContent().getText())
                    : TextUnitContext.of(tu);
            visitTextUnit(
                tu,
                context,
                format,
                segmenter,
                keys,
                protection,
                output == null ? null : target,
                bounded);
          }
          if (writer != null) {
            writer.handleEvent(event);
          }
        }
      } finally {
        if (writer != null) {
          writer.close();
        }
      }
    } catch (DocumentException e) {
      throw e;
    } catch (RuntimeException e) {
      // Okapi's exceptions (OkapiException, the XLIFF 2 library's XLIFFException and
      // InvalidParameterException) and a filter's failure on input it did not foresee (a null, an
      // index): the document cannot be read, and the caller gets our exception, never theirs
      throw new UnreadableDocumentException(
          "The " + format.name() + " document cannot be read: " + Messages.oneLine(e), e);
    } catch (StackOverflowError e) {
      throw new UnreadableDocumentException(
          "The " + format.name() + " document is nested too deeply to be read.");
    }
  }

  /**
   * A visitor that holds the document to the limits: sentences, sentence length and the time
   * budget, counted as the sentences come.
   */
  private static SentenceVisitor bounded(SentenceVisitor visitor, Limits.Deadline deadline) {
    int[] count = {0};
    return (sentence, replace) -> {
      deadline.check();
      if (++count[0] > Limits.MAX_SEGMENTS) {
        throw new UnreadableDocumentException(
            "The document has more than "
                + Limits.MAX_SEGMENTS
                + " sentences; Chorus takes documents up to that size. Split it into parts.");
      }
      int length = InlineCodes.plainText(sentence.text).length();
      if (length > Limits.MAX_SEGMENT_CHARACTERS) {
        throw new UnreadableDocumentException(
            "Sentence "
                + count[0]
                + " has "
                + length
                + " characters; Chorus takes sentences up to "
                + Limits.MAX_SEGMENT_CHARACTERS
                + ". Is the text split into paragraphs and sentences?");
      }
      visitor.visit(sentence, replace);
    };
  }

  private static void visitTextUnit(
      ITextUnit tu,
      SegmentContext context,
      DocumentFormat format,
      SentenceSegmenter segmenter,
      SegmentKeys keys,
      Protection protection,
      LocaleId target,
      SentenceVisitor visitor) {
    TextContainer src = tu.getSource();
    boolean xliff = format == DocumentFormat.XLIFF || format == DocumentFormat.XLIFF2;
    if (!xliff && src.contentIsOneSegment()) {
      visitSentences(tu, segmenter.ranges(src), context, keys, protection, target, visitor);
      return;
    }
    // XLIFF 1.2 from a CAT tool (mrk mtype="seg") is segmented already, and an XLIFF 2 unit with
    // several segments too; one XLIFF 2 segment may be split (canResegment is yes by default).
    // XLIFF keeps its segments: a CAT tool's file refers to them by id, and an XLIFF 2 segment
    // holds its own source and target.
    boolean segmentedByTool =
        format == DocumentFormat.XLIFF ? src.hasBeenSegmented() : !src.contentIsOneSegment();
    if (!segmentedByTool) {
      String firstId = src.getFirstSegment().getId();
      src.getSegments().create(segmenter.ranges(src));
      nameSegments(src, firstId);
    }
    // a target only when writing: extraction reads the source alone
    TextContainer trg = target == null ? null : tu.createTarget(target, true, IResource.COPY_ALL);
    for (Segment segment : src.getSegments()) {
      TextFragment written =
          visitSentence(segment.getContent(), context, keys, protection, visitor);
      if (written != null) {
        trg.getSegments().get(segment.getId()).setContent(written);
      }
    }
  }

  /**
   * The sentences of an unsegmented text unit, cut from its content by their ranges, and the target
   * written as one fragment: Okapi's own segment list checks each new segment's id against all
   * others (quadratic in a paragraph of thousands of sentences), and some writers (OpenXML) drop
   * the text between segments anyway.
   */
  private static void visitSentences(
      ITextUnit tu,
      List<Range> ranges,
      SegmentContext context,
      SegmentKeys keys,
      Protection protection,
      LocaleId target,
      SentenceVisitor visitor) {
    TextFragment whole = tu.getSource().getFirstContent();
    int length = whole.getCodedText().length();
    TextFragment out = target == null ? null : new TextFragment();
    int done = 0;
    for (Range r : ranges) {
      if (r.end <= r.start) {
        continue;
      }
      TextFragment sentence = whole.subSequence(r.start, r.end);
      TextFragment written = visitSentence(sentence, context, keys, protection, visitor);
      if (out != null) {
        if (r.start > done) {
          out.append(whole.subSequence(done, r.start));
        }
        out.append(written != null ? written : sentence);
      }
      done = r.end;
    }
    if (out != null) {
      if (done < length) {
        out.append(whole.subSequence(done, length));
      }
      tu.createTarget(target, true, IResource.COPY_ALL).setContent(out);
    }
  }

  /** One sentence through the visitor; what it wrote in its place, or null. */
  private static TextFragment visitSentence(
      TextFragment fragment,
      SegmentContext context,
      SegmentKeys keys,
      Protection protection,
      SentenceVisitor visitor) {
    String raw = InlineCodes.toText(fragment);
    if (InlineCodes.plainText(raw).isBlank()) {
      return null;
    }
    Edges edges = Edges.of(raw);
    Map<String, Code> codes = codesByPlaceholder(fragment);
    Set<String> notTranslatable = new HashSet<>();
    codes.forEach(
        (placeholder, code) -> {
          if (code.getTagType() == TextFragment.TagType.OPENING
              && NOTRANSLATE_CLASS.matcher(data(code)).find()) {
            notTranslatable.add(String.valueOf(code.getId()));
          }
        });
    Protection.Protected locked =
        protection.protect(
            edges.core(), notTranslatable, Protection.looksLikeAddressLine(edges.core()));
    if (InlineCodes.plainText(locked.text()).isBlank()) {
      return null; // only codes and protected content: nothing to translate
    }
    Sentence sentence = new Sentence();
    sentence.key = keys.next(context, edges.core());
    sentence.text = locked.text();
    sentence.context = context;
    sentence.tokens = tokens(locked, codes);
    TextFragment[] written = {null};
    visitor.visit(
        sentence,
        translated -> {
          String full =
              edges.prefix() + Protection.restore(translated, locked.originals()) + edges.suffix();
          written[0] = InlineCodes.toFragment(full, fragment);
          return full;
        });
    return written[0];
  }

  /**
   * Gives the parts of a split unit ids that no inline code has and no other part (an XLIFF 2 unit
   * refuses an id twice); the first segment keeps the id of the segment it was cut from.
   */
  private static void nameSegments(TextContainer src, String firstId) {
    Set<String> taken = new HashSet<>();
    for (TextPart part : src) {
      for (Code code : part.getContent().getCodes()) {
        taken.add(String.valueOf(code.getId()));
        if (code.getOriginalId() != null) {
          taken.add(code.getOriginalId());
        }
      }
    }
    String base = firstId == null || firstId.isEmpty() ? "s" : firstId;
    int n = 0;
    for (TextPart part : src) {
      String id = n == 0 && part.isSegment() ? base : base + "-" + (n + 1);
      while (taken.contains(id)) {
        id = base + "-" + (++n + 1);
      }
      part.setId(id);
      taken.add(id);
      n++;
    }
  }

  private static List<Token> tokens(Protection.Protected locked, Map<String, Code> codes) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Placeholder.PATTERN.matcher(locked.text());
    while (m.find()) {
      String p = m.group();
      String original = locked.originals().get(p);
      if (original != null) {
        tokens.add(new Token(p, Token.Kind.PROTECTED, visible(original, codes)));
      } else if (codes.containsKey(p)) {
        Code code = codes.get(p);
        boolean locked2 = TRANSLATE_NO.matcher(data(code)).find();
        tokens.add(
            new Token(
                p,
                locked2 ? Token.Kind.PROTECTED : Token.Kind.MARKUP,
                locked2 ? stripTags(data(code)) : display(code)));
      }
    }
    return tokens;
  }

  /** The text a reader sees in a protected span: the codes' own text for locked markup. */
  private static String visible(String original, Map<String, Code> codes) {
    StringBuilder out = new StringBuilder();
    Matcher m = Placeholder.PATTERN.matcher(original);
    int last = 0;
    while (m.find()) {
      out.append(original, last, m.start());
      Code code = codes.get(m.group());
      if (code != null && code.getTagType() == TextFragment.TagType.PLACEHOLDER) {
        out.append(stripTags(data(code)));
      }
      last = m.end();
    }
    out.append(original.substring(last));
    return Protection.XML_INVALID
        .matcher(out)
        .replaceAll(c -> String.format("U+%04X", (int) c.group().charAt(0)));
  }

  private static Map<String, Code> codesByPlaceholder(TextFragment fragment) {
    Map<String, Code> byPlaceholder = new LinkedHashMap<>();
    for (Code code : fragment.getCodes()) {
      String p =
          switch (code.getTagType()) {
            case OPENING -> "{" + code.getId() + "}";
            case CLOSING -> "{/" + code.getId() + "}";
            default -> "{" + code.getId() + "/}";
          };
      byPlaceholder.put(p, code);
    }
    return byPlaceholder;
  }

  private static String data(Code code) {
    String d = code.hasOuterData() ? code.getOuterData() : code.getData();
    return d == null ? "" : d;
  }

  private static String display(Code code) {
    String d = data(code).strip();
    if (d.startsWith("<") && d.endsWith(">") && d.length() <= 60 && d.indexOf('<', 1) < 0) {
      return d;
    }
    String type = code.getType();
    return type == null || type.isBlank() ? "•" : type;
  }

  private static String stripTags(String markup) {
    return markup.replaceAll("<[^>]*>", "");
  }

  /** Codes at the edges of a sentence that open and close there, kept out of it. */
  record Edges(String prefix, String core, String suffix) {
    static Edges of(String raw) {
      String prefix = balancedRun(raw, true);
      String rest = raw.substring(prefix.length());
      String suffix = balancedRun(rest, false);
      return new Edges(prefix, rest.substring(0, rest.length() - suffix.length()), suffix);
    }

    /** The longest run of placeholders (and blanks) at one end whose pairs all close inside it. */
    private static String balancedRun(String s, boolean leading) {
      List<int[]> run = new ArrayList<>();
      Matcher m = Placeholder.PATTERN.matcher(s);
      while (m.find()) {
        run.add(new int[] {m.start(), m.end()});
      }
      int best = 0;
      if (leading) {
        int pos = 0;
        for (int[] r : run) {
          if (!s.substring(pos, r[0]).isBlank()) {
            break;
          }
          pos = r[1];
          if (balanced(s.substring(0, pos))) {
            best = pos;
          }
        }
        return s.substring(0, best);
      }
      int pos = s.length();
      for (int i = run.size() - 1; i >= 0; i--) {
        int[] r = run.get(i);
        if (!s.substring(r[1], pos).isBlank()) {
          break;
        }
        pos = r[0];
        if (balanced(s.substring(pos))) {
          best = s.length() - pos;
        }
      }
      return s.substring(s.length() - best);
    }

    private static boolean balanced(String codes) {
      Matcher m = Placeholder.PATTERN.matcher(codes);
      java.util.Deque<String> open = new java.util.ArrayDeque<>();
      while (m.find()) {
        if (!m.group(3).isEmpty()) {
          continue;
        }
        if (m.group(1).isEmpty()) {
          open.push(m.group(2));
        } else if (open.isEmpty() || !open.pop().equals(m.group(2))) {
          return false;
        }
      }
      return open.isEmpty();
    }
  }
}
