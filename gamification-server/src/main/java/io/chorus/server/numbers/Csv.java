package io.chorus.server.numbers;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One figure as a CSV file (RFC 4180: comma separated, CR LF line ends, a field quoted when it holds a
 * comma, a quote or a line break, a quote doubled inside). A text that a spreadsheet would read as a
 * formula (starting with = + - @, a tab or a carriage return: a person's name or an item's title is
 * anyone's words) gets a leading apostrophe, so it is shown, never run. Numbers are written as they are.
 */
final class Csv {
  private Csv() {}

  static String of(Figure figure, List<JsonObject> rows) {
    StringBuilder out = new StringBuilder();
    List<Figure.Column> columns = figure.columns();
    for (int i = 0; i < columns.size(); i++) {
      field(out, i, text(columns.get(i).label()));
    }
    out.append("\r\n");
    for (JsonObject row : rows) {
      for (int i = 0; i < columns.size(); i++) {
        Figure.Column c = columns.get(i);
        Object value = row.getValue(c.key());
        field(out, i, value == null ? "" : c.kind() == Figure.Kind.TEXT ? text(value.toString()) : value.toString());
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** A text cell, made safe for spreadsheets. */
  static String text(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  private static void field(StringBuilder out, int index, String value) {
    if (index > 0) {
      out.append(',');
    }
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      out.append('"').append(value.replace("\"", "\"\"")).append('"');
    } else {
      out.append(value);
    }
  }
}
