package io.chorus.server.contests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The draw, deterministic once the seed and the frozen entrant list are known, so anyone can re-run it
 * (README, "Verifying a contest draw"): each entrant's ticket is {@code sha256_hex(seedHex + ":" +
 * employeeId)} (the seed as 64 lowercase hex characters, the id in decimal, UTF-8); the {@code k}
 * smallest tickets win, in that order. More winners asked for than entrants: all of them win.
 */
final class ContestDraw {
  record Entrant(long employeeId, String displayName, int entries) {}

  private ContestDraw() {}

  static String ticket(String seedHex, long employeeId) {
    return Seeds.sha256Hex(seedHex + ":" + employeeId);
  }

  static List<Entrant> draw(String seedHex, List<Entrant> entrants, int k) {
    List<Entrant> ordered = new ArrayList<>(entrants);
    ordered.sort(Comparator.comparing(e -> ticket(seedHex, e.employeeId())));
    return List.copyOf(ordered.subList(0, Math.min(k, ordered.size())));
  }

  /**
   * The frozen list as published: {@code employee_id,display_name,entries}, by employee id, RFC 4180
   * quoting. A name that a spreadsheet would take for a formula (=, +, -, @ first) gets a leading
   * apostrophe; the draw reads only the ids.
   */
  static String csv(List<Entrant> entrants) {
    StringBuilder out = new StringBuilder("employee_id,display_name,entries\r\n");
    for (Entrant e : entrants) {
      out.append(e.employeeId()).append(',').append(field(e.displayName())).append(',').append(e.entries())
          .append("\r\n");
    }
    return out.toString();
  }

  private static String field(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
