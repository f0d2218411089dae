package org.chorus.translations;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.SentenceBreak;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * The SRX sentence rules of one language, compiled once and shared (they are immutable): Chorus's
 * own rules ({@code chorus-segmentation.srx}: Arabic, Chinese, Japanese, Russian, and exceptions
 * the defaults get wrong) cascaded before Okapi's default rules, and the ICU sentence breaks that
 * the default rules rely on.
 *
 * <p>Each rule is compiled twice: as Okapi does, {@code (before)(after)}, to scan a text for the
 * positions where a break rule fires; and as a zero-width {@code (?<=before)(?=after)} test, to
 * decide at one position. Deciding only at candidate positions (ICU breaks and break-rule hits),
 * instead of running every rule over the whole text, is what makes {@link SentenceSegmenter} fast.
 */
final class SentenceRules {

  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

  /** How far back a rule's "before" part may look once unbounded repeats are bounded. */
  private static final int LOOKBEHIND_LIMIT = 10;

  private static final SRXDocument DEFAULTS = load(false);
  private static final SRXDocument WITH_CHORUS = load(true);
  private static final Map<String, SentenceRules> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** One rule, compiled both ways. */
  record Compiled(
      boolean isBreak, Pattern scan, Pattern at, Pattern slowAt, LastCharacters lastOfBefore) {
    /** Whether the rule could put its break after this character at all. */
    boolean canBreakAfter(char c) {
      return lastOfBefore.contains(c);
    }

    /** A break rule whose hits are found at candidate characters, not by a scan of the text. */
    boolean indexed() {
      return at != null && !lastOfBefore.any();
    }

    /** Whether this rule matches at {@code p}, with a matcher of {@link #at} on the text. */
    boolean matchesAt(Matcher atMatcher, int p) {
      atMatcher.region(p, atMatcher.regionEnd()); // the end stays the text's end
      return atMatcher.lookingAt();
    }

    /** Whether this rule matches with its break point exactly at {@code p} (the slow way). */
    boolean matchesAt(CharSequence text, int p) {
      Matcher m = slowAt.matcher(text);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      int from = Math.max(0, p - LOOKBEHIND_LIMIT);
      while (m.find(from)) {
        int split = m.start() + m.group(1).length();
        if (split == p) {
          return true;
        }
        if (m.start() >= p) {
          return false;
        }
        from = m.start() + 1;
      }
      return false;
    }
  }

  final String language;
  final List<Compiled> rules;
  final List<Compiled> breakRules;
  final boolean useIcu;
  final boolean includeStartCodes;
  final boolean includeEndCodes;
  final boolean includeIsolatedCodes;
  final boolean trimLeading;
  final boolean trimTrailing;

  /** Chorus's rules end a segment at a line break (address lines, contact blocks). */
  final boolean splitAtLineBreaks;

  private final ULocale icuLocale;

  private SentenceRules(String language, SRXDocument srx) {
    this.language = language;
    this.rules = new ArrayList<>();
    for (LanguageMap map : srx.getAllLanguagesMaps()) {
      if (language.matches(map.getPattern())) {
        for (Rule r : srx.getLanguageRules(map.getRuleName())) {
          if (r.isActive()) {
            rules.add(compile(r));
          }
        }
        if (!srx.cascade()) {
          break;
        }
      }
    }
    this.breakRules = rules.stream().filter(Compiled::isBreak).toList();
    this.useIcu = srx.useIcu4JBreakRules();
    this.includeStartCodes = srx.includeStartCodes();
    this.includeEndCodes = srx.includeEndCodes();
    this.includeIsolatedCodes = srx.includeIsolatedCodes();
    this.trimLeading = srx.trimLeadingWhitespaces();
    this.trimTrailing = srx.trimTrailingWhitespaces();
    this.icuLocale = ULocale.createCanonical(language);
    this.splitAtLineBreaks = srx == WITH_CHORUS;
  }

  /** Chorus's rules and Okapi's defaults for a language (Okapi's locale code, e.g. "en-us"). */
  static SentenceRules forLanguage(String language) {
    return BY_LANGUAGE.computeIfAbsent(language, l -> new SentenceRules(l, WITH_CHORUS));
  }

  /** Okapi's default rules alone: to show that this engine segments as Okapi's does. */
  static SentenceRules defaultsOnly(String language) {
    return BY_LANGUAGE.computeIfAbsent(
        "defaults:" + language, l -> new SentenceRules(language, DEFAULTS));
  }

  /**
   * Whether a sentence may end with this character, as these rules see it: a mark that a break rule
   * can break after, or, where the rules rely on ICU, a sentence terminator or closing punctuation
   * by Unicode's sentence-break property. Letters and digits never count (a rule that breaks after
   * letters, as Thai's does, still needs the space that follows them).
   */
  boolean endsSentence(int c) {
    if (Character.isLetterOrDigit(c)) {
      return false;
    }
    if (useIcu) {
      int sb = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
      if (sb == SentenceBreak.STERM || sb == SentenceBreak.ATERM || sb == SentenceBreak.CLOSE) {
        return true;
      }
    }
    return breaksAfter(c);
  }

  /** Whether a break rule of these rules can end a sentence right after this character. */
  boolean breaksAfter(int c) {
    if (c > Character.MAX_VALUE) {
      return false;
    }
    for (Compiled r : breakRules) {
      if (!r.lastOfBefore().any() && r.canBreakAfter((char) c)) {
        return true;
      }
    }
    return false;
  }

  /** A new ICU sentence iterator (ICU caches the rules; an iterator has state). */
  BreakIterator icuSentences() {
    return BreakIterator.getSentenceInstance(icuLocale);
  }

  private static Compiled compile(Rule r) {
    String before = r.getBefore() == null ? "" : r.getBefore();
    String after = r.getAfter() == null ? "" : r.getAfter();
    Pattern scan = Pattern.compile("(" + before + ")(" + after + ")", FLAGS);
    Pattern at;
    try {
      // the look-ahead first: it is anchored at the position and cheap, and fails most often
      at = Pattern.compile("(?=" + after + ")(?<=" + bounded(leadingOnce(before)) + ")", FLAGS);
    } catch (PatternSyntaxException e) {
      at = null; // a look-behind Java cannot bound: decided by the slow path
    }
    return new Compiled(r.isBreak(), scan, at, scan, LastCharacters.of(before));
  }

  private static final Pattern LEADING_REPEAT =
      Pattern.compile(
          "^(\\[[^\\]\\[]*\\]|\\\\[pP]\\{\\w+\\}|\\\\[swdSWD]|\\\\.|[^\\\\()\\[|^$.?*+{])(\\+|\\*|\\{(\\d+),\\d*\\})");

  /**
   * For a look-behind, a repeat at the very start of the pattern needs only its minimum: if some
   * suffix matches with k repeats, the suffix with the fewest also does. Keeps look-behinds short.
   */
  static String leadingOnce(String regex) {
    if (topLevelAlternation(regex)) {
      return regex;
    }
    Matcher m = LEADING_REPEAT.matcher(regex);
    if (!m.find()) {
      return regex;
    }
    String atom = m.group(1);
    String q = m.group(2);
    int min = q.equals("+") ? 1 : q.equals("*") ? 0 : Integer.parseInt(m.group(3));
    String rest = regex.substring(m.end());
    if (rest.startsWith("?") || rest.startsWith("+")) {
      rest = rest.substring(1);
    }
    return (min == 0 ? "" : min == 1 ? atom : atom + "{" + min + "}") + rest;
  }

  private static boolean topLevelAlternation(String regex) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** The regex with unbounded repeats (+, *, {n,}) outside character classes given a bound. */
  static String bounded(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 16);
    int classDepth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
        continue;
      }
      if (c == '[') {
        classDepth++;
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
      }
      if (classDepth == 0 && (c == '+' || c == '*')) {
        boolean possessiveOrLazy =
            i + 1 < regex.length() && (regex.charAt(i + 1) == '?' || regex.charAt(i + 1) == '+');
        out.append(c == '+' ? "{1," + LOOKBEHIND_LIMIT + "}" : "{0," + LOOKBEHIND_LIMIT + "}");
        if (possessiveOrLazy) {
          i++;
        }
        continue;
      }
      if (classDepth == 0 && c == '{') {
        int close = regex.indexOf('}', i);
        if (close > 0 && regex.substring(i, close).matches("\\{\\d+,")) {
          out.append(regex, i, close).append(LOOKBEHIND_LIMIT).append('}');
          i = close;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static SRXDocument load(boolean withChorusRules) {
    SRXDocument okapi = new SRXDocument();
    SRXDocument ours = new SRXDocument();
    try (InputStream defaults = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx");
        InputStream chorus = SentenceRules.class.getResourceAsStream("chorus-segmentation.srx")) {
      okapi.loadRules(defaults);
      if (!withChorusRules) {
        return okapi;
      }
      ours.loadRules(chorus);
    } catch (IOException e) {
      throw new UncheckedIOException("segmentation rules are missing", e);
    }
    // Chorus's language rules go first: cascading applies them before the defaults.
    ours.getAllLanguageRules().forEach((name, rules) -> okapi.addLanguageRule(name, rules));
    List<LanguageMap> maps = okapi.getAllLanguagesMaps();
    maps.addAll(0, ours.getAllLanguagesMaps());
    return okapi;
  }
}
