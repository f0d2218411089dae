package org.chorus.web.pages;

import java.util.Locale;
import java.util.Set;

/** Which languages are written right to left. */
final class Directions {
  private static final Set<String> RTL =
      Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug");

  private Directions() {}

  static String of(Locale locale) {
    return RTL.contains(locale.getLanguage()) ? "rtl" : "ltr";
  }
}
