package io.chorus.server.leaderboard;

import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.Network;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.KudosEvent;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL of following the ledger's sequence: what was numbered after a point (ledger entries, badge
 * awards, kudos — one company or all), the latest of a company's feed up to a point, the highest number
 * committed, and which transactions of this database are still running (to tell a number still in
 * flight from one rolled back).
 */
final class FollowStore {
  // The writing transaction's 64-bit id (as pg_current_xact_id() gives it to the writers), rebuilt from the
  // row's 32-bit xmin and the current epoch: boards loaded from a snapshot judge an entry by it.
  private static final String XID = """
      (((pg_snapshot_xmax(pg_current_snapshot())::text::bigint >> 32) << 32) + l.xmin::text::bigint
        - CASE WHEN ((pg_snapshot_xmax(pg_current_snapshot())::text::bigint >> 32) << 32) + l.xmin::text::bigint
                    > pg_snapshot_xmax(pg_current_snapshot())::text::bigint THEN 4294967296 ELSE 0 END) AS xid""";
  private static final String ENTRY_ROWS = """
      SELECT l.seq, l.company_id, l.employee_id, l.kind, l.points, l.created_at, l.contest_id, %s,
             e.display_name, e.office_id, o.name AS office, e.team_id, t.name AS team,
             c.title, s.network,
             -- What the feed says a share earned: its entries together (base and bonuses), as the receipt did.
             (SELECT sum(x.points) FROM ledger_entry x WHERE l.kind = 'share' AND x.share_id = l.share_id
                 AND x.kind IN ('share', 'fresh_bonus', 'own_words_bonus'))::bigint AS share_points
        FROM ledger_entry l
        JOIN employee e ON e.id = l.employee_id
        LEFT JOIN office o ON o.id = e.office_id
        LEFT JOIN team t ON t.id = e.team_id
        LEFT JOIN share s ON s.id = l.share_id AND l.kind = 'share'
        LEFT JOIN content c ON c.id = s.content_id
      """.formatted(XID);
  private static final String BADGE_ROWS = """
      SELECT b.seq, b.company_id, b.employee_id, e.display_name, b.badge, b.awarded_at
        FROM badge_award b
        JOIN employee e ON e.id = b.employee_id
      """;
  private static final String KUDOS_ROWS = """
      SELECT k.seq, k.company_id, k.id, g.display_name AS from_name, r.display_name AS to_name, k.value, k.message,
             k.given_at
        FROM kudos k
        JOIN employee g ON g.id = k.giver_id
        JOIN employee r ON r.id = k.receiver_id
      """;
  // After a number, in order: of every company ($3 = 0) when a node catches up, of one when a stream replays.
  private static final String ENTRIES = ENTRY_ROWS
      + " WHERE l.seq > $1 AND ($3 = 0 OR l.company_id = $3) ORDER BY l.seq LIMIT $2";
  private static final String BADGES = BADGE_ROWS
      + " WHERE b.seq > $1 AND ($3 = 0 OR b.company_id = $3) ORDER BY b.seq LIMIT $2";
  private static final String KUDOS = KUDOS_ROWS
      + " WHERE k.seq > $1 AND ($3 = 0 OR k.company_id = $3) ORDER BY k.seq LIMIT $2";
  // The latest of each kind up to a number: a company's feed as it stood when this node started keeping it.
  private static final String LATEST_SHARES = ENTRY_ROWS
      + " WHERE l.company_id = $1 AND l.kind = 'share' AND l.share_id IS NOT NULL AND l.seq <= $2"
      + " ORDER BY l.seq DESC LIMIT $3";
  private static final String LATEST_BADGES = BADGE_ROWS
      + " WHERE b.company_id = $1 AND b.seq <= $2 ORDER BY b.seq DESC LIMIT $3";
  private static final String LATEST_KUDOS = KUDOS_ROWS
      + " WHERE k.company_id = $1 AND k.seq <= $2 ORDER BY k.seq DESC LIMIT $3";
  // Three index-only lookups of the highest number each table holds.
  private static final String HEAD = """
      SELECT greatest((SELECT coalesce(max(seq), 0) FROM ledger_entry), (SELECT coalesce(max(seq), 0) FROM badge_award),
                      (SELECT coalesce(max(seq), 0) FROM kudos)) AS head
      """;
  // Transactions of this database holding an id (every writer of a numbered row holds one), not this one.
  private static final String IN_FLIGHT = """
      SELECT backend_xid::text::bigint AS xid FROM pg_stat_activity
       WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()
      """;

  /** Numbered rows in order; complete up to the last one (more may follow when {@code full}). */
  record Page(List<Followed> items, boolean full) {}

  private final Pool pool;

  FollowStore(Pool pool) {
    this.pool = pool;
  }

  /** The highest number committed in the ledger, badge awards and kudos (0 when all are empty). */
  Future<Long> head() {
    return pool.query(HEAD).execute().map(rows -> rows.iterator().next().getLong("head"));
  }

  /** Ids of the transactions now running in this database (32-bit, as PostgreSQL shows them). */
  Future<Set<Long>> inFlight() {
    return pool.query(IN_FLIGHT).execute().map(rows -> {
      Set<Long> ids = new HashSet<>();
      rows.forEach(r -> ids.add(r.getLong("xid")));
      return ids;
    });
  }

  /**
   * Up to about {@code limit} numbered rows after {@code after}, of one company or (0) all. Each table is
   * read up to the limit; where one was cut short, the merged page stops at its last row, so the page
   * never skips a number another table holds.
   */
  Future<Page> after(long after, int limit, long companyId) {
    Tuple args = Tuple.of(after, limit, companyId);
    return Future.all(pool.preparedQuery(ENTRIES).execute(args), pool.preparedQuery(BADGES).execute(args),
            pool.preparedQuery(KUDOS).execute(args))
        .map(all -> {
          RowSet<Row> entries = all.resultAt(0);
          RowSet<Row> badges = all.resultAt(1);
          RowSet<Row> kudos = all.resultAt(2);
          long upTo = Long.MAX_VALUE;
          for (RowSet<Row> rows : List.of(entries, badges, kudos)) {
            if (rows.size() >= limit) {
              upTo = Math.min(upTo, lastSeq(rows));
            }
          }
          List<Followed> items = items(entries, badges, kudos);
          long limitSeq = upTo;
          items.removeIf(i -> i.seq() > limitSeq);
          items.sort(Comparator.comparingLong(Followed::seq));
          return new Page(items, upTo != Long.MAX_VALUE);
        });
  }

  /** The latest shares, kudos and badge awards of a company up to a number, newest first per kind. */
  Future<List<Followed>> latest(long companyId, long upTo, int perKind) {
    Tuple args = Tuple.of(companyId, upTo, perKind);
    return Future.all(pool.preparedQuery(LATEST_SHARES).execute(args), pool.preparedQuery(LATEST_BADGES).execute(args),
            pool.preparedQuery(LATEST_KUDOS).execute(args))
        .map(all -> items(all.resultAt(0), all.resultAt(1), all.resultAt(2)));
  }

  private static List<Followed> items(RowSet<Row> entries, RowSet<Row> badges, RowSet<Row> kudos) {
    List<Followed> items = new ArrayList<>();
    entries.forEach(r -> items.add(entry(r)));
    badges.forEach(r -> items.add(new Followed.Badge(r.getLong("company_id"), new BadgeEvent(
        r.getLong("employee_id"), r.getString("display_name"), r.getString("badge"), millis(r, "awarded_at"),
        r.getLong("seq")))));
    kudos.forEach(r -> items.add(new Followed.Kudos(r.getLong("company_id"), new KudosEvent(r.getLong("id"),
        r.getString("from_name"), r.getString("to_name"), r.getString("value"), r.getString("message"),
        millis(r, "given_at"), r.getLong("seq")))));
    return items;
  }

  private static Followed entry(Row r) {
    if (r.getLong("contest_id") != null) {
      return new Followed.Skip(r.getLong("seq"), r.getLong("company_id"));
    }
    String title = r.getString("title");
    String network = r.getString("network");
    long points = r.getInteger("points");
    return new Followed.Entry(new LedgerEvent(r.getLong("seq"), r.getLong("xid"), r.getLong("company_id"),
        r.getLong("employee_id"), points, millis(r, "created_at"), r.getString("display_name"), r.getLong("office_id"),
        r.getString("office"), r.getLong("team_id"), r.getString("team"), title,
        network == null ? null : Network.fromWire(network), title == null ? points : r.getLong("share_points")));
  }

  private static long lastSeq(RowSet<Row> rows) {
    long last = 0;
    for (Row r : rows) {
      last = r.getLong("seq");
    }
    return last;
  }

  private static long millis(Row r, String column) {
    return r.getOffsetDateTime(column).toInstant().toEpochMilli();
  }
}
