package org.chorus.translations.checks;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much longer or shorter than its source a translation may be, as a ratio of lengths made
 * comparable across scripts: each script's length is divided by its weight, the characters it takes
 * to say what Latin script says in one (Chinese about 0.3, Japanese 0.4, Korean 0.45). Short
 * sources vary more, so they get wider bounds, as in Okapi's length checker (whose defaults these
 * are: 45% to 200% of the source, 30% to 350% up to 20 characters).
 *
 * @param shortSource sources up to this many (weighted) characters use the short bounds
 * @param shortMin smallest ratio for a short source
 * @param shortMax largest ratio for a short source
 * @param min smallest ratio
 * @param max largest ratio
 * @param weights characters per Latin character, by script; scripts not listed weigh 1
 */
public record LengthBounds(
    int shortSource,
    double shortMin,
    double shortMax,
    double min,
    double max,
    Map<UnicodeScript, Double> weights) {

  public LengthBounds {
    weights = Map.copyOf(weights);
  }

  public static LengthBounds defaults() {
    Map<UnicodeScript, Double> w = new EnumMap<>(UnicodeScript.class);
    w.put(UnicodeScript.HAN, 0.3);
    w.put(UnicodeScript.HIRAGANA, 0.4);
    w.put(UnicodeScript.KATAKANA, 0.4);
    w.put(UnicodeScript.HANGUL, 0.45);
    w.put(UnicodeScript.ARABIC, 0.85);
    w.put(UnicodeScript.HEBREW, 0.8);
    w.put(UnicodeScript.ETHIOPIC, 0.75);
    w.put(UnicodeScript.THAI, 0.9);
    return new LengthBounds(20, 0.30, 3.5, 0.45, 2.0, w);
  }

  public LengthBounds withWeight(UnicodeScript script, double weight) {
    Map<UnicodeScript, Double> w = new EnumMap<>(UnicodeScript.class);
    w.putAll(weights);
    w.put(script, weight);
    return new LengthBounds(shortSource, shortMin, shortMax, min, max, w);
  }

  double weight(UnicodeScript script) {
    return weights.getOrDefault(script, 1.0);
  }
}
