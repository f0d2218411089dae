package org.chorus.translations.checks;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a locale writes numbers, from CLDR through ICU: its decimal and grouping separators in its
 * default numbering system and in Latin digits (Arabic text uses both ١٬٢٣٤٫٥ and 1,234.5), a
 * space-like grouping separator standing for all spaces, since people type whichever they have.
 * Digits of any script are read by value.
 */
final class NumberForms {

  /** Characters that may stand between digit groups in some locale. */
  static final String SEPARATORS = ".,'’\u066B\u066C\u00A0\u202F\u2009 ";

  private static final String SPACES = "\u00A0\u202F\u2009 ";

  private final ULocale locale;
  private final Set<Character> decimals = new HashSet<>();
  private final Set<Character> groups = new HashSet<>();

  NumberForms(Locale locale) {
    this.locale = ULocale.forLocale(locale);
    for (DecimalFormatSymbols s : symbols(this.locale)) {
      decimals.add(s.getDecimalSeparator());
      char g = s.getGroupingSeparator();
      if (SPACES.indexOf(g) >= 0) {
        SPACES.chars().forEach(c -> groups.add((char) c));
      } else {
        groups.add(g);
        if (g == '’') {
          groups.add('\'');
        }
      }
    }
    groups.removeAll(decimals);
  }

  private static List<DecimalFormatSymbols> symbols(ULocale locale) {
    List<DecimalFormatSymbols> out = new ArrayList<>();
    out.add(DecimalFormatSymbols.getInstance(locale));
    if (!"latn".equals(NumberingSystem.getInstance(locale).getName())) {
      out.add(DecimalFormatSymbols.forNumberingSystem(locale, NumberingSystem.LATIN));
    }
    return out;
  }

  /**
   * The value of a run of digits and separators as this locale reads it, or null when the locale
   * would not write it so: one kind of grouping separator between groups of three (or two, as in
   * Indian 12,34,567), at most one decimal separator, last.
   */
  BigDecimal parse(String token) {
    StringBuilder digits = new StringBuilder();
    List<Integer> groupSizes = new ArrayList<>();
    char grouping = 0;
    int run = 0;
    int fraction = -1;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      i += Character.charCount(cp);
      int d = UCharacter.digit(cp, 10);
      if (d >= 0) {
        digits.append((char) ('0' + d));
        run++;
        continue;
      }
      char c = (char) cp;
      if (fraction >= 0) {
        return null; // nothing after the decimals
      }
      if (decimals.contains(c)) {
        groupSizes.add(run);
        fraction = digits.length();
      } else if (groups.contains(c) && (grouping == 0 || grouping == c)) {
        grouping = c;
        groupSizes.add(run);
      } else {
        return null;
      }
      run = 0;
    }
    if (fraction < 0) {
      groupSizes.add(run);
    }
    if (grouping != 0 && !validGroups(groupSizes)) {
      return null;
    }
    if (fraction >= 0 && (fraction == digits.length() || fraction == 0)) {
      return null;
    }
    String plain =
        fraction < 0
            ? digits.toString()
            : digits.substring(0, fraction) + "." + digits.substring(fraction);
    return new BigDecimal(plain);
  }

  /** First group 1 to 3 digits, the last 3, those between 2 or 3. */
  private static boolean validGroups(List<Integer> sizes) {
    if (sizes.size() < 2 || sizes.get(0) < 1 || sizes.get(0) > 3) {
      return false;
    }
    for (int i = 1; i < sizes.size(); i++) {
      int s = sizes.get(i);
      boolean last = i == sizes.size() - 1;
      if (last ? s != 3 : s != 2 && s != 3) {
        return false;
      }
    }
    return true;
  }

  /** Whether a token uses one of this locale's grouping separators. */
  boolean grouped(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (groups.contains(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The value as this locale writes it, with as many decimals as it has. */
  String format(BigDecimal value) {
    NumberFormat f = NumberFormat.getInstance(locale);
    int scale = Math.max(0, value.scale());
    f.setMinimumFractionDigits(scale);
    f.setMaximumFractionDigits(scale);
    return f.format(value);
  }
}
