package org.chorus.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chorus.translations.PlaceholderMismatchException;
import org.junit.jupiter.api.Test;

/**
 * The refusals bundles ({@code org.chorus.domain.refusals}): French, Spanish and Arabic have
 * exactly the English keys, each written once; every key the sources name is there; every message
 * formats, naming the same arguments in every language.
 */
class RefusalBundlesTest {

  private static final List<String> TRANSLATIONS = List.of("fr", "es", "ar");

  /** The sources of this module (Maven runs the tests in the module's directory). */
  private static final Path SOURCES =
      Path.of(System.getProperty("basedir", "."), "src", "main", "java");

  /** A key written out whole (keys made of a prefix and a name have tests of their own). */
  private static final Pattern REFUSAL_KEY =
      Pattern.compile("Refusal\\.of\\(\\s*\"([^\"\\\\]+)\"\\s*[,)]");

  private static final Pattern NOT_FOUND_KIND =
      Pattern.compile("new\\s+(?:org\\.chorus\\.domain\\.)?NotFoundException\\(\\s*\"([^\"]+)\"");

  /** A refusal of this module made from text rather than from a {@link Refusal}. */
  private static final Pattern REFUSAL_THROWN =
      Pattern.compile(
          "new\\s+(?:org\\.chorus\\.domain\\.)?"
              + "(?:Forbidden|InvalidInput|StateConflict|UnsupportedDocument)Exception\\(");

  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

  @Test
  void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
    Set<String> english = bundle("").keySet();
    for (String language : TRANSLATIONS) {
      Set<String> translated = bundle(language).keySet();
      Set<String> missing = new TreeSet<>(english);
      missing.removeAll(translated);
      Set<String> extra = new TreeSet<>(translated);
      extra.removeAll(english);
      assertTrue(
          missing.isEmpty() && extra.isEmpty(),
          "refusals_" + language + ".properties lacks " + missing + " and has extra " + extra);
    }
  }

  @Test
  void everyKeyTheSourcesNameIsInTheEnglishBundle() throws IOException {
    Map<String, String> english = bundle("");
    Set<String> unknown = new TreeSet<>();
    int named = 0;
    for (Map.Entry<Path, String> source : sources().entrySet()) {
      Matcher m = REFUSAL_KEY.matcher(source.getValue());
      while (m.find()) {
        named++;
        if (!english.containsKey(m.group(1))) {
          unknown.add(m.group(1) + " (" + source.getKey().getFileName() + ")");
        }
      }
      Matcher kind = NOT_FOUND_KIND.matcher(source.getValue());
      while (kind.find()) {
        String key = new NotFoundException(kind.group(1), 1).refusal().key();
        if (!english.containsKey(key)) {
          unknown.add(key + " (" + source.getKey().getFileName() + ")");
        }
      }
    }
    assertTrue(named > 100, "the scan finds the sources' refusals: " + named);
    assertEquals(Set.of(), unknown, "keys that refusals.properties lacks");
  }

  @Test
  void everyPlaceholderMismatchHasItsKey() throws IOException {
    Map<String, String> english = bundle("");
    for (PlaceholderMismatchException.Reason r : PlaceholderMismatchException.Reason.values()) {
      String key = "placeholders." + r.name().toLowerCase(Locale.ROOT);
      assertTrue(english.containsKey(key), key);
    }
  }

  @Test
  void noRefusalIsWrittenOutInEnglish() throws IOException {
    List<String> written = new ArrayList<>();
    for (Map.Entry<Path, String> source : sources().entrySet()) {
      String text = source.getValue();
      Matcher m = REFUSAL_THROWN.matcher(text);
      while (m.find()) {
        String arguments = withoutRefusals(text.substring(m.end(), closing(text, m.end())));
        if (arguments.contains("\"") || arguments.contains("getMessage()")) {
          int line = (int) text.substring(0, m.start()).lines().count();
          written.add(source.getKey().getFileName() + ":" + line);
        }
      }
    }
    assertEquals(
        List.of(), written, "refusals made from English text: give them a key and arguments");
  }

  @Test
  void everyMessageFormatsWithTheSameArgumentsInEveryLanguage() throws IOException {
    Map<String, String> english = bundle("");
    List<String> broken = new ArrayList<>();
    for (String language : Stream.concat(Stream.of(""), TRANSLATIONS.stream()).toList()) {
      Locale locale = language.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(language);
      for (Map.Entry<String, String> e : bundle(language).entrySet()) {
        String where = e.getKey() + (language.isEmpty() ? "" : " (" + language + ")");
        String pattern = e.getValue();
        if (pattern.replace("''", "").contains("'")) {
          broken.add(where + ": a single quote hides text; write '' for an apostrophe");
          continue;
        }
        String englishPattern = english.getOrDefault(e.getKey(), pattern);
        if (!arguments(pattern).equals(arguments(englishPattern))) {
          broken.add(
              where
                  + ": names arguments "
                  + arguments(pattern)
                  + ", English "
                  + arguments(englishPattern));
          continue;
        }
        try {
          MessageFormat format = new MessageFormat(pattern, locale);
          Format[] formats = format.getFormatsByArgumentIndex();
          Object[] values = new Object[formats.length];
          for (int i = 0; i < values.length; i++) {
            values[i] =
                formats[i] instanceof NumberFormat ? (Object) (12 + i) : "\u27e8" + i + "\u27e9";
          }
          String said = format.format(values);
          assertFalse(said.isBlank(), where);
          for (Object v : values) {
            if (v instanceof String s && !said.contains(s)) {
              broken.add(where + ": does not say its argument " + s);
            }
          }
        } catch (IllegalArgumentException ex) {
          broken.add(where + ": " + ex.getMessage());
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  /** The indexes of the arguments a pattern names. */
  private static Set<Integer> arguments(String pattern) {
    Set<Integer> indexes = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern.replace("''", ""));
    while (m.find()) {
      indexes.add(Integer.valueOf(m.group(1)));
    }
    return indexes;
  }

  /**
   * A bundle's patterns by key, in the order of the file; fails on a key written twice (a {@link
   * Properties} keeps the last silently).
   */
  private static Map<String, String> bundle(String language) throws IOException {
    String name =
        "/org/chorus/domain/refusals" + (language.isEmpty() ? "" : "_" + language) + ".properties";
    String text;
    try (InputStream in = RefusalBundlesTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Properties p = new Properties();
    p.load(new StringReader(text));
    List<String> keys =
        text.lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
            .map(l -> l.split("[=:]", 2)[0].strip())
            .toList();
    Set<String> once = new LinkedHashSet<>();
    Set<String> twice = new TreeSet<>();
    for (String k : keys) {
      if (!once.add(k)) {
        twice.add(k);
      }
    }
    assertEquals(Set.of(), twice, name + " has keys twice");
    assertEquals(p.stringPropertyNames(), once, name + ": one key a line");
    Map<String, String> bundle = new LinkedHashMap<>();
    once.forEach(k -> bundle.put(k, p.getProperty(k)));
    return bundle;
  }

  private static Map<Path, String> sources() throws IOException {
    assertTrue(Files.isDirectory(SOURCES), SOURCES.toAbsolutePath().toString());
    Map<Path, String> sources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.put(f, Files.readString(f));
      }
    }
    return sources;
  }

  /** Where the call whose arguments start at {@code from} closes (strings skipped). */
  private static int closing(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
          if (text.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '\'') {
        for (i++; i < text.length() && text.charAt(i) != '\''; i++) {
          if (text.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    fail("a call that does not close");
    return -1;
  }

  /** The arguments of a call without the refusals made in them. */
  private static String withoutRefusals(String arguments) {
    StringBuilder rest = new StringBuilder();
    Matcher m = Pattern.compile("Refusal\\.of\\(").matcher(arguments);
    int at = 0;
    while (m.find(at)) {
      rest.append(arguments, at, m.start());
      at = closing(arguments, m.end()) + 1;
    }
    return rest.append(arguments.substring(at)).toString();
  }
}
