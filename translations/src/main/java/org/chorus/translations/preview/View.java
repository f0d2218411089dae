package org.chorus.translations.preview;

/** Shows one format: reads a merged document and writes it through {@link PreviewHtml}. */
interface View {
  void write(byte[] merged, PreviewHtml out);
}
