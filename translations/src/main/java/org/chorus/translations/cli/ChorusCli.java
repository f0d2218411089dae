package org.chorus.translations.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chorus.translations.DocumentEngine;
import org.chorus.translations.DocumentException;
import org.chorus.translations.DocumentFormat;
import org.chorus.translations.ExtractedDocument;
import org.chorus.translations.OfflineFile;
import org.chorus.translations.OfflineUnit;
import org.chorus.translations.PlaceholderMismatchException;
import org.chorus.translations.SourceSegment;
import org.chorus.translations.UnitState;
import org.chorus.translations.Xliff;

/**
 * The document engine on the command line, for batch work and offline translators:
 *
 * <pre>
 * extract FILE [--source en] [--target fr] [--names "A;B"] [-o OUT.xlf]   FILE to XLIFF 2.1
 * merge FILE XLIFF [--source en] [--names "A;B"] [-o OUT]                 the XLIFF's targets into FILE
 * pseudo FILE [--source en] [--target fr] [-o OUT]                         a pseudo-translated FILE
 * </pre>
 *
 * Exit codes: 0 done, 2 wrong usage, 3 the input cannot be read or is invalid, 4 a file cannot be
 * read or written, 5 a translation breaks its placeholders, 1 Chorus failed in a way it did not
 * foresee. Every refusal is one line on standard error, never a stack trace.
 */
public final class ChorusCli {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int BAD_INPUT = 3;
  static final int IO = 4;
  static final int PLACEHOLDERS = 5;

  private static final String USAGE_TEXT =
      """
      usage: chorus-cli extract FILE [--source LANG] [--target LANG] [--names "A;B"] [-o OUT.xlf]
             chorus-cli merge FILE XLIFF [--source LANG] [--names "A;B"] [-o OUT]
             chorus-cli pseudo FILE [--source LANG] [--target LANG] [-o OUT]
      FILE: .html .md .docx .odt .txt .xlf   LANG: BCP 47, e.g. en, fr-FR (source default en)
      """;

  private final DocumentEngine engine = new DocumentEngine();
  private final PrintStream out;
  private final PrintStream err;

  ChorusCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new ChorusCli(System.out, System.err).run(args));
  }

  int run(String[] args) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("chorus-cli: " + e.getMessage());
      err.print(USAGE_TEXT);
      return USAGE;
    }
    try {
      return switch (o.command) {
        case "extract" -> extract(o);
        case "merge" -> merge(o);
        case "pseudo" -> pseudo(o);
        default -> usage("unknown command " + o.command);
      };
    } catch (PlaceholderMismatchException e) {
      return refuse(e.getMessage(), PLACEHOLDERS);
    } catch (DocumentException e) {
      return refuse(e.getMessage(), BAD_INPUT);
    } catch (NoSuchFileException e) {
      return refuse("no such file: " + e.getFile(), IO);
    } catch (AccessDeniedException e) {
      return refuse("access denied: " + e.getFile(), IO);
    } catch (IOException | UncheckedIOException e) {
      return refuse("cannot read or write a file: " + e.getMessage(), IO);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // a failure the engine did not foresee: still one line, never a stack trace
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return refuse("Chorus failed on this input (" + reason + ")", FAILED);
    }
  }

  /** One line on standard error, whatever the message holds. */
  private int refuse(String message, int exitCode) {
    String line = message == null ? "" : message.replaceAll("\\s+", " ").strip();
    err.println("chorus-cli: " + line);
    return exitCode;
  }

  private int usage(String message) {
    err.println("chorus-cli: " + message);
    err.print(USAGE_TEXT);
    return USAGE;
  }

  private int extract(Options o) throws IOException {
    Path file = o.file(0);
    byte[] content = Files.readAllBytes(file);
    DocumentFormat format = DocumentFormat.detect(file.getFileName().toString(), content);
    ExtractedDocument doc = engine.extract(content, format, o.source, o.names);
    List<OfflineUnit> units = new ArrayList<>();
    for (SourceSegment s : doc.segments()) {
      units.add(
          new OfflineUnit(
              s.key(),
              s.text(),
              null,
              UnitState.UNTRANSLATED,
              List.of(s.context().name()),
              s.tokens()));
    }
    OfflineFile offline =
        new OfflineFile(
            "file:" + file.getFileName(),
            0,
            file.getFileName().toString(),
            o.source.toLanguageTag(),
            o.target.toLanguageTag(),
            units);
    Path target = o.output != null ? o.output : Path.of(file + ".xlf");
    Files.write(target, Xliff.write21(offline));
    out.println(
        target
            + ": "
            + units.size()
            + " segments, "
            + doc.words()
            + " words, "
            + doc.characters()
            + " characters");
    return OK;
  }

  private int merge(Options o) throws IOException {
    Path file = o.file(0);
    Path xliff = o.file(1);
    byte[] content = Files.readAllBytes(file);
    DocumentFormat format = DocumentFormat.detect(file.getFileName().toString(), content);
    OfflineFile offline = Xliff.read(Files.readAllBytes(xliff));
    Map<String, String> translations = new HashMap<>();
    for (OfflineUnit u : offline.units()) {
      if (u.target() != null && !u.target().isBlank()) {
        translations.put(u.key(), u.target());
      }
    }
    Locale target =
        offline.targetLanguage() == null
            ? o.target
            : Locale.forLanguageTag(offline.targetLanguage());
    byte[] merged = engine.merge(content, format, o.source, target, translations, o.names);
    Path output = o.output != null ? o.output : Path.of(localized(file.toString(), target));
    Files.write(output, merged);
    out.println(
        output
            + ": "
            + translations.size()
            + " of "
            + offline.units().size()
            + " units translated");
    return OK;
  }

  private int pseudo(Options o) throws IOException {
    Path file = o.file(0);
    byte[] content = Files.readAllBytes(file);
    DocumentFormat format = DocumentFormat.detect(file.getFileName().toString(), content);
    byte[] pseudo = engine.pseudoTranslate(content, format, o.source, o.target);
    Path output = o.output != null ? o.output : Path.of(localized(file.toString(), o.target));
    Files.write(output, pseudo);
    out.println(output + ": pseudo-translated into " + o.target.toLanguageTag());
    return OK;
  }

  static String localized(String name, Locale target) {
    int dot = name.lastIndexOf('.');
    return dot < 0
        ? name + "." + target.toLanguageTag()
        : name.substring(0, dot) + "." + target.toLanguageTag() + name.substring(dot);
  }

  /** The parsed command line. */
  static final class Options {
    String command;
    final List<String> files = new ArrayList<>();
    Locale source = Locale.ENGLISH;
    Locale target = Locale.FRANCE;
    Set<String> names = Set.of();
    Path output;

    static Options parse(String[] args) {
      if (args.length == 0) {
        throw new IllegalArgumentException("no command");
      }
      Options o = new Options();
      o.command = args[0];
      if (!List.of("extract", "merge", "pseudo").contains(o.command)) {
        throw new IllegalArgumentException("unknown command " + o.command);
      }
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--source" -> o.source = language(value(args, ++i, a));
          case "--target" -> o.target = language(value(args, ++i, a));
          case "--names" ->
              o.names = new LinkedHashSet<>(Arrays.asList(value(args, ++i, a).split("\\s*;\\s*")));
          case "-o", "--output" -> o.output = Path.of(value(args, ++i, a));
          default -> {
            if (a.startsWith("-")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            o.files.add(a);
          }
        }
      }
      int needed = o.command.equals("merge") ? 2 : 1;
      if (o.files.size() != needed) {
        throw new IllegalArgumentException(
            o.command
                + " takes "
                + needed
                + " file"
                + (needed > 1 ? "s" : "")
                + ", not "
                + o.files.size());
      }
      return o;
    }

    Path file(int i) {
      return Path.of(files.get(i));
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static Locale language(String tag) {
      Locale l = Locale.forLanguageTag(tag);
      if (l.getLanguage().isEmpty()) {
        throw new IllegalArgumentException(
            "\"" + tag + "\" is not a language tag such as en or fr-FR");
      }
      return l;
    }
  }
}
