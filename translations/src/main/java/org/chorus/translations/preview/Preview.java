package org.chorus.translations.preview;

import java.util.List;

/**
 * A document shown as it reads, as a fragment of safe HTML.
 *
 * <p>The fragment is one {@code <div class="doc-preview" lang dir data-mode="source|translation">}.
 * Each sentence is in {@code <span class="seg" data-key="KEY">}, where KEY is the segment's key; a
 * sentence that crosses an element boundary is split into several spans with the same key, the
 * first of which is where it starts. In a translation, a sentence still in the source language has
 * the class {@code seg-untranslated} and the source's {@code lang} (and {@code dir} when the
 * direction differs). The preview's own parts have classes {@code doc-title}, {@code doc-header},
 * {@code doc-body}, {@code doc-notes}, {@code doc-note}, {@code doc-footer}, {@code doc-image} (a
 * picture that is not shown), {@code doc-textbox} and {@code doc-units} (the table of an XLIFF
 * file); the document's own classes, ids and styles beyond alignment and emphasis are left out.
 *
 * @param html the fragment
 * @param notInView keys of segments the view has no place for (text of attributes, of parts the
 *     preview does not show), in document order
 * @param refused keys whose translation does not fit its source's placeholders (a source revision
 *     changed them): the preview shows their source instead
 */
public record Preview(String html, List<String> notInView, List<String> refused) {
  public Preview {
    notInView = List.copyOf(notInView);
    refused = List.copyOf(refused);
  }
}
