package io.chorus.server.numbers;

import java.util.List;

/**
 * One figure of the programme's numbers: a table with typed columns, computed by one query of
 * {@link NumbersStore}. The dashboard, the JSON document and each CSV file are all this table, so a
 * chart, the table beside it and its download can never disagree.
 *
 * @param id the figure's name in the JSON document and its CSV address ({@code /numbers/<id>.csv})
 * @param title what the console calls it
 * @param columns the row fields, in order: each row has one value per column, keyed by the column's key
 * @param ranked whether the query takes a row limit (top lists: 10 on the dashboard, all in the CSV)
 */
record Figure(String id, String title, List<Column> columns, boolean ranked) {

  /** A column: its key in each JSON row (and the SQL alias that fills it), its heading, its kind. */
  record Column(String key, String label, Kind kind) {}

  /** How a value is written: JSON type and CSV text. */
  enum Kind {
    /** text, or JSON null */
    TEXT,
    /** a whole number (ids and counts) */
    COUNT,
    /** an ISO date (YYYY-MM-DD) in the company's time zone */
    DATE,
    /** a decimal number, or JSON null when it cannot be computed */
    DECIMAL,
    /** true or false */
    FLAG
  }

  static Column text(String key, String label) {
    return new Column(key, label, Kind.TEXT);
  }

  static Column count(String key, String label) {
    return new Column(key, label, Kind.COUNT);
  }

  static Column date(String key, String label) {
    return new Column(key, label, Kind.DATE);
  }

  static Column decimal(String key, String label) {
    return new Column(key, label, Kind.DECIMAL);
  }

  static Column flag(String key, String label) {
    return new Column(key, label, Kind.FLAG);
  }
}
