package org.chorus.domain.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chorus.domain.organisation.WeakPasswordException.Rule;

/**
 * What a password must be, wherever one is set (opening an account, changing one). Lengths count
 * characters as people see them (code points), so ten Arabic letters or ten emoji count as ten.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 1000;

  /** A username this short is part of too many good passwords to forbid it. */
  private static final int SHORTEST_USERNAME_CHECKED = 3;

  private static final int LONGEST_REPEATED_PATTERN = 4;

  /** Runs of keys and symbols that people take for a password, read forwards or backwards. */
  private static final List<String> SEQUENCES =
      List.of(
          "01234567890123456789",
          "abcdefghijklmnopqrstuvwxyz",
          "qwertyuiopasdfghjklzxcvbnm",
          "azertyuiopqsdfghjklmwxcvbn",
          "qwertzuiopasdfghjklyxcvbnm",
          "`1234567890-=",
          "qwertyuiop[]\\",
          "asdfghjkl;'",
          "zxcvbnm,./",
          "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
          "1q2w3e4r5t6y7u8i9o0p",
          "q1w2e3r4t5y6u7i8o9p0",
          "!@#$%^&*()_+");

  private static final Set<String> COMMON = load("common-passwords.txt");

  private PasswordPolicy() {}

  /** Refuses a password that breaks a rule, naming the first rule it breaks. */
  public static void check(String username, String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new WeakPasswordException(Rule.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      throw new WeakPasswordException(Rule.TOO_LONG);
    }
    String folded = password.toLowerCase(Locale.ROOT);
    if (repeatsAPattern(folded)) {
      throw new WeakPasswordException(Rule.REPEATED);
    }
    if (isSequence(folded)) {
      throw new WeakPasswordException(Rule.SEQUENCE);
    }
    if (username != null
        && username.strip().length() >= SHORTEST_USERNAME_CHECKED
        && folded.contains(username.strip().toLowerCase(Locale.ROOT))) {
      throw new WeakPasswordException(Rule.USERNAME);
    }
    if (isCommon(folded)) {
      throw new WeakPasswordException(Rule.COMMON);
    }
  }

  private static boolean repeatsAPattern(String password) {
    int[] c = password.codePoints().toArray();
    for (int unit = 1; unit <= LONGEST_REPEATED_PATTERN && unit * 2 <= c.length; unit++) {
      boolean repeats = true;
      for (int i = unit; i < c.length && repeats; i++) {
        repeats = c[i] == c[i % unit];
      }
      if (repeats) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSequence(String password) {
    String backwards = new StringBuilder(password).reverse().toString();
    return SEQUENCES.stream().anyMatch(s -> s.contains(password) || s.contains(backwards));
  }

  /**
   * A common password as it is, or dressed up the usual ways: digits or symbols added at the end
   * ("sunshine2024!"), letters written as look-alike digits or symbols ("p@ssw0rd").
   */
  private static boolean isCommon(String password) {
    return Stream.of(
            password,
            password.replaceFirst("[\\p{N}\\p{P}\\p{S}\\s]+$", ""),
            password.replaceFirst("[\\p{P}\\p{S}\\s]+$", ""))
        .flatMap(stem -> Stream.of(stem, plain(stem, 'i'), plain(stem, 'l')))
        .anyMatch(candidate -> !candidate.isEmpty() && COMMON.contains(candidate));
  }

  private static String plain(String s, char one) {
    return s.replace('@', 'a')
        .replace('4', 'a')
        .replace('3', 'e')
        .replace('0', 'o')
        .replace('$', 's')
        .replace('5', 's')
        .replace('7', 't')
        .replace('!', 'i')
        .replace('1', one);
  }

  private static Set<String> load(String name) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name + " beside PasswordPolicy");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
