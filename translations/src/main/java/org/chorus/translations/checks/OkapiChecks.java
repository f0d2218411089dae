package org.chorus.translations.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.IssueType;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.verification.GeneralChecker;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.PatternItem;
import net.sf.okapi.lib.verification.PatternsChecker;
import org.chorus.translations.Placeholder;

/**
 * The checks taken from Okapi's verification library ({@code okapi-lib-verification}), run on a
 * text unit made from the pair: {@link GeneralChecker} for leading and trailing white space and
 * doubled words, {@link PatternsChecker} with "same in the target" patterns for URLs, e-mail
 * addresses, handles and phone numbers. Each placeholder becomes an Okapi code whose data is the
 * placeholder itself, so that Okapi's display offsets are offsets in Chorus's text. Okapi's issues
 * (English sentences) are turned into Chorus's codes, keys and arguments here; none leaves this
 * class.
 *
 * <p>Okapi's checkers keep state, so each {@link Session} has its own; a session checks one segment
 * or a whole localization on one thread.
 */
final class OkapiChecks {

  /** Pattern descriptions carry the kind: Okapi reports them as "kind\tmatched text". */
  private static final String URL =
      "(?:https?://|www\\.)[^\\s{}<>\"\\uE000-\\uF8FF]+[^\\s{}<>\".,;:!?)\\]'\\uE000-\\uF8FF]";

  private static final String EMAIL =
      "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+";
  private static final String HANDLE = "(?<![\\p{L}\\p{N}_@./])@[A-Za-z0-9_]{2,30}\\b";
  private static final String PHONE =
      "(?<![\\p{L}\\p{N}])(?!\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}(?!\\d))\\+?\\(?\\d(?:[ ()./-]{0,2}\\d){6,}(?![\\p{L}\\p{N}])";

  private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  private static final Pattern PHONE_PATTERN = Pattern.compile(PHONE);

  private final LocaleId source;
  private final LocaleId target;

  OkapiChecks(Locale source, Locale target) {
    this.source = LocaleId.fromBCP47(source.toLanguageTag());
    this.target = LocaleId.fromBCP47(target.toLanguageTag());
  }

  Session session(CheckSettings settings) {
    return new Session(settings);
  }

  final class Session {
    private final List<net.sf.okapi.lib.verification.Issue> found = new ArrayList<>();
    private final GeneralChecker general;
    private final PatternsChecker patterns;

    private Session(CheckSettings settings) {
      StartDocument document = new StartDocument("chorus");
      document.setName("chorus");
      document.setMultilingual(true);
      boolean spaces = settings.on(Check.SPACES);
      boolean doubled = settings.on(Check.REPEATED_WORD);
      if (spaces || doubled) {
        Parameters p = quiet();
        p.setLeadingWS(spaces);
        p.setTrailingWS(spaces);
        p.setDoubledWord(doubled);
        p.setDoubledWordExceptions("sie;vous;nous;had;that");
        general = new GeneralChecker();
        general.startProcess(source, target, p, found);
        general.processStartDocument(document, null);
      } else {
        general = null;
      }
      if (settings.on(Check.CONTACTS)) {
        Parameters p = quiet();
        p.setCheckPatterns(true);
        p.setShowOnlyPatternDescription(true);
        p.setPatterns(
            List.of(
                same(URL, "url"),
                same(EMAIL, "email"),
                same(HANDLE, "handle"),
                same(PHONE, "phone")));
        patterns = new PatternsChecker();
        patterns.startProcess(source, target, p, found);
        patterns.processStartDocument(document, null);
      } else {
        patterns = null;
      }
    }

    void check(Pair p, Issues out, boolean compared) {
      // Building an Okapi text unit costs more than these tests: most segments need none.
      boolean runGeneral = general != null && (edgeSpace(p) || doubledWord(p.target));
      boolean runPatterns = patterns != null && compared && contact(p.source);
      if (!runGeneral && !runPatterns) {
        return;
      }
      TextFragment src = fragment(p.source);
      TextFragment trg = fragment(p.target);
      ITextUnit unit = new TextUnit("u");
      unit.setSource(new TextContainer(src));
      unit.setTarget(target, new TextContainer(trg));
      found.clear();
      if (runGeneral) {
        general.processTextUnit(unit);
      }
      if (runPatterns) {
        patterns.processTextUnit(unit);
      }
      for (net.sf.okapi.lib.verification.Issue issue : found) {
        translate(issue, p, src, trg, compared, out);
      }
    }

    private void translate(
        net.sf.okapi.lib.verification.Issue issue,
        Pair p,
        TextFragment src,
        TextFragment trg,
        boolean compared,
        Issues out) {
      IssueType type = issue.getIssueType();
      String name = type.name();
      if (name.endsWith("LEADINGWS") || name.endsWith("TRAILINGWS")) {
        if (!compared) {
          return; // an adapted text has no source to keep the spaces of
        }
        String key = name.endsWith("LEADINGWS") ? "spaces.leading" : "spaces.trailing";
        Span s = coded(src, issue.getSourceStart(), issue.getSourceEnd());
        Span t = coded(trg, issue.getTargetStart(), issue.getTargetEnd());
        out.add(Check.SPACES, key, s, t);
      } else if (type == IssueType.SUSPECT_PATTERN) {
        Span t = display(p.target, issue.getTargetStart(), issue.getTargetEnd());
        String word = t == null ? "" : p.target.substring(t.start(), t.end());
        out.add(Check.REPEATED_WORD, "repeated-word", null, t, word);
      } else if (type == IssueType.UNEXPECTED_PATTERN) {
        String[] kindAndText = issue.getMessage().split("\t", 2);
        Span s = display(p.source, issue.getSourceStart(), issue.getSourceEnd());
        out.add(Check.CONTACTS, "contact-missing." + kindAndText[0], s, null, kindAndText[1]);
      }
    }
  }

  private static boolean edgeSpace(Pair p) {
    return edgeSpace(p.source) || edgeSpace(p.target);
  }

  private static boolean edgeSpace(String text) {
    return !text.isEmpty() && (space(text.charAt(0)) || space(text.charAt(text.length() - 1)));
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether two neighbouring words (punctuation at their edges aside) are the same. */
  private static boolean doubledWord(String text) {
    String previous = "";
    for (String token : text.split("\\s+")) {
      String word = WORD_EDGES.matcher(token).replaceAll("");
      if (!word.isEmpty() && word.equals(previous)) {
        return true;
      }
      previous = word;
    }
    return false;
  }

  /** Whether a text may hold a URL, an e-mail address, a handle or a phone number. */
  private static boolean contact(String text) {
    if (text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.")) {
      return true;
    }
    return PHONE_PATTERN.matcher(text).find();
  }

  private static Parameters quiet() {
    Parameters p = new Parameters();
    p.setLeadingWS(false);
    p.setTrailingWS(false);
    p.setEmptyTarget(false);
    p.setEmptySource(false);
    p.setTargetSameAsSource(false);
    p.setCheckPatterns(false);
    p.setDoubledWord(false);
    p.setCheckStorageSize(false);
    p.setCheckMaxCharLength(false);
    p.setCheckMinCharLength(false);
    p.setCheckAbsoluteMaxCharLength(false);
    p.setCheckXliffSchema(false);
    p.setCodeDifference(false);
    p.setCorruptedCharacters(false);
    p.setCheckAllowedCharacters(false);
    return p;
  }

  private static PatternItem same(String regex, String kind) {
    return new PatternItem(regex, PatternItem.SAME, true, 1, kind + "\t@@");
  }

  /** Chorus placeholder text as an Okapi fragment whose codes' data are the placeholders. */
  static TextFragment fragment(String text) {
    TextFragment f = new TextFragment();
    Matcher m = Placeholder.PATTERN.matcher(text);
    int last = 0;
    while (m.find()) {
      f.append(text.substring(last, m.start()));
      TagType type =
          !m.group(1).isEmpty()
              ? TagType.CLOSING
              : !m.group(3).isEmpty() ? TagType.PLACEHOLDER : TagType.OPENING;
      String id = m.group(2);
      int number =
          id.startsWith("p") ? 100_000 + Integer.parseInt(id.substring(1)) : Integer.parseInt(id);
      Code code = f.append(type, "x", m.group(), number);
      code.setId(number);
      last = m.end();
    }
    f.append(text.substring(last));
    return f;
  }

  /** A span Okapi gives in coded-text offsets (its white-space checks) in Chorus's offsets. */
  private static Span coded(TextFragment f, int start, int end) {
    if (start < 0 || end <= start) {
      return null;
    }
    return new Span(
        TextFragment.fromFragmentToString(f, start), TextFragment.fromFragmentToString(f, end));
  }

  /** A span Okapi gives in display offsets, which are Chorus's since code data are placeholders. */
  private static Span display(String text, int start, int end) {
    if (start < 0 || end <= start || end > text.length()) {
      return null;
    }
    return new Span(start, end);
  }
}
