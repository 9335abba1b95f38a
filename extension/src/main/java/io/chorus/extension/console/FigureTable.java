package io.chorus.extension.console;

import elemental2.dom.HTMLElement;
import io.chorus.shared.wire.WireReader;
import java.util.List;

/**
 * A figure's rows as a table (the chart's accessible twin) and the one sentence some figures add.
 * Ids are left to the CSV; codes (a network, a funnel stage) are shown in our words; names and titles
 * are someone's words, set as text in their own {@code <bdi>}.
 */
final class FigureTable {
  private FigureTable() {}

  /** The table, in a box that scrolls sideways when a narrow window cannot fit its columns. */
  static HTMLElement table(List<WireReader> columns, List<WireReader> rows, String caption) {
    HTMLElement table = Ui.el("table", "figure-table");
    table.appendChild(Ui.text("caption", "visually-hidden", caption));
    HTMLElement headRow = Ui.el("tr", null);
    for (WireReader c : columns) {
      if (!shown(c)) {
        continue;
      }
      HTMLElement th = Ui.text("th", numeric(c) ? "num" : null, c.string("label"));
      th.setAttribute("scope", "col");
      headRow.appendChild(th);
    }
    table.appendChild(Ui.append(Ui.el("thead", null), headRow));
    HTMLElement body = Ui.el("tbody", null);
    for (WireReader row : rows) {
      HTMLElement tr = Ui.el("tr", null);
      for (WireReader c : columns) {
        if (shown(c)) {
          tr.appendChild(cell(c, row));
        }
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    return Ui.append(Ui.el("div", "figure-table-box"), table);
  }

  private static HTMLElement cell(WireReader column, WireReader row) {
    String key = column.string("key");
    String kind = column.string("kind");
    HTMLElement td = Ui.el("td", numeric(column) ? "num" : "date".equals(kind) ? "day" : null);
    if (!row.has(key)) {
      td.textContent = "decimal".equals(kind) ? "\u2014" : "";
      return td;
    }
    switch (kind) {
      case "count":
        td.textContent = NumbersText.count(row.integer(key));
        break;
      case "decimal":
        td.textContent = NumbersText.decimal(NumbersCharts.number(row, key));
        break;
      case "date":
        td.textContent = NumbersText.day(row.string(key));
        break;
      case "flag":
        td.textContent = row.bool(key) ? "yes" : "no";
        break;
      default:
        String value = row.string(key);
        String ours = NumbersText.code(key, value);
        td.appendChild(ours.equals(value) ? Ui.bdi(value) : Ui.plain(ours));
    }
    return td;
  }

  /** Whether the rows are named things with ids (the top lists). */
  static boolean named(List<WireReader> columns) {
    for (WireReader c : columns) {
      if (!shown(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean shown(WireReader column) {
    return !column.string("key").endsWith("Id");
  }

  private static boolean numeric(WireReader column) {
    String kind = column.string("kind");
    return "count".equals(kind) || "decimal".equals(kind);
  }

  /** The sentence above a figure's chart, or null. */
  static String summary(String figure, List<WireReader> rows) {
    switch (figure) {
      case "adoption":
        return NumbersText.adoption(stage(rows, "invited"), stage(rows, "joined"), stage(rows, "active"));
      case "weekly-active":
        Double first = null;
        Double last = null;
        int full = 0;
        for (WireReader row : rows) {
          Double trend = NumbersCharts.number(row, "trend");
          if (!row.bool("partial") && trend != null) {
            first = first == null ? trend : first;
            last = trend;
            full++;
          }
        }
        return NumbersText.trend(first, last, full);
      case "networks":
        return NumbersText.count(sum(rows, "shares")) + " shares in all.";
      case "reach":
        return "Estimated reach in all: " + NumbersText.count(sum(rows, "reach")) + " (" + NumbersText.count(
            sum(rows, "sharesWithAudience")) + " of " + NumbersText.count(sum(rows, "shares"))
            + " shares were by people who stated their audience).";
      case "clicks":
        return NumbersText.count(sum(rows, "clicks")) + " unique clicks in all.";
      default:
        return null;
    }
  }

  private static long stage(List<WireReader> rows, String stage) {
    for (WireReader row : rows) {
      if (stage.equals(row.optString("stage"))) {
        return row.integer("people");
      }
    }
    return 0;
  }

  private static long sum(List<WireReader> rows, String key) {
    long total = 0;
    for (WireReader row : rows) {
      total += row.optInteger(key, 0);
    }
    return total;
  }
}
