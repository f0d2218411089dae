package org.chorus.translations.checks;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a locale writes dates, from CLDR through ICU: its Gregorian month names (wide and
 * abbreviated, in running text and standalone, as written, capitalised and in capitals), the order
 * of day, month and year in its short numeric form, and its long form for suggestions. Finds "31
 * July 2026", "July 31, 2026", "31. Juli 2026", "31 de julio de 2026", "٣١ يوليو ٢٠٢٦",
 * "2026年7月31日", "2026년 7월 31일", "31/07/2026" and "2026-07-31"; a date without a year ("since 9
 * June") or without a day ("July 2026") is found as such.
 */
final class DateForms {

  /** A date as found: year or day may be missing (null). */
  record Value(Integer year, int month, Integer day) {}

  /** A date found in a text. */
  record Found(int start, int end, Value value) {}

  private static final String DAY = "(\\p{Nd}{1,2})(?:st|nd|rd|th|er|re|º|ª)?\\.?";
  private static final String YEAR = "(\\p{Nd}{4})";
  private static final Pattern CJK =
      Pattern.compile(
          "(?:(\\p{Nd}{4})\\s*[年년]\\s*)?(\\p{Nd}{1,2})\\s*[月월](?:\\s*(\\p{Nd}{1,2})\\s*[日일])?");
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\p{Nd}.,/-])(\\p{Nd}{1,4})([./-])(\\p{Nd}{1,2})\\2(\\p{Nd}{1,4})(?![\\p{Nd}]|[.,/-]\\p{Nd})");

  private final ULocale locale;
  private final Map<String, Integer> months = new LinkedHashMap<>();
  private final Pattern dayMonth;
  private final Pattern monthDay;
  private final Pattern monthYear;
  private final boolean dayFirst;
  private final boolean buddhistEra;

  DateForms(Locale locale) {
    this.locale = ULocale.forLocale(locale);
    DateFormatSymbols symbols =
        new DateFormatSymbols(new GregorianCalendar(TimeZone.GMT_ZONE, this.locale), this.locale);
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
        String[] names = symbols.getMonths(context, width);
        for (int m = 0; m < 12; m++) {
          String name = names[m].replace(".", "").strip();
          if (!name.isEmpty() && !Character.isDigit(name.codePointAt(0))) {
            addName(name, m + 1);
          }
        }
      }
    }
    String month = "(?<!\\p{L})(?=[" + firstLetters() + "])(" + alternation() + ")\\.?(?!\\p{L})";
    dayMonth =
        Pattern.compile(
            "(?<![\\p{Nd}])"
                + DAY
                + "(?:\\s+de)?\\s*"
                + month
                + "(?:,?\\s+(?:de\\s+|del\\s+)?"
                + YEAR
                + ")?(?![\\p{Nd}])");
    monthDay = Pattern.compile(month + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?(?![\\p{Nd}])");
    monthYear = Pattern.compile(month + "(?:\\s+de)?,?\\s+" + YEAR + "(?![\\p{Nd}])");
    String shortPattern =
        ((SimpleDateFormat) DateFormat.getDateInstance(DateFormat.SHORT, this.locale)).toPattern();
    dayFirst = shortPattern.indexOf('d') < shortPattern.indexOf('M');
    buddhistEra = "th".equals(this.locale.getLanguage());
  }

  private void addName(String name, int month) {
    String lower = UCharacter.toLowerCase(locale, name);
    String capital = UCharacter.toTitleCase(locale, lower, null, UCharacter.TITLECASE_NO_LOWERCASE);
    for (String form : List.of(name, capital, UCharacter.toUpperCase(locale, name))) {
      months.putIfAbsent(form, month);
    }
  }

  /** The letters month names start with: a cheap test before trying each name in turn. */
  private String firstLetters() {
    StringBuilder out = new StringBuilder();
    for (String name : months.keySet()) {
      String first = new String(Character.toChars(name.codePointAt(0)));
      if (out.indexOf(first) < 0) {
        out.append(Pattern.quote(first));
      }
    }
    return out.length() == 0 ? "\\x{0}" : out.toString();
  }

  private String alternation() {
    if (months.isEmpty()) {
      return "(?!)";
    }
    List<String> names = new ArrayList<>(months.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder out = new StringBuilder();
    for (String n : names) {
      out.append(out.length() == 0 ? "" : "|").append(Pattern.quote(n));
    }
    return out.toString();
  }

  /** The dates in a (masked) text, left to right, none overlapping. */
  List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    if (!hasDigit(text)) {
      return found;
    }
    collect(CJK.matcher(text), found, m -> value(m.group(1), m.group(2), m.group(3)));
    collect(dayMonth.matcher(text), found, m -> value(m.group(3), month(m.group(2)), m.group(1)));
    collect(monthDay.matcher(text), found, m -> value(m.group(3), month(m.group(1)), m.group(2)));
    collect(monthYear.matcher(text), found, m -> value(m.group(2), month(m.group(1)), null));
    collect(NUMERIC.matcher(text), found, this::numeric);
    found.sort(Comparator.comparingInt(Found::start));
    return found;
  }

  private interface Reading {
    Value read(Matcher m);
  }

  private static void collect(Matcher m, List<Found> found, Reading reading) {
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (found.stream().anyMatch(f -> f.start() < e && s < f.end())) {
        continue;
      }
      Value v = reading.read(m);
      if (v != null) {
        found.add(new Found(s, e, v));
      }
    }
  }

  private String month(String name) {
    Integer m = months.get(name);
    return m == null ? null : String.valueOf(m);
  }

  private static Value value(String year, String month, String day) {
    if (month == null) {
      return null;
    }
    int m = number(month);
    Integer d = day == null ? null : number(day);
    if (m < 1 || m > 12 || d != null && (d < 1 || d > 31)) {
      return null;
    }
    return new Value(year == null ? null : number(year), m, d);
  }

  private Value numeric(Matcher m) {
    String a = m.group(1);
    String b = m.group(3);
    String c = m.group(4);
    if (a.length() == 4) {
      return value(a, b, c);
    }
    if (c.length() != 4 && c.length() != 2) {
      return null;
    }
    String year = c.length() == 2 ? "20" + c : c;
    Value v = dayFirst ? value(year, b, a) : value(year, a, b);
    return v != null ? v : dayFirst ? value(year, a, b) : value(year, b, a);
  }

  /** Whether two dates are the same, a Thai Buddhist-era year matching its Gregorian year. */
  boolean same(Value source, Value target) {
    if (source.month() != target.month() || !Objects.equals(source.day(), target.day())) {
      return false;
    }
    if (source.year() == null || target.year() == null) {
      return source.year() == null && target.year() == null;
    }
    int s = source.year();
    int t = target.year();
    return s == t || buddhistEra && t == s + 543;
  }

  /** The date as this locale writes it in running text. */
  String format(Value v) {
    String skeleton = (v.year() == null ? "" : "y") + "MMMM" + (v.day() == null ? "" : "d");
    DateFormat f = DateFormat.getInstanceForSkeleton(skeleton, locale);
    f.setTimeZone(TimeZone.GMT_ZONE);
    GregorianCalendar c = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
    c.clear();
    c.set(v.year() == null ? 2001 : v.year(), v.month() - 1, v.day() == null ? 1 : v.day());
    return f.format(c.getTime());
  }

  private static int number(String digits) {
    int n = 0;
    for (int i = 0; i < digits.length(); ) {
      int cp = digits.codePointAt(i);
      n = n * 10 + UCharacter.digit(cp, 10);
      i += Character.charCount(cp);
    }
    return n;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
