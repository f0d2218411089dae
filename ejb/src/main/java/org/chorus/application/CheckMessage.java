package org.chorus.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.chorus.domain.Refusal;
import org.chorus.translations.checks.Issue;
import org.chorus.translations.checks.QualityChecks;

/**
 * A quality check's message, said in a reader's language from the engine's bundle ({@code
 * org/chorus/translations/checks/checks.properties}, {@code _fr}, {@code _ar}); English when the
 * bundle has none for the language.
 */
record CheckMessage(String key, List<String> arguments) implements Refusal.Phrase {

  static final String BUNDLE = "org.chorus.translations.checks.checks";

  CheckMessage {
    arguments = List.copyOf(arguments);
  }

  static CheckMessage of(Issue issue) {
    return new CheckMessage(issue.key(), issue.arguments());
  }

  @Override
  public String in(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            QualityChecks.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return new MessageFormat(bundle.getString(key), locale).format(arguments.toArray());
    } catch (MissingResourceException e) {
      return key + " " + arguments;
    }
  }

  @Override
  public String toString() {
    return in(Locale.ROOT);
  }

  /** Several messages as one, each in the reader's language. */
  record Joined(List<CheckMessage> messages) implements Refusal.Phrase {
    @Override
    public String in(Locale locale) {
      return String.join(" ", messages.stream().map(m -> m.in(locale)).toList());
    }

    @Override
    public String toString() {
      return in(Locale.ROOT);
    }
  }
}
