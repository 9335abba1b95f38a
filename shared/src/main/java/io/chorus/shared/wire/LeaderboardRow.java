package io.chorus.shared.wire;

import java.util.List;

/** One line of a leaderboard; {@code badges} are the person's badge ids, in the order they were earned. */
@SuppressWarnings("unusable-by-js")
public record LeaderboardRow(int rank, long employeeId, String name, String office, String team, long points,
    List<String> badges) {
  public static LeaderboardRow read(WireReader r) {
    return new LeaderboardRow((int) r.integer("rank"), r.integer("employeeId"), r.string("name"),
        r.optString("office"), r.optString("team"), r.integer("points"), r.strings("badges"));
  }

  public void write(WireWriter w) {
    w.put("rank", rank).put("employeeId", employeeId).put("name", name).put("office", office)
        .put("team", team).put("points", points).putStrings("badges", badges);
  }
}
