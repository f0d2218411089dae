package org.chorus.translations.terminology;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Glossaries as CSV, the layout a spreadsheet makes.
 *
 * <ul>
 *   <li>The first row names the columns: each language tag ({@code en}, {@code fr-FR}, {@code ar})
 *       is a column of terms, one term per cell; optional columns are {@code id}, {@code status}
 *       (preferred, admitted, forbidden; deprecated and superseded mean forbidden; empty means
 *       preferred), {@code note} (for the row's terms), {@code dnt} (yes/no: do not translate),
 *       {@code subject}, {@code definition} and {@code concept note}, in any order and case.
 *   <li>Each further row gives terms of one concept with the row's status and note. Rows with the
 *       same {@code id}, or without an id column the same term in the first language column, are
 *       one concept; a term the concept already has keeps the status it was first given. So a
 *       forbidden French synonym is a second row with the same English term and status forbidden.
 *   <li>RFC 4180: fields quoted with {@code "}, a quote inside doubled, line breaks allowed inside
 *       quotes, CRLF or LF. UTF-8 with or without a byte-order mark (UTF-16 with one); comma,
 *       semicolon or tab as separator, whichever the header row uses.
 *   <li>Written files are UTF-8 with a byte-order mark (so that Excel reads them as such), comma
 *       separated, CRLF, with an id column; a cell starting with {@code = + - @} is written with a
 *       leading {@code '} so that a spreadsheet does not run it as a formula, and read back
 *       without.
 * </ul>
 */
public final class GlossaryCsv {

  static final int MAX_BYTES = 50 * 1024 * 1024;

  private static final List<String> EXTRA =
      List.of("status", "note", "dnt", "subject", "definition", "concept note");

  private GlossaryCsv() {}

  /**
   * Reads a CSV glossary.
   *
   * @throws GlossaryFormatException with the line and the reason: bad encoding, an unclosed quote,
   *     a row longer than the header, a column that is no language tag, an unknown status
   */
  public static Glossary read(byte[] content) {
    Texts.checkSize(content, MAX_BYTES);
    Charset bom = Texts.bomCharset(content);
    String text = Texts.decode(content, bom == null ? StandardCharsets.UTF_8 : bom);
    List<Row> rows = new CsvParser(text).rows();
    if (rows.isEmpty()) {
      throw new GlossaryFormatException(0, "the file has no header row.");
    }
    Header header = Header.of(rows.get(0));
    Map<String, Draft> concepts = new LinkedHashMap<>();
    for (Row row : rows.subList(1, rows.size())) {
      if (row.blank()) {
        continue;
      }
      header.read(row, concepts);
    }
    List<Concept> out = new ArrayList<>();
    concepts.values().forEach(d -> out.add(d.build()));
    return new Glossary(out);
  }

  /** The glossary as CSV, the source language's column first. */
  public static byte[] write(Glossary glossary, Locale sourceLanguage) {
    List<String> languages = new ArrayList<>(glossary.languages());
    String source = Languages.tag(sourceLanguage.toLanguageTag());
    languages.remove(source);
    languages.add(0, source);
    StringBuilder out = new StringBuilder("\uFEFF");
    List<String> header = new ArrayList<>();
    header.add("id");
    header.addAll(languages);
    header.addAll(EXTRA);
    line(out, header);
    int n = 0;
    for (Concept c : glossary.concepts()) {
      n++;
      String id = c.id().isEmpty() ? "c" + n : c.id();
      boolean first = true;
      for (List<Term> row : rows(c, languages)) {
        List<String> cells = new ArrayList<>();
        cells.add(id);
        Term any = null;
        for (int i = 0; i < languages.size(); i++) {
          Term t = row.get(i);
          cells.add(t == null ? "" : t.text());
          any = any == null ? t : any;
        }
        cells.add(any.status().word());
        cells.add(any.note());
        cells.add(first && c.doNotTranslate() ? "yes" : "");
        cells.add(first ? c.subject() : "");
        cells.add(first ? c.definition() : "");
        cells.add(first ? c.note() : "");
        line(out, cells);
        first = false;
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A concept's terms as rows: each row one status and one note, at most one term a language,
   * preferred rows first.
   */
  private static List<List<Term>> rows(Concept c, List<String> languages) {
    List<List<Term>> rows = new ArrayList<>();
    Map<String, List<Term>> byGroup = new LinkedHashMap<>();
    for (TermStatus status : TermStatus.values()) {
      for (int i = 0; i < languages.size(); i++) {
        for (Term t : c.terms().getOrDefault(languages.get(i), List.of())) {
          if (t.status() == status) {
            byGroup.computeIfAbsent(status + "\n" + t.note(), k -> new ArrayList<>()).add(t);
          }
        }
      }
    }
    for (List<Term> group : byGroup.values()) {
      List<List<Term>> groupRows = new ArrayList<>();
      for (Term t : group) {
        int column = columnOf(c, languages, t);
        List<Term> free = null;
        for (List<Term> r : groupRows) {
          if (r.get(column) == null) {
            free = r;
            break;
          }
        }
        if (free == null) {
          free = new ArrayList<>(Collections.nCopies(languages.size(), (Term) null));
          groupRows.add(free);
        }
        free.set(column, t);
      }
      rows.addAll(groupRows);
    }
    return rows;
  }

  private static int columnOf(Concept c, List<String> languages, Term t) {
    for (int i = 0; i < languages.size(); i++) {
      if (c.terms().getOrDefault(languages.get(i), List.of()).contains(t)) {
        return i;
      }
    }
    throw new IllegalStateException("a term outside its concept");
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
  }

  private static String field(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    boolean quote =
        v.indexOf(',') >= 0
            || v.indexOf('"') >= 0
            || v.indexOf('\n') >= 0
            || v.indexOf('\r') >= 0
            || !v.equals(v.strip());
    return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private static String unguard(String value) {
    return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
        ? value.substring(1)
        : value;
  }

  /** One record of the file and the line it starts on. */
  record Row(int line, List<String> fields) {
    boolean blank() {
      return fields.stream().allMatch(String::isBlank);
    }
  }

  /** What each column of the header means. */
  private record Header(Map<String, Integer> extra, List<String> languages, List<Integer> columns) {

    static Header of(Row row) {
      Map<String, Integer> extra = new HashMap<>();
      List<String> languages = new ArrayList<>();
      List<Integer> columns = new ArrayList<>();
      for (int i = 0; i < row.fields().size(); i++) {
        String name = row.fields().get(i).strip();
        String key = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        key =
            key.equals("do not translate") ? "dnt" : key.equals("subject field") ? "subject" : key;
        if (key.equals("id") || EXTRA.contains(key)) {
          if (extra.put(key, i) != null) {
            throw new GlossaryFormatException(row.line(), "the column " + name + " comes twice.");
          }
        } else if (Languages.isTag(name)) {
          String tag = Languages.tag(name);
          if (languages.contains(tag)) {
            throw new GlossaryFormatException(row.line(), "the language " + tag + " comes twice.");
          }
          languages.add(tag);
          columns.add(i);
        } else if (!name.isEmpty()) {
          throw new GlossaryFormatException(
              row.line(),
              "the column \""
                  + name
                  + "\" is neither a language tag (en, fr-FR...) nor one of id, status, note, dnt,"
                  + " subject, definition, concept note.");
        }
      }
      if (languages.isEmpty()) {
        throw new GlossaryFormatException(
            row.line(), "the header row names no language column (en, fr-FR...).");
      }
      return new Header(extra, languages, columns);
    }

    void read(Row row, Map<String, Draft> concepts) {
      int width = 1 + columns.stream().mapToInt(Integer::intValue).max().orElse(0);
      width =
          Math.max(width, 1 + extra.values().stream().mapToInt(Integer::intValue).max().orElse(0));
      if (row.fields().size() > width) {
        throw new GlossaryFormatException(
            row.line(),
            "the row has " + row.fields().size() + " fields; the header has " + width + ".");
      }
      String id = cell(row, "id");
      String key = id.isEmpty() ? cell(row, columns.get(0)) : id;
      if (key.isEmpty()) {
        throw new GlossaryFormatException(
            row.line(),
            "the row has no " + languages.get(0) + " term and no id to tie it to an entry.");
      }
      Draft draft = concepts.computeIfAbsent(id.isEmpty() ? "\n" + key : id, k -> new Draft(id));
      TermStatus status;
      try {
        status = TermStatus.parse(cell(row, "status"));
      } catch (IllegalArgumentException e) {
        throw new GlossaryFormatException(
            row.line(),
            "unknown status \""
                + cell(row, "status")
                + "\" (known: preferred, admitted, forbidden, deprecated, superseded).");
      }
      String note = cell(row, "note");
      for (int i = 0; i < languages.size(); i++) {
        String text = cell(row, columns.get(i));
        if (!text.isEmpty()) {
          draft.add(languages.get(i), new Term(text, status, note));
        }
      }
      draft.doNotTranslate |= dnt(row, cell(row, "dnt"));
      draft.subject = first(draft.subject, cell(row, "subject"));
      draft.definition = first(draft.definition, cell(row, "definition"));
      draft.note = first(draft.note, cell(row, "concept note"));
    }

    private String cell(Row row, String column) {
      Integer i = extra.get(column);
      return i == null ? "" : cell(row, i);
    }

    private static String cell(Row row, int i) {
      return i < row.fields().size() ? unguard(row.fields().get(i).strip()) : "";
    }

    private static boolean dnt(Row row, String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "", "no", "false", "0", "n" -> false;
        case "yes", "true", "1", "x", "y" -> true;
        default ->
            throw new GlossaryFormatException(
                row.line(), "dnt is \"" + value + "\"; write yes or no.");
      };
    }

    private static String first(String current, String value) {
      return current.isEmpty() ? value : current;
    }
  }

  private static final class Draft {
    final String id;
    String subject = "";
    String definition = "";
    String note = "";
    boolean doNotTranslate;
    final Map<String, List<Term>> terms = new LinkedHashMap<>();

    Draft(String id) {
      this.id = id;
    }

    void add(String language, Term term) {
      List<Term> list = terms.computeIfAbsent(language, k -> new ArrayList<>());
      if (list.stream().noneMatch(t -> t.text().equals(term.text()))) {
        list.add(term);
      }
    }

    Concept build() {
      return new Concept(id, subject, definition, note, doNotTranslate, terms);
    }
  }

  /** RFC 4180 records, each with the line it starts on; the separator is the header's. */
  private static final class CsvParser {
    private final String text;
    private final char separator;
    private int pos;
    private int line = 1;

    CsvParser(String text) {
      this.text = text;
      this.separator = separator(text);
    }

    List<Row> rows() {
      List<Row> rows = new ArrayList<>();
      while (pos < text.length()) {
        rows.add(row());
      }
      return rows;
    }

    private Row row() {
      int start = line;
      List<String> fields = new ArrayList<>();
      while (true) {
        fields.add(field());
        if (pos >= text.length()) {
          return new Row(start, fields);
        }
        char c = text.charAt(pos++);
        if (c == separator) {
          continue;
        }
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
          pos++;
        }
        line++;
        return new Row(start, fields);
      }
    }

    private String field() {
      if (pos < text.length() && text.charAt(pos) == '"') {
        int opened = line;
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
          if (pos >= text.length()) {
            throw new GlossaryFormatException(
                opened, "a quoted field opens here and never closes.");
          }
          char c = text.charAt(pos++);
          if (c == '"') {
            if (pos < text.length() && text.charAt(pos) == '"') {
              out.append('"');
              pos++;
              continue;
            }
            break;
          }
          if (c == '\n') {
            line++;
          }
          out.append(c);
        }
        if (pos < text.length() && !isEnd(text.charAt(pos))) {
          throw new GlossaryFormatException(
              line, "text follows a closing quote; a quote inside a field is written \"\".");
        }
        return out.toString();
      }
      int start = pos;
      while (pos < text.length() && !isEnd(text.charAt(pos))) {
        if (text.charAt(pos) == '"') {
          throw new GlossaryFormatException(
              line, "a quote inside an unquoted field; quote the field and double the quote.");
        }
        pos++;
      }
      return text.substring(start, pos);
    }

    private boolean isEnd(char c) {
      return c == separator || c == '\n' || c == '\r';
    }

    private static char separator(String text) {
      int end = text.indexOf('\n');
      String first = end < 0 ? text : text.substring(0, end);
      long commas = first.chars().filter(c -> c == ',').count();
      long semicolons = first.chars().filter(c -> c == ';').count();
      long tabs = first.chars().filter(c -> c == '\t').count();
      if (tabs > commas && tabs >= semicolons) {
        return '\t';
      }
      return semicolons > commas ? ';' : ',';
    }
  }
}
