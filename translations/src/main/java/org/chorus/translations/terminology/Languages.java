package org.chorus.translations.terminology;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Language tags as glossaries write them ("EN-US", "en_us", "fr") made one form. */
final class Languages {

  private Languages() {}

  /**
   * The canonical BCP 47 form of a tag, e.g. {@code en-US}.
   *
   * @throws IllegalArgumentException when it is not a language tag with a two- or three-letter
   *     language
   */
  static String tag(String raw) {
    String t = raw == null ? "" : raw.strip().replace('_', '-');
    try {
      Locale locale = new Locale.Builder().setLanguageTag(t).build();
      String language = locale.getLanguage();
      if (language.length() < 2 || language.length() > 3) {
        throw new IllegalArgumentException(raw);
      }
      return locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(raw, e);
    }
  }

  /** Whether a column name or attribute reads as a language tag. */
  static boolean isTag(String raw) {
    try {
      tag(raw);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String languageTag(Locale locale) {
    return locale.toLanguageTag();
  }

  /** The entry for a tag: itself, else its bare language, else the first regional variant. */
  static <T> T pick(Map<String, T> byTag, String tag, T none) {
    T exact = byTag.get(tag);
    if (exact != null) {
      return exact;
    }
    String language = Locale.forLanguageTag(tag).getLanguage();
    T bare = byTag.get(language);
    if (bare != null) {
      return bare;
    }
    for (Map.Entry<String, T> e : byTag.entrySet()) {
      if (Locale.forLanguageTag(e.getKey()).getLanguage().equals(language)) {
        return e.getValue();
      }
    }
    return none;
  }

  static <T> List<T> pick(Map<String, List<T>> byTag, String tag) {
    return pick(byTag, tag, List.of());
  }
}
