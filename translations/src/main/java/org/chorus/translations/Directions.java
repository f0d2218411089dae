package org.chorus.translations;

import java.util.Locale;
import java.util.Set;

/** Which languages are written right to left. */
public final class Directions {
  private static final Set<String> RTL =
      Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug");

  private Directions() {}

  public static boolean isRightToLeft(Locale locale) {
    return RTL.contains(locale.getLanguage());
  }
}
