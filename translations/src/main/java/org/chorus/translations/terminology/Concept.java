package org.chorus.translations.terminology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A glossary entry: one meaning, with its terms in each language.
 *
 * <p>A do-not-translate concept (an organisation's or a campaign's name) stays as it is in every
 * language: its terms are the forms that may appear, not translations.
 *
 * @param id the entry's id in its glossary (TBX id, or CSV id column)
 * @param subject subject field ("" when none)
 * @param definition what the concept means ("" when none)
 * @param note guidance on the concept as a whole ("" when none)
 * @param doNotTranslate whether its terms are kept as they are in every language
 * @param terms by BCP 47 language tag (canonical form, e.g. {@code en-US}), in the glossary's order
 */
public record Concept(
    String id,
    String subject,
    String definition,
    String note,
    boolean doNotTranslate,
    Map<String, List<Term>> terms) {

  private static final Comparator<Term> BY_STATUS = Comparator.comparing(Term::status);

  public Concept {
    id = id == null ? "" : id.strip();
    subject = subject == null ? "" : subject.strip();
    definition = definition == null ? "" : definition.strip();
    note = note == null ? "" : note.strip();
    Map<String, List<Term>> copy = new LinkedHashMap<>();
    terms.forEach(
        (language, list) -> {
          if (!list.isEmpty()) {
            copy.merge(Languages.tag(language), List.copyOf(list), Concept::concat);
          }
        });
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("A concept has at least one term.");
    }
    terms = Collections.unmodifiableMap(copy);
  }

  /**
   * The terms for a locale, preferred first, forbidden last: the locale's own tag, else its bare
   * language, else any regional variant of the language.
   */
  public List<Term> termsIn(Locale locale) {
    String language = Languages.languageTag(locale);
    List<Term> found = Languages.pick(terms, language);
    List<Term> sorted = new ArrayList<>(found);
    sorted.sort(BY_STATUS);
    return List.copyOf(sorted);
  }

  /** Every term in every language. */
  public List<Term> allTerms() {
    List<Term> all = new ArrayList<>();
    terms.values().forEach(all::addAll);
    return all;
  }

  private static List<Term> concat(List<Term> a, List<Term> b) {
    List<Term> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
