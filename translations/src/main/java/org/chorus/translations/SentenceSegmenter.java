package org.chorus.translations;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;

/**
 * Splits a text unit into sentences by {@link SentenceRules}: the SRX algorithm (the first rule
 * that matches at a position decides; ICU's sentence breaks come last), applied only at the
 * positions where a break can happen at all.
 *
 * <p>Inline codes are taken out of the text before the rules run and put back after, and the
 * segment ranges follow the SRX options for codes at a break and for white space, as Okapi's
 * segmenter does, so that both give the same sentences from the same rules.
 */
final class SentenceSegmenter {

  private final SentenceRules rules;
  // One matcher per rule and one ICU iterator, reset for each text: a segmenter serves one walk
  // of one document, on one thread.
  private final Matcher[] at;
  private final Matcher[] scan;
  private final BreakIterator icu;

  SentenceSegmenter(SentenceRules rules) {
    this.rules = rules;
    this.at = new Matcher[rules.rules.size()];
    this.scan = new Matcher[rules.breakRules.size()];
    this.icu = rules.useIcu ? rules.icuSentences() : null;
  }

  SentenceRules rules() {
    return rules;
  }

  /** How many sentences a plain text holds. */
  int count(String text) {
    return ranges(new TextContainer(text)).size();
  }

  /** The sentence ranges of a text unit's (unsegmented) content, in coded-text positions. */
  List<Range> ranges(TextContainer container) {
    String coded = container.getCodedText();
    StringBuilder plain = new StringBuilder(coded.length());
    int[] toCoded = new int[coded.length() + 1];
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (TextFragment.isMarker(c)) {
        i++;
        continue;
      }
      toCoded[plain.length()] = i;
      plain.append(c);
    }
    toCoded[plain.length()] = coded.length();
    TreeMap<Integer, Boolean> decisions = decide(plain);
    java.util.TreeSet<Integer> splits = new java.util.TreeSet<>();
    for (var e : decisions.entrySet()) {
      int p = e.getKey();
      if (e.getValue() && p > 0 && p < plain.length()) {
        // right after the character before the break: codes there start the next sentence
        splits.add(includeCodes(coded, toCoded[p - 1] + 1));
      }
    }
    if (rules.splitAtLineBreaks) {
      splits.addAll(lineBreaks(container, coded));
    }
    return rangesOf(coded, new ArrayList<>(splits));
  }

  /** Positions right after each line-break code ({@code <br>}, a soft return): one line each. */
  private static List<Integer> lineBreaks(TextContainer container, String coded) {
    List<Integer> positions = new ArrayList<>();
    net.sf.okapi.common.resource.TextFragment fragment = container.getFirstContent();
    if (!container.contentIsOneSegment() || fragment.getCodes().isEmpty()) {
      return positions;
    }
    for (int i = 0; i < coded.length() - 1; i++) {
      if (coded.charAt(i) == TextFragment.MARKER_ISOLATED) {
        net.sf.okapi.common.resource.Code code = fragment.getCode(coded.charAt(i + 1));
        if (net.sf.okapi.common.resource.Code.TYPE_LB.equals(code.getType())
            || code.getData() != null
                && code.getData().matches("(?is)<br\\b.*|<w:br\\b.*|<text:line-break.*")) {
          positions.add(i + 2);
        }
        i++;
      }
    }
    return positions;
  }

  /** For each candidate position: break or not. */
  private TreeMap<Integer, Boolean> decide(CharSequence text) {
    TreeMap<Integer, Boolean> candidates = new TreeMap<>();
    java.util.Set<Integer> icuBreaks = new java.util.HashSet<>();
    if (icu != null) {
      icu.setText(text.toString());
      for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
        if (b >= text.length()) {
          continue;
        }
        // ICU breaks after the white space; SRX segments break before it
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
          b--;
        }
        icuBreaks.add(b);
        candidates.put(b, Boolean.TRUE);
      }
    }
    // Break rules are found by scanning, as Okapi does; where each one hit is kept, so that at a
    // candidate a break rule is a set look-up and only the exceptions run a regex.
    List<java.util.Set<Integer>> hits = new ArrayList<>(scan.length);
    for (int i = 0; i < scan.length; i++) {
      SentenceRules.Compiled r = rules.breakRules.get(i);
      java.util.Set<Integer> found = new java.util.HashSet<>();
      if (r.indexed()) {
        // a rule that matches nowhere in the text (one pass) has no hits to look for
        if (!r.scan().matcher(text).find()) {
          hits.add(found);
          continue;
        }
        // only after a character the rule's "before" can end with
        Matcher m = matcher(scan, i, r.at(), text);
        for (int p = 1; p <= text.length(); p++) {
          if (r.canBreakAfter(text.charAt(p - 1)) && r.matchesAt(m, p)) {
            found.add(p);
            candidates.put(p, Boolean.TRUE);
          }
        }
      } else {
        Matcher m = matcher(scan, i, r.scan(), text);
        int start = 0;
        int previous = -1;
        while (start != previous && start <= text.length() && m.find(start)) {
          int n = m.start() + m.group(1).length();
          previous = start;
          start = n;
          found.add(n);
          candidates.put(n, Boolean.TRUE);
        }
      }
      hits.add(found);
    }
    for (var e : candidates.entrySet()) {
      int p = e.getKey();
      Boolean decision = null;
      for (int i = 0, b = 0; i < at.length; i++) {
        SentenceRules.Compiled r = rules.rules.get(i);
        boolean matches;
        if (r.isBreak()) {
          matches = hits.get(b++).contains(p);
        } else if (p > 0 && !r.canBreakAfter(text.charAt(p - 1))) {
          matches = false;
        } else {
          Matcher m = r.at() == null ? null : matcher(at, i, r.at(), text);
          matches = m != null ? r.matchesAt(m, p) : r.matchesAt(text, p);
        }
        if (matches) {
          decision = r.isBreak();
          break;
        }
      }
      e.setValue(decision != null ? decision : icuBreaks.contains(p));
    }
    return candidates;
  }

  private static Matcher matcher(
      Matcher[] cache, int i, java.util.regex.Pattern p, CharSequence text) {
    Matcher m = cache[i];
    if (m == null) {
      m = p.matcher(text);
      cache[i] = m;
    } else {
      m.reset(text);
    }
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }

  /** Moves a split past the codes at it that the options keep with the sentence before. */
  private int includeCodes(String coded, int pos) {
    while (pos < coded.length() - 1) {
      char c = coded.charAt(pos);
      boolean include =
          c == TextFragment.MARKER_OPENING && rules.includeStartCodes
              || c == TextFragment.MARKER_CLOSING && rules.includeEndCodes
              || c == TextFragment.MARKER_ISOLATED && rules.includeIsolatedCodes;
      if (!include) {
        break;
      }
      pos += 2;
    }
    return pos;
  }

  /** Ranges between the splits, trimmed of white space as the SRX options say. */
  private List<Range> rangesOf(String coded, List<Integer> splits) {
    List<Range> ranges = new ArrayList<>();
    int length = coded.length();
    int textStart = 0;
    for (int pos : splits) {
      if (pos >= length) {
        continue;
      }
      int first = firstNonBlank(coded, textStart, pos - 1);
      if (first == -1) {
        continue; // only blanks: they join the next sentence's leading blanks
      }
      if (rules.trimLeading) {
        textStart = first;
      }
      int textEnd = rules.trimTrailing ? lastNonBlank(coded, pos - 1, 0) : pos - 1;
      if (textEnd >= textStart) {
        ranges.add(new Range(textStart, textEnd < pos ? textEnd + 1 : textEnd));
      }
      textStart = pos;
    }
    if (textStart < length) {
      int first = firstNonBlank(coded, textStart, length - 1);
      if (first != -1) {
        if (rules.trimLeading) {
          textStart = first;
        }
        int textEnd = rules.trimTrailing ? lastNonBlank(coded, length - 1, textStart) : length - 1;
        if (textEnd >= textStart) {
          ranges.add(new Range(textStart, textEnd < length ? textEnd + 1 : textEnd));
        }
      }
    }
    return ranges;
  }

  private int firstNonBlank(String coded, int from, int to) {
    return TextFragment.indexOfFirstNonWhitespace(
        coded, from, to, false, false, false, rules.trimLeading);
  }

  private int lastNonBlank(String coded, int from, int to) {
    return TextFragment.indexOfLastNonWhitespace(
        coded, from, to, false, false, false, rules.trimTrailing);
  }
}
