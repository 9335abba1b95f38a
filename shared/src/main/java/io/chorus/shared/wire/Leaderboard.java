package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * A company's leaderboard for one period, as of ledger sequence {@code seq} (the live stream's event
 * id, so a screen that reconnects can say where it was).
 */
@SuppressWarnings("unusable-by-js")
public record Leaderboard(String company, Period period, long seq, List<LeaderboardRow> rows) {
  public static Leaderboard read(WireReader r) {
    Period period = Period.fromWire(r.string("period"));
    if (period == null) {
      throw new WireException("period", "Unknown period.");
    }
    List<LeaderboardRow> rows = new ArrayList<>();
    for (WireReader row : r.objects("rows")) {
      rows.add(LeaderboardRow.read(row));
    }
    return new Leaderboard(r.string("company"), period, r.integer("seq"), rows);
  }

  public void write(WireWriter w) {
    w.put("company", company).put("period", period.wireName()).put("seq", seq).emptyArray("rows");
    for (LeaderboardRow row : rows) {
      row.write(w.addObject("rows"));
    }
  }
}
