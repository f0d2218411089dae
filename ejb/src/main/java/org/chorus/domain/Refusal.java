package org.chorus.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why an action was refused, in no language yet: a message key of the bundle {@code
 * org.chorus.domain.refusals} and its arguments. Pages say it in the viewer's language, the API in
 * the language of {@code Accept-Language}; the English text is the exception's message, for logs.
 *
 * @param key the key in {@code refusals.properties}, e.g. {@code segment.notFound}
 * @param arguments the values the message names, in order ({@code {0}}, {@code {1}}...)
 */
public record Refusal(String key, List<Object> arguments) {

  static final String BUNDLE = "org.chorus.domain.refusals";

  /** The key of a refusal written before refusals had keys: its one argument is the text. */
  static final String TEXT = "text";

  public Refusal {
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  public static Refusal of(String key, Object... arguments) {
    return new Refusal(key, Arrays.stream(arguments).map(a -> a == null ? "" : a).toList());
  }

  /** A refusal whose text is already written (in English). */
  public static Refusal text(String message) {
    return of(TEXT, message);
  }

  /**
   * An argument that is itself said in the reader's language, such as a quality check's message
   * inside the refusal of a submit; its {@code toString()} is what programs get, in English.
   */
  public interface Phrase {
    String in(Locale locale);
  }

  /** The message in a language (English when the bundle has none for it). */
  public String message(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Refusal.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key + (arguments.isEmpty() ? "" : " " + arguments);
    }
    Object[] said = arguments.stream().map(a -> a instanceof Phrase p ? p.in(locale) : a).toArray();
    return new MessageFormat(pattern, locale).format(said);
  }

  /** The message in English. */
  public String english() {
    return message(Locale.ROOT);
  }
}
