package io.chorus.server.points;

import io.chorus.shared.Network;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The one way points enter the ledger: an insert inside the caller's transaction, answered with the
 * {@link LedgerEvent} to publish once that transaction commits. Every kind of entry (share, bonus,
 * click, kudos, reversal) goes through here, so every entry carries the same facts for the boards.
 */
public final class Ledger {
  // One round trip: the insert, the writing transaction's id (for boards loaded from a snapshot) and the
  // person as the boards show them.
  private static final String APPEND = """
      WITH entry AS (
        INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id, click_id, kudos_id, reverses,
                                  reason, created_by)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        RETURNING seq, created_at, employee_id)
      SELECT entry.seq, entry.created_at, pg_current_xact_id()::text::bigint AS xid,
             e.display_name, e.office_id, o.name AS office, e.team_id, t.name AS team
        FROM entry
        JOIN employee e ON e.id = entry.employee_id
        LEFT JOIN office o ON o.id = e.office_id
        LEFT JOIN team t ON t.id = e.team_id
      """;

  /** What an entry is for. {@code shareTitle}/{@code network} make a share entry show on the screen's feed. */
  public record Entry(long companyId, long employeeId, String kind, long points, Long shareId, Long clickId,
      Long kudosId, Long reverses, String reason, Long createdBy, String shareTitle, Network network,
      long feedPoints) {

    /** A share's base or bonus entry; the base entry carries the feed line, with the share's total. */
    public static Entry share(long companyId, long employeeId, String kind, long points, long shareId,
        String title, Network network, long shareTotal) {
      boolean base = "share".equals(kind);
      return new Entry(companyId, employeeId, kind, points, shareId, null, null, null, null, null,
          base ? title : null, base ? network : null, base ? shareTotal : points);
    }

    public static Entry click(long companyId, long employeeId, long points, long shareId, long clickId) {
      return new Entry(companyId, employeeId, "click", points, shareId, clickId, null, null, null, null, null, null,
          points);
    }

    public static Entry kudos(long companyId, long receiverId, long points, long kudosId) {
      return new Entry(companyId, receiverId, "kudos", points, null, null, kudosId, null, null, null, null, null,
          points);
    }

    public static Entry reversal(long companyId, long employeeId, long points, Long shareId, long reverses,
        String reason, long liaisonId) {
      return new Entry(companyId, employeeId, "reversal", -points, shareId, null, null, reverses, reason, liaisonId,
          null, null, -points);
    }
  }

  private Ledger() {}

  public static Future<LedgerEvent> append(SqlConnection conn, Entry e) {
    return conn.preparedQuery(APPEND)
        .execute(Tuple.from(new Object[] {e.companyId(), e.employeeId(), e.kind(), (int) e.points(), e.shareId(),
            e.clickId(), e.kudosId(), e.reverses(), e.reason(), e.createdBy()}))
        .map(rows -> {
          Row r = rows.iterator().next();
          return new LedgerEvent(r.getLong("seq"), r.getLong("xid"), e.companyId(), e.employeeId(), e.points(),
              r.getOffsetDateTime("created_at").toInstant().toEpochMilli(), r.getString("display_name"),
              r.getLong("office_id"), r.getString("office"), r.getLong("team_id"), r.getString("team"),
              e.shareTitle(), e.network(), e.feedPoints());
        });
  }
}
