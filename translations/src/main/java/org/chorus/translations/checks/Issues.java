package org.chorus.translations.checks;

import java.util.ArrayList;
import java.util.List;

/** The issues of one segment as the checks add them, each with its check's severity. */
final class Issues {

  private final CheckSettings settings;
  private final List<Issue> found = new ArrayList<>();

  Issues(CheckSettings settings) {
    this.settings = settings;
  }

  void add(Check check, String key, Span source, Span target, String... arguments) {
    found.add(
        new Issue(check.code(), key, settings.severity(check), List.of(arguments), source, target));
  }

  List<Issue> list() {
    return found;
  }
}
