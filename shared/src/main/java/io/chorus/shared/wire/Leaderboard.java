package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * A leaderboard for one period and one scope (the whole company, one office or one team), as of ledger
 * sequence {@code seq} (the live stream's event id, so a screen that reconnects can say where it was).
 * {@code scopeName} is what a screen shows as its title: the company's, office's or team's name.
 */
@SuppressWarnings("unusable-by-js")
public record Leaderboard(String company, Period period, Scope scope, String scopeName, long seq,
    List<LeaderboardRow> rows) {

  /** Whose board: everyone in the company, or one office, or one team. */
  public enum Scope {
    COMPANY("company"),
    OFFICE("office"),
    TEAM("team");

    private final String wireName;

    Scope(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    public static Scope fromWire(String name) {
      for (Scope s : values()) {
        if (s.wireName.equals(name)) {
          return s;
        }
      }
      return null;
    }
  }

  public static Leaderboard read(WireReader r) {
    Period period = Period.fromWire(r.string("period"));
    if (period == null) {
      throw new WireException("period", "Unknown period.");
    }
    Scope scope = Scope.fromWire(r.string("scope"));
    if (scope == null) {
      throw new WireException("scope", "Unknown scope.");
    }
    List<LeaderboardRow> rows = new ArrayList<>();
    for (WireReader row : r.objects("rows")) {
      rows.add(LeaderboardRow.read(row));
    }
    return new Leaderboard(r.string("company"), period, scope, r.string("scopeName"), r.integer("seq"), rows);
  }

  public void write(WireWriter w) {
    w.put("company", company).put("period", period.wireName()).put("scope", scope.wireName())
        .put("scopeName", scopeName).put("seq", seq).emptyArray("rows");
    for (LeaderboardRow row : rows) {
      row.write(w.addObject("rows"));
    }
  }
}
