package org.chorus.translations.terminology;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An organisation's glossary: its concepts, in order. */
public record Glossary(List<Concept> concepts) {

  public static final Glossary EMPTY = new Glossary(List.of());

  public Glossary {
    concepts = List.copyOf(concepts);
  }

  /**
   * The names never to translate: every term, in every language, of the do-not-translate concepts.
   * Give them to {@code DocumentEngine.extract} and {@code merge} with the appeal's own names, and
   * they become protected tokens ({@code {pN/}}) like e-mail addresses.
   */
  public Set<String> doNotTranslate() {
    Set<String> names = new LinkedHashSet<>();
    for (Concept c : concepts) {
      if (c.doNotTranslate()) {
        c.allTerms().forEach(t -> names.add(t.text()));
      }
    }
    return names;
  }

  /** The language tags the glossary has terms in, in order of first appearance. */
  public List<String> languages() {
    Set<String> tags = new LinkedHashSet<>();
    concepts.forEach(c -> tags.addAll(c.terms().keySet()));
    return List.copyOf(tags);
  }
}
