package io.chorus.server.contests;

import io.chorus.shared.wire.ContestDraft;
import io.chorus.shared.wire.ContestPlace;
import io.chorus.shared.wire.ContestStatus;
import io.chorus.shared.wire.ContestView;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the rows of {@link ContestQueries#VIEW_COLUMNS} into the wire's ContestView. */
final class ContestRows {
  private ContestRows() {}

  static ContestView view(Row r) {
    ContestDraft draft = new ContestDraft(r.getString("name"), r.getString("hashtag"), r.getString("description"),
        r.getString("rules"), r.getString("starts_local"), r.getString("ends_local"),
        places(r.getArrayOfLongs("office_ids"), r.getArrayOfStrings("office_names")),
        places(r.getArrayOfLongs("team_ids"), r.getArrayOfStrings("team_names")), r.getBoolean("counts_shares"),
        r.getBoolean("counts_own_posts"), r.getInteger("points_per_entry"), r.getInteger("points_per_click"),
        r.getInteger("max_entries_per_day"), r.getInteger("prize_top_n"), r.getInteger("draw_winners"),
        r.getInteger("draw_min_entries"), r.getInteger("grace_hours"));
    long endsAt = millis(r.getOffsetDateTime("ends_at"));
    return new ContestView(r.getLong("id"), ContestStatus.fromWire(r.getString("status")), draft,
        r.getString("time_zone"), millis(r.getOffsetDateTime("starts_at")), endsAt,
        endsAt + r.getInteger("grace_hours") * 3_600_000L, r.getString("commitment"), r.getLong("entries"),
        r.getLong("entrants"));
  }

  static long millis(OffsetDateTime t) {
    return t == null ? 0 : t.toInstant().toEpochMilli();
  }

  private static List<ContestPlace> places(Long[] ids, String[] names) {
    List<ContestPlace> out = new ArrayList<>();
    for (int i = 0; ids != null && i < ids.length; i++) {
      String name = names != null && i < names.length && !names[i].isEmpty() ? names[i] : null;
      out.add(new ContestPlace(ids[i], name));
    }
    return out;
  }
}
