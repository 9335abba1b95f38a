package io.chorus.shared.wire;

import io.chorus.shared.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * One contest's live board ({@code GET /api/contests/:id/board}), and the data of the {@code contest}
 * event on the leaderboard stream ({@link #EVENT}): sent whenever an entry or a click lands in the
 * contest or the contest changes state, so {@code /screen?contest=<id>} replaces what it shows with it.
 * Ranked by contest points, ties to whoever reached the score first; {@code latest} holds the newest
 * entries, newest first.
 */
@SuppressWarnings("unusable-by-js")
public record ContestBoard(long contestId, String name, String hashtag, ContestStatus status, long startsAt,
    long endsAt, long graceEndsAt, List<Row> rows, List<Entry> latest) {

  /** The stream event's name; its data is a ContestBoard. */
  public static final String EVENT = "contest";

  /** A person's place in the contest. */
  public record Row(int rank, long employeeId, String displayName, long points, long entries) {
    public static Row read(WireReader r) {
      return new Row((int) r.integer("rank"), r.integer("employeeId"), r.string("displayName"), r.integer("points"),
          r.integer("entries"));
    }

    public void write(WireWriter w) {
      w.put("rank", rank).put("employeeId", employeeId).put("displayName", displayName).put("points", points)
          .put("entries", entries);
    }
  }

  /**
   * One entry as the screen's "latest entries" shows it: who, on which network, when it was posted
   * (epoch ms), and whether it was a share of a library item or the person's {@code own} post.
   */
  public record Entry(long employeeId, String displayName, Network network, long at, boolean own) {
    public static Entry read(WireReader r) {
      return new Entry(r.integer("employeeId"), r.string("displayName"), Network.fromWire(r.string("network")),
          r.integer("at"), r.bool("own"));
    }

    public void write(WireWriter w) {
      w.put("employeeId", employeeId).put("displayName", displayName).put("network", network.wireName())
          .put("at", at).put("own", own);
    }
  }

  public static ContestBoard read(WireReader r) {
    List<Row> rows = new ArrayList<>();
    for (WireReader each : r.objects("rows")) {
      rows.add(Row.read(each));
    }
    List<Entry> latest = new ArrayList<>();
    for (WireReader each : r.objects("latest")) {
      latest.add(Entry.read(each));
    }
    ContestStatus status = ContestStatus.fromWire(r.string("status"));
    if (status == null) {
      throw new WireException("status", "Unknown contest status.");
    }
    return new ContestBoard(r.integer("contestId"), r.string("name"), r.string("hashtag"), status,
        r.integer("startsAt"), r.integer("endsAt"), r.integer("graceEndsAt"), rows, latest);
  }

  public void write(WireWriter w) {
    w.put("contestId", contestId).put("name", name).put("hashtag", hashtag).put("status", status.wireName())
        .put("startsAt", startsAt).put("endsAt", endsAt).put("graceEndsAt", graceEndsAt).emptyArray("rows")
        .emptyArray("latest");
    for (Row row : rows) {
      row.write(w.addObject("rows"));
    }
    for (Entry e : latest) {
      e.write(w.addObject("latest"));
    }
  }
}
