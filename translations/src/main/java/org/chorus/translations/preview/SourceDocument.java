package org.chorus.translations.preview;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.chorus.translations.DocumentFormat;

/**
 * A source document as the engine extracted it: the file, its format, its language and the names
 * never to translate. The same four give the same segment keys.
 */
public record SourceDocument(
    byte[] content, DocumentFormat format, Locale locale, Set<String> doNotTranslate) {
  public SourceDocument {
    Objects.requireNonNull(content);
    Objects.requireNonNull(format);
    Objects.requireNonNull(locale);
    doNotTranslate = Set.copyOf(doNotTranslate);
  }
}
