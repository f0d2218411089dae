package org.chorus.translations.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TMX header: its attributes as written (creationtool, srclang, segtype, o-tmf, adminlang,
 * datatype...), its {@code prop}s and {@code note}s.
 */
public record TmxHeader(
    Map<String, String> attributes, List<Property> properties, List<String> notes) {

  /** A {@code prop} of the header. */
  public record Property(String type, String value) {}

  public TmxHeader {
    attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    properties = List.copyOf(properties);
    notes = List.copyOf(notes);
  }

  /**
   * The header Chorus writes: itself as the creating tool, sentences, the given source language.
   */
  public static TmxHeader chorus(String sourceLanguage) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("creationtool", "Chorus");
    a.put("creationtoolversion", "1");
    a.put("segtype", "sentence");
    a.put("o-tmf", "Chorus");
    a.put("adminlang", "en");
    a.put("srclang", sourceLanguage);
    a.put("datatype", "plaintext");
    return new TmxHeader(a, List.of(), List.of());
  }

  /** The source language of the file's units, or {@code *all*}. */
  public String sourceLanguage() {
    return attributes.getOrDefault("srclang", "");
  }
}
