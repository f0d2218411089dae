package org.chorus.translations;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;

/**
 * Extracts sentence segments from a source document and merges translations back into it.
 *
 * <p>Thread-safe: every call opens its own Okapi filter, segmenter and writer (Okapi's are not
 * thread-safe). Extract and merge walk the document the same way, so a segment's key found at
 * extraction finds the same sentence at merge.
 */
public final class DocumentEngine {

  /** Largest source file the engine accepts. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  /** Reads a document into its ordered sentence segments. */
  public ExtractedDocument extract(byte[] content, DocumentFormat format, Locale sourceLocale) {
    List<SourceSegment> segments = new ArrayList<>();
    walk(
        content,
        format,
        sourceLocale,
        sourceLocale,
        (sourceSegment, targetSegment, text, context, key) ->
            segments.add(
                new SourceSegment(
                    key, segments.size(), text, context, WordCounter.words(text, sourceLocale))),
        null);
    if (segments.isEmpty()) {
      throw new UnreadableDocumentException("The document has no text to translate.");
    }
    return new ExtractedDocument(format, segments);
  }

  /**
   * Writes the document again with each segment's translation in place of its source text. Segments
   * missing from {@code translations} keep their source text.
   *
   * @param translations translated text (with placeholders) by segment key
   */
  public byte[] merge(
      byte[] original,
      DocumentFormat format,
      Locale sourceLocale,
      Locale targetLocale,
      Map<String, String> translations) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + original.length / 2);
    walk(
        original,
        format,
        sourceLocale,
        targetLocale,
        (sourceSegment, targetSegment, text, context, key) -> {
          String translated = translations.get(key);
          if (translated != null) {
            InlineCodes.check(text, translated);
            targetSegment.setContent(
                InlineCodes.toFragment(translated, sourceSegment.getContent()));
          }
        },
        out);
    return out.toByteArray();
  }

  @FunctionalInterface
  private interface SegmentVisitor {
    /** Called for each translatable sentence; may replace the target segment's content. */
    void visit(
        Segment source, Segment target, String sourceText, SegmentContext context, String key);
  }

  private void walk(
      byte[] content,
      DocumentFormat format,
      Locale sourceLocale,
      Locale targetLocale,
      SegmentVisitor visitor,
      ByteArrayOutputStream output) {
    checkReadable(content, format);
    LocaleId source = LocaleId.fromBCP47(sourceLocale.toLanguageTag());
    LocaleId target = LocaleId.fromBCP47(targetLocale.toLanguageTag());
    ISegmenter segmenter = Segmentation.segmenterFor(source);
    SegmentKeys keys = new SegmentKeys();
    try (IFilter filter = filterFor(format);
        RawDocument raw =
            new RawDocument(new ByteArrayInputStream(content), "UTF-8", source, target)) {
      filter.open(raw);
      IFilterWriter writer = null;
      if (output != null) {
        writer = filter.createFilterWriter();
        writer.setOptions(target, "UTF-8");
        writer.setOutput(output);
      }
      try {
        while (filter.hasNext()) {
          Event event = filter.next();
          if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
            visitTextUnit(event.getTextUnit(), segmenter, keys, target, visitor);
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
    } catch (OkapiException | IllegalArgumentException | IllegalStateException e) {
      throw new UnreadableDocumentException(
          "The " + format.name() + " document cannot be read: " + e.getMessage(), e);
    }
  }

  private static void visitTextUnit(
      ITextUnit tu,
      ISegmenter segmenter,
      SegmentKeys keys,
      LocaleId target,
      SegmentVisitor visitor) {
    TextContainer src = tu.getSource();
    segmenter.computeSegments(src);
    src.getSegments().create(segmenter.getRanges());
    TextContainer trg = tu.createTarget(target, true, IResource.COPY_ALL);
    SegmentContext context = TextUnitContext.of(tu);
    for (Segment segment : src.getSegments()) {
      String text = InlineCodes.toText(segment.getContent());
      if (InlineCodes.plainText(text).isBlank()) {
        continue;
      }
      Segment targetSegment = trg.getSegments().get(segment.getId());
      visitor.visit(segment, targetSegment, text.strip(), context, keys.next(context, text));
    }
  }

  private static IFilter filterFor(DocumentFormat format) {
    return switch (format) {
      case HTML -> new HtmlFilter();
      case MARKDOWN -> new MarkdownFilter();
    };
  }

  private static void checkReadable(byte[] content, DocumentFormat format) {
    if (content == null || content.length == 0) {
      throw new UnreadableDocumentException("The file is empty.");
    }
    if (content.length > MAX_BYTES) {
      throw new UnreadableDocumentException(
          "The file has " + content.length + " bytes; the limit is " + MAX_BYTES + ".");
    }
    for (byte b : content) {
      if (b == 0) {
        throw new UnreadableDocumentException(
            "The file holds binary data, not a " + format.name() + " document.");
      }
    }
    if (format == DocumentFormat.MARKDOWN) {
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(content));
      } catch (CharacterCodingException e) {
        throw new UnreadableDocumentException("The Markdown file is not valid UTF-8.", e);
      }
    }
  }
}
