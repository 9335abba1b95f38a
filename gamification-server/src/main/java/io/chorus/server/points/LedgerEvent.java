package io.chorus.server.points;

import io.chorus.shared.Network;
import io.chorus.shared.wire.ShareEvent;
import io.vertx.core.json.JsonObject;

/**
 * One committed ledger entry, as published on the event bus after its transaction commits. It carries
 * what a leaderboard needs to apply it (seq, the writing transaction's id, who, how many points, when,
 * and the person's office and team, so the office and team boards follow it too) and what the office
 * screen's "recent shares" line shows, so no node has to query the database to render it.
 * {@code officeId}/{@code teamId} are null when the person has none, or when the writer did not know
 * them (then the boards go by the office and team names, which are unique within a company).
 * {@code feedPoints} is what the feed line says a share earned: its whole total (base and bonuses, which are
 * entries of their own), so the screen agrees with the sharer's receipt.
 */
public record LedgerEvent(long seq, long xid, long companyId, long employeeId, long points, long atMillis,
    String employeeName, Long officeId, String office, Long teamId, String team, String contentTitle,
    Network network, long feedPoints) {

  public static final String ADDRESS = "chorus.ledger.appended";

  public LedgerEvent(long seq, long xid, long companyId, long employeeId, long points, long atMillis,
      String employeeName, Long officeId, String office, Long teamId, String team, String contentTitle,
      Network network) {
    this(seq, xid, companyId, employeeId, points, atMillis, employeeName, officeId, office, teamId, team, contentTitle,
        network, points);
  }

  /** An event from a writer that knows the office and team only by name. */
  public LedgerEvent(long seq, long xid, long companyId, long employeeId, long points, long atMillis,
      String employeeName, String office, String team, String contentTitle, Network network) {
    this(seq, xid, companyId, employeeId, points, atMillis, employeeName, null, office, null, team, contentTitle,
        network);
  }

  public ShareEvent toShareEvent() {
    return new ShareEvent(seq, employeeName, office, contentTitle, network, feedPoints, atMillis);
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("seq", seq).put("xid", xid).put("companyId", companyId).put("employeeId", employeeId).put("points", points)
        .put("at", atMillis).put("employeeName", employeeName).put("officeId", officeId).put("office", office)
        .put("teamId", teamId).put("team", team).put("contentTitle", contentTitle)
        .put("network", network == null ? null : network.wireName()).put("feedPoints", feedPoints);
  }

  public static LedgerEvent fromJson(JsonObject j) {
    return new LedgerEvent(j.getLong("seq"), j.getLong("xid"), j.getLong("companyId"), j.getLong("employeeId"),
        j.getLong("points"), j.getLong("at"), j.getString("employeeName"), j.getLong("officeId"),
        j.getString("office"), j.getLong("teamId"), j.getString("team"), j.getString("contentTitle"),
        Network.fromWire(j.getString("network")), j.getLong("feedPoints", j.getLong("points")));
  }
}
