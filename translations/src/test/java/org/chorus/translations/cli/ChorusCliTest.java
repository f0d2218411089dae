package org.chorus.translations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chorus.translations.OfflineFile;
import org.chorus.translations.OfflineUnit;
import org.chorus.translations.Xliff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on real files: extract, translate the XLIFF, merge back; and its errors. */
class ChorusCliTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void extractTranslateMerge() throws Exception {
    Path html = copy("ua-58-27.html");
    assertEquals(
        0, run("extract", html.toString(), "--target", "fr-FR", "--names", "Mariam Tadesse"));
    Path xlf = Path.of(html + ".xlf");
    String xliff = Files.readString(xlf);
    assertTrue(xliff.contains("version=\"2.1\""));
    assertTrue(xliff.contains("disp=\"Mariam Tadesse\""), "names are locked");
    // a translator fills one target
    String filled =
        xliff.replaceFirst("(<source>URGENT ACTION</source>)", "$1<target>ACTION URGENTE</target>");
    Files.writeString(xlf, filled);
    Path merged = dir.resolve("out.html");
    assertEquals(
        0,
        run(
            "merge",
            html.toString(),
            xlf.toString(),
            "--names",
            "Mariam Tadesse",
            "-o",
            merged.toString()));
    String result = Files.readString(merged);
    assertTrue(result.contains("<h1>ACTION URGENTE</h1>"), result);
    assertTrue(out.toString().contains("1 of"), out.toString());
  }

  @Test
  void pseudoWritesALocalizedFile() throws Exception {
    Path md = copy("ua-58-27.md");
    assertEquals(0, run("pseudo", md.toString(), "--target", "ar"));
    String pseudo = Files.readString(dir.resolve("ua-58-27.ar.md"));
    assertTrue(pseudo.contains("ÛRGÉÑT ÅÇTÎÖÑ"), pseudo);
    assertTrue(pseudo.contains("\u200F"), "right-to-left marks for Arabic");
  }

  @Test
  void exitCodesAScriptCanRelyOn() throws Exception {
    assertEquals(2, run());
    assertEquals(2, run("translate", "x.html"));
    assertEquals(2, run("merge", "only-one.html"));
    assertEquals(2, run("extract", "a.html", "--source"));
    assertEquals(4, run("extract", dir.resolve("missing.html").toString()));
    Path broken = dir.resolve("broken.docx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    assertEquals(3, run("extract", broken.toString()));
    Path html = copy("ua-58-27.html");
    run("extract", html.toString());
    Path xlf = Path.of(html + ".xlf");
    OfflineFile extracted = Xliff.read(Files.readAllBytes(xlf));
    List<OfflineUnit> units = new ArrayList<>();
    for (OfflineUnit u : extracted.units()) {
      // the translator drops a locked e-mail address
      String target = u.source().contains("{p1/}") ? "Courriel" : null;
      units.add(new OfflineUnit(u.key(), u.source(), target, u.state(), u.notes(), u.tokens()));
    }
    Files.write(
        xlf,
        Xliff.write21(
            new OfflineFile(
                extracted.localization(), 0, extracted.original(), "en", "fr-FR", units)));
    assertEquals(5, run("merge", html.toString(), xlf.toString()), err.toString());
    assertTrue(err.toString().contains("lacks"), err.toString());
  }

  @Test
  void everyInvalidFileIsRefusedInOneLineWithExitCode3() throws Exception {
    Path html = copy("ua-58-27.html");
    List<Path> invalid;
    try (var files = Files.list(corpus("invalid"))) {
      invalid = files.sorted().toList();
    }
    assertTrue(invalid.size() > 10, "the invalid corpus is there: " + invalid);
    for (Path file : invalid) {
      for (String[] args :
          List.of(
              new String[] {"extract", file.toString(), "-o", dir.resolve("x.xlf").toString()},
              new String[] {"pseudo", file.toString(), "-o", dir.resolve("p.xlf").toString()},
              new String[] {
                "merge", html.toString(), file.toString(), "-o", dir.resolve("m.html").toString()
              })) {
        err.reset();
        assertEquals(3, run(args), file + ": " + err);
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(1, lines.length, "one line, no stack trace: " + err);
        assertTrue(
            lines[0].startsWith("chorus-cli: The XLIFF 2 file is not valid: line "), lines[0]);
      }
    }
  }

  @Test
  void aFileNobodyForesawIsOneLineToo() throws Exception {
    Path notXliff = dir.resolve("notes.xlf");
    Files.writeString(notXliff, "<notes><note>no XLIFF here</note></notes>");
    assertEquals(3, run("extract", notXliff.toString()));
    Path binary = dir.resolve("appeal.html");
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xFF});
    assertEquals(3, run("extract", binary.toString()));
    for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
      assertTrue(
          line.startsWith("chorus-cli: "), "every line is a refusal, never a trace: " + line);
    }
  }

  private static Path corpus(String name) throws Exception {
    return Path.of(ChorusCliTest.class.getResource("/corpus/" + name).toURI());
  }

  private int run(String... args) {
    return new ChorusCli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private Path copy(String name) throws Exception {
    Path p = dir.resolve(name);
    try (InputStream in = ChorusCliTest.class.getResourceAsStream("/appeal/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }
}
