package org.chorus.translations.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and dates of the source in the translation, each in the target locale's forms.
 *
 * <p>Dates first: each side's dates are read with its own language's month names (and the target's
 * also with the source's, to catch a month left untranslated); the same day must be in the
 * translation. Then numbers, outside the dates: each side's runs of digits are read with its own
 * locale's separators, so 1,234.5 (en), 1 234,5 (fr), 1.234,5 (de), 1’234.5 (de-CH), ١٬٢٣٤٫٥ (ar)
 * and १२,३४५ (hi) are compared by value. A number copied from the source as it was written is
 * accepted when the target locale cannot misread it (a reference such as "UA 101.26" in French) and
 * reported as a form issue when it can ("1,234" means 1.234 in French) or when it has grouping
 * separators; one written in the source's form but not the target's is a form issue with the
 * target's form as suggestion.
 */
final class NumbersCheck {

  private static final Pattern NUMBER =
      Pattern.compile("\\p{Nd}+(?:[" + Pattern.quote(NumberForms.SEPARATORS) + "]\\p{Nd}+)*");
  private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u202F\\u2009 ]");
  private static final Pattern NOT_DIGIT = Pattern.compile("[^\\p{Nd}]");

  /**
   * A run of digits: its value as its side's locale reads it (null when it would not write it so)
   * and, for such a run, its parts read one by one.
   */
  private record Number(BigDecimal value, String text, int start, int end, List<Number> parts) {}

  private final NumberForms sourceNumbers;
  private final NumberForms targetNumbers;
  private final DateForms sourceDates;
  private final DateForms targetDates;

  NumbersCheck(Locale source, Locale target) {
    sourceNumbers = new NumberForms(source);
    targetNumbers = new NumberForms(target);
    sourceDates = new DateForms(source);
    targetDates = new DateForms(target);
  }

  void check(Pair p, Issues out, boolean numbers, boolean dates) {
    List<DateForms.Found> inSource = sourceDates.find(p.maskedSource);
    List<DateForms.Found> inTarget = targetDates.find(p.maskedTarget);
    List<DateForms.Found> foreign = new ArrayList<>();
    List<DateForms.Found> untranslated =
        inSource.isEmpty() ? List.of() : sourceDates.find(p.maskedTarget);
    for (DateForms.Found f : untranslated) {
      if (inTarget.stream().noneMatch(t -> t.start() < f.end() && f.start() < t.end())) {
        foreign.add(f);
      }
    }
    if (dates) {
      compareDates(p, inSource, inTarget, foreign, out);
    }
    if (numbers) {
      List<DateForms.Found> allTarget = new ArrayList<>(inTarget);
      allTarget.addAll(foreign);
      List<Number> src = new ArrayList<>();
      for (Number n : numbers(blank(p.maskedSource, inSource), sourceNumbers)) {
        src.addAll(n.value() == null ? n.parts() : List.of(n));
      }
      List<Number> trg = numbers(blank(p.maskedTarget, allTarget), targetNumbers);
      compareNumbers(p, src, trg, out);
    }
  }

  private void compareDates(
      Pair p,
      List<DateForms.Found> source,
      List<DateForms.Found> target,
      List<DateForms.Found> foreign,
      Issues out) {
    List<DateForms.Found> left = new ArrayList<>(source);
    List<DateForms.Found> unmatched = new ArrayList<>();
    for (DateForms.Found t : target) {
      if (!take(left, t)) {
        unmatched.add(t);
      }
    }
    for (DateForms.Found t : unmatched) {
      DateForms.Found partial = partial(left, t);
      if (partial != null) {
        left.remove(partial); // the same day with a part left out: reported as missing below
        out.add(
            Check.DATES, "date-mismatch.missing", span(partial), span(t), text(p.source, partial));
      } else {
        out.add(Check.DATES, "date-mismatch.added", null, span(t), text(p.target, t));
      }
    }
    for (DateForms.Found t : foreign) {
      if (take(left, t)) {
        out.add(
            Check.DATES,
            "date-mismatch.form",
            null,
            span(t),
            text(p.target, t),
            targetDates.format(t.value()));
      }
    }
    for (DateForms.Found s : left) {
      out.add(Check.DATES, "date-mismatch.missing", span(s), null, text(p.source, s));
    }
  }

  /** A source date of which the target date is a part: the year or the day left out. */
  private static DateForms.Found partial(List<DateForms.Found> left, DateForms.Found target) {
    DateForms.Value t = target.value();
    for (DateForms.Found s : left) {
      DateForms.Value v = s.value();
      boolean noYear =
          t.year() == null && v.year() != null && v.day() != null && v.day().equals(t.day());
      boolean noDay =
          t.day() == null && v.day() != null && v.year() != null && v.year().equals(t.year());
      if (v.month() == t.month() && (noYear || noDay)) {
        return s;
      }
    }
    return null;
  }

  private boolean take(List<DateForms.Found> left, DateForms.Found target) {
    for (int i = 0; i < left.size(); i++) {
      if (targetDates.same(left.get(i).value(), target.value())) {
        left.remove(i);
        return true;
      }
    }
    return false;
  }

  private void compareNumbers(Pair p, List<Number> source, List<Number> target, Issues out) {
    List<Number> left = new ArrayList<>(source);
    List<Number> unmatched = new ArrayList<>();
    for (Number t : target) {
      if (t.value() == null || !take(left, t.value())) {
        unmatched.add(t);
      }
    }
    for (Number t : unmatched) {
      Number copied = copied(left, t);
      BigDecimal asSource = sourceNumbers.parse(t.text());
      if (copied != null) {
        left.remove(copied);
        boolean misread = t.value() != null || sourceNumbers.grouped(copied.text());
        if (misread) {
          form(t, copied.value(), out);
        }
      } else if (asSource != null && take(left, asSource)) {
        form(t, asSource, out);
      } else if (t.value() == null) {
        for (Number part : t.parts()) {
          if (!take(left, part.value())) {
            out.add(Check.NUMBERS, "number-mismatch.added", null, span(part), part.text());
          }
        }
      } else {
        out.add(Check.NUMBERS, "number-mismatch.added", null, span(t), t.text());
      }
    }
    for (Number s : left) {
      out.add(Check.NUMBERS, "number-mismatch.missing", span(s), null, s.text());
    }
  }

  private void form(Number t, BigDecimal value, Issues out) {
    out.add(
        Check.NUMBERS,
        "number-mismatch.form",
        null,
        span(t),
        t.text(),
        targetNumbers.format(value));
  }

  private static Number copied(List<Number> left, Number t) {
    return left.stream().filter(s -> s.text().equals(t.text())).findFirst().orElse(null);
  }

  private static boolean take(List<Number> left, BigDecimal value) {
    for (int i = 0; i < left.size(); i++) {
      BigDecimal v = left.get(i).value();
      if (v != null && v.compareTo(value) == 0) {
        left.remove(i);
        return true;
      }
    }
    return false;
  }

  /**
   * The runs of digits of a text, each read whole and, when the locale would not write it, in
   * parts.
   */
  private static List<Number> numbers(String text, NumberForms forms) {
    List<Number> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(read(m.group(), m.start(), forms));
    }
    return out;
  }

  /**
   * A run read whole, or in parts: first split at spaces ("2026 150"), then at every separator
   * ("31.07" as 31 and 7).
   */
  private static Number read(String token, int start, NumberForms forms) {
    BigDecimal value = forms.parse(token);
    if (value != null) {
      return new Number(value, token, start, start + token.length(), List.of());
    }
    List<Number> parts = new ArrayList<>();
    boolean spaced = SPACES.matcher(token).find();
    Matcher cut = (spaced ? SPACES : NOT_DIGIT).matcher(token);
    int from = 0;
    while (from <= token.length()) {
      int to = cut.find() ? cut.start() : token.length();
      Number part = read(token.substring(from, to), start + from, forms);
      parts.addAll(part.value() == null ? part.parts() : List.of(part));
      from = to == token.length() ? to + 1 : cut.end();
    }
    return new Number(null, token, start, start + token.length(), parts);
  }

  private static String blank(String text, List<DateForms.Found> dates) {
    if (dates.isEmpty()) {
      return text;
    }
    char[] out = text.toCharArray();
    for (DateForms.Found d : dates) {
      Arrays.fill(out, d.start(), d.end(), Pair.MASK);
    }
    return new String(out);
  }

  private static Span span(Number n) {
    return new Span(n.start(), n.end());
  }

  private static Span span(DateForms.Found f) {
    return new Span(f.start(), f.end());
  }

  private static String text(String text, DateForms.Found f) {
    return text.substring(f.start(), f.end());
  }
}
