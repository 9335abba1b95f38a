package io.chorus.server.people;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.ImportReport.Problem;
import io.chorus.shared.wire.PersonFields;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.WireException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV of people to invite — a header naming the columns (name and email required; office,
 * team, language, role optional, in any order and letter case), then one person a row — into the rows
 * that may be imported and a {@link Problem} for every row that may not, each with its line in the file
 * (the header is line 1; a quoted value spanning lines is counted at the line it starts on). Apache
 * Commons CSV does the reading (RFC 4180 quoting, CR LF or LF); this class decides what a row means.
 *
 * <p>A row the CSV reader cannot read at all (a quote that is never closed, text after a closing
 * quote) is named, and reading starts again on the line after it, so one stray quote costs one row, not
 * the rest of the file. The separator is whichever of comma, semicolon (spreadsheets in many European
 * locales) or tab the header uses. The file must be UTF-8 (a byte-order mark is allowed); a row with
 * bytes that are not UTF-8 is refused, naming it. Pure: no I/O, no database.
 */
final class PeopleCsv {
  static final List<String> COLUMNS = List.of("name", "email", "office", "team", "language", "role");
  private static final Map<String, String> ALIASES = Map.of(
      "full name", "name", "display name", "name", "e-mail", "email", "email address", "email", "lang", "language");

  /** One person as a row of the file asks for them, already checked and in stored form. */
  record Row(int line, String name, String email, String office, String team, String language, Role role) {}

  /** What the file holds: how many data rows, the good ones, and every refused one. */
  record Parsed(int rows, List<Row> good, List<Problem> problems) {}

  private PeopleCsv() {}

  static Parsed parse(byte[] bytes) {
    if (bytes.length == 0) {
      throw unreadable("The file is empty. The first line must name the columns: name,email,office,team,language,role.");
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      throw unreadable("This is a spreadsheet workbook (.xlsx), not CSV. Save it as \"CSV UTF-8\" and upload that.");
    }
    Text text = decode(bytes);
    Lines lines = new Lines(text.value);
    char separator = separator(lines.line(1));
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true).get();

    List<Problem> problems = new ArrayList<>();
    List<Row> good = new ArrayList<>();
    Map<String, Integer> firstLineOfEmail = new HashMap<>();
    Map<String, Integer> columns = null;
    int rows = 0;
    int from = 0;
    while (from < text.value.length()) {
      int chunkFirstLine = lines.lineAt(from);
      int consumed = 0;
      try (CSVParser parser = CSVParser.parse(new StringReader(text.value.substring(from)), format)) {
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              from = text.value.length();
              break;
            }
            record = records.next();
          } catch (UncheckedIOException | IllegalStateException broken) {
            // The reader stopped inside a row: name the line it started on, go on after that line.
            int line = lines.nextNonBlank(chunkFirstLine + consumed);
            if (columns == null) {
              throw unreadable("Line 1 (the header) could not be read as CSV: " + reason(broken));
            }
            rows++;
            problems.add(new Problem(line, null, "This line could not be read as CSV: " + reason(broken)
                + ". Nothing on it was imported; the lines after it were read on their own."));
            from = lines.startOf(line + 1);
            break;
          }
          consumed = (int) parser.getCurrentLineNumber();
          // The record's position is where reading it began, blank lines skipped before it included.
          int line = lines.nextNonBlank(lines.lineAt(from + (int) record.getCharacterPosition()));
          if (columns == null) {
            columns = header(record);
            continue;
          }
          rows++;
          Row row = row(record, line, columns, text.lossy, problems);
          if (row == null) {
            continue;
          }
          Integer earlier = firstLineOfEmail.putIfAbsent(row.email(), line);
          if (earlier != null) {
            problems.add(new Problem(line, "email", "The email " + row.email() + " is also on line " + earlier
                + "; each person once."));
            continue;
          }
          good.add(row);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (columns == null) {
      throw unreadable("The file has no header. The first line must name the columns: name,email,office,team,language,role.");
    }
    problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new Parsed(rows, good, problems);
  }

  /** The header: each known column once; name and email required. Anything else makes the file unreadable. */
  private static Map<String, Integer> header(CSVRecord record) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String raw = record.get(i).trim();
      String name = raw.toLowerCase(Locale.ROOT);
      name = ALIASES.getOrDefault(name, name);
      if (name.isEmpty()) {
        throw unreadable("Line 1 (the header) has an empty column name in column " + (i + 1) + ".");
      }
      if (!COLUMNS.contains(name)) {
        throw unreadable("Line 1 (the header) names a column the import does not know: '" + shorten(raw)
            + "'. The columns are name, email, office, team, language and role.");
      }
      if (columns.putIfAbsent(name, i) != null) {
        throw unreadable("Line 1 (the header) names the column '" + name + "' twice.");
      }
    }
    for (String required : List.of("name", "email")) {
      if (!columns.containsKey(required)) {
        throw unreadable("Line 1 (the header) has no '" + required + "' column. The columns are name, email, "
            + "office, team, language and role; name and email are required.");
      }
    }
    return columns;
  }

  /** The row as a person, or null after adding its problems. */
  private static Row row(CSVRecord record, int line, Map<String, Integer> columns, boolean lossy,
      List<Problem> problems) {
    if (lossy && record.stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0)) {
      problems.add(new Problem(line, null, "This line has bytes that are not UTF-8 text. Save the file as "
          + "\"CSV UTF-8\" and import it again."));
      return null;
    }
    if (record.size() != columns.size()) {
      problems.add(new Problem(line, null, "This line has " + record.size() + (record.size() == 1 ? " value" : " values")
          + "; the header has " + columns.size() + " columns."));
      return null;
    }
    int before = problems.size();
    String name = check(problems, line, "name", () -> PersonFields.name("name", value(record, columns, "name")));
    String email = check(problems, line, "email", () -> PersonFields.email("email", value(record, columns, "email")));
    String office = check(problems, line, "office", () -> PersonFields.placeName("office", value(record, columns, "office")));
    String team = check(problems, line, "team", () -> PersonFields.placeName("team", value(record, columns, "team")));
    String language = check(problems, line, "language",
        () -> PersonFields.language("language", value(record, columns, "language")));
    Role role = check(problems, line, "role", () -> PersonFields.role("role", value(record, columns, "role")));
    if (problems.size() > before) {
      return null;
    }
    return new Row(line, name, email, office, team, language, role);
  }

  private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    return index == null ? null : record.get(index);
  }

  private interface Check<T> {
    T get();
  }

  private static <T> T check(List<Problem> problems, int line, String column, Check<T> check) {
    try {
      return check.get();
    } catch (WireException e) {
      problems.add(new Problem(line, column, e.getMessage()));
      return null;
    }
  }

  /** A comma unless the header has more semicolons or tabs than commas (outside quotes). */
  static char separator(String header) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  private static String reason(RuntimeException broken) {
    String message = broken.getMessage() == null ? "" : broken.getMessage().toLowerCase(Locale.ROOT);
    if (message.contains("eof reached before encapsulated token finished")) {
      return "a quoted value is never closed";
    }
    if (message.contains("between encapsulated token and delimiter")) {
      return "there is text after a closing quote (a quote inside a quoted value is written twice: \"\")";
    }
    return "the quotes on it do not pair up";
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
  }

  private static ApiException unreadable(String message) {
    return new ApiException(ErrorCode.CSV_UNREADABLE, message);
  }

  /**
   * The file as text; {@code lossy} when it had bytes that are not UTF-8, which are then U+FFFD (and the
   * rows holding one are refused).
   */
  private record Text(String value, boolean lossy) {}

  private static Text decode(byte[] bytes) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      String strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
      return new Text(strict, false);
    } catch (CharacterCodingException notUtf8) {
      // Decoded again with U+FFFD for the bad bytes, only to find their lines: those rows are refused.
      String lenient = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
      if (new Lines(lenient).line(1).indexOf('\uFFFD') >= 0) {
        throw unreadable("Line 1 (the header) is not UTF-8 text. Save the file as \"CSV UTF-8\" and upload that.");
      }
      return new Text(lenient, true);
    }
  }

  /** Where each line starts (a line ends at LF, CR LF or a lone CR, as the CSV reader counts). */
  static final class Lines {
    private final String text;
    private final int[] starts;

    Lines(String text) {
      this.text = text;
      List<Integer> s = new ArrayList<>();
      s.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          s.add(i + 1);
        }
      }
      starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line holding character {@code offset}. */
    int lineAt(int offset) {
      int i = Arrays.binarySearch(starts, offset);
      return i >= 0 ? i + 1 : -i - 1;
    }

    /** Where line {@code line} starts (the text's end past the last line). */
    int startOf(int line) {
      return line - 1 < starts.length ? starts[line - 1] : text.length();
    }

    String line(int line) {
      int start = startOf(line);
      int end = line < starts.length ? starts[line] : text.length();
      return text.substring(start, end);
    }

    /** The first line at or after {@code line} with something on it. */
    int nextNonBlank(int line) {
      int l = Math.max(1, line);
      while (l <= starts.length && line(l).isBlank()) {
        l++;
      }
      return Math.min(l, starts.length);
    }
  }
}
