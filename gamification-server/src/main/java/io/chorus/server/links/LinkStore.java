package io.chorus.server.links;

import io.chorus.server.contests.ContestEntries;
import io.chorus.server.points.Activity;
import io.chorus.server.points.CompanyRules;
import io.chorus.server.points.DailyCap;
import io.chorus.server.points.Ledger;
import io.chorus.shared.scoring.ScoringRules;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The SQL of tracked links being clicked. A click is recorded once per (link, visitor) by the table's
 * key; a new one earns the sharer points only while the link's share exists and is not voided and the
 * sharer is not deactivated, through the daily cap, in the same transaction. (The link still leads to
 * the content: it is in a public post.)
 */
public final class LinkStore {
  private static final String FIND = """
      SELECT l.company_id, l.employee_id, c.url
        FROM tracked_link l JOIN content c ON c.id = l.content_id
       WHERE l.code = $1
      """;
  private static final String RECORD_CLICK = """
      INSERT INTO link_click (code, visitor) VALUES ($1, $2)
      ON CONFLICT DO NOTHING
      RETURNING id
      """;
  // Locks the share row: a void running at the same time either sees this click's entry (and reverses
  // it) or commits first, and then this click sees the share voided and earns nothing.
  private static final String SHARE_OF_LINK = """
      SELECT s.id, s.voided_at IS NULL AND e.active AS standing
        FROM tracked_link l
        JOIN share s ON s.employee_id = l.employee_id AND s.content_id = l.content_id AND s.network = l.network
        JOIN employee e ON e.id = s.employee_id
       WHERE l.code = $1
         FOR SHARE OF s
      """;

  /** A known link: whose it is and where it leads. */
  public record Link(String code, long companyId, long employeeId, String contentUrl) {}

  private final Pool pool;

  public LinkStore(Pool pool) {
    this.pool = pool;
  }

  /** The link with this code, or null. */
  public Future<Link> find(String code) {
    return pool.preparedQuery(FIND).execute(Tuple.of(code)).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row r = rows.iterator().next();
      return new Link(code, r.getLong("company_id"), r.getLong("employee_id"), r.getString("url"));
    });
  }

  /** Records a click by a visitor; answers what it changed for the boards (empty when nothing was earned). */
  public Future<Activity> click(Link link, String visitor) {
    return pool.withTransaction(conn -> {
      // Sent together (pipelined): one round trip for the click, the share and the rules.
      Future<RowSet<Row>> click = conn.preparedQuery(RECORD_CLICK).execute(Tuple.of(link.code(), visitor));
      Future<RowSet<Row>> share = conn.preparedQuery(SHARE_OF_LINK).execute(Tuple.of(link.code()));
      Future<ScoringRules> rules = CompanyRules.load(conn, link.companyId());
      return Future.all(click, share, rules).compose(all -> {
        Activity activity = Activity.of(link.companyId());
        if (click.result().size() == 0 || share.result().size() == 0) {
          return Future.succeededFuture(activity);
        }
        Row s = share.result().iterator().next();
        if (!s.getBoolean("standing")) {
          return Future.succeededFuture(activity);
        }
        long clickId = click.result().iterator().next().getLong("id");
        long shareId = s.getLong("id");
        // Contest points for the click are the contests' own, outside the company's daily cap.
        return earn(conn, link, shareId, clickId, rules.result(), activity)
            .compose(a -> ContestEntries.click(conn, shareId, clickId).map(clicks -> {
              clicks.forEach(c -> {
                a.contests().add(c.contestId());
                a.contestSeqs().add(c.seq());
              });
              return a;
            }));
      });
    });
  }

  private static Future<Activity> earn(SqlConnection conn, Link link, long shareId, long clickId, ScoringRules rules,
      Activity activity) {
    return DailyCap.grant(conn, link.employeeId(), rules.clickPoints(), rules.dailyCap()).compose(granted -> {
      if (granted == 0) {
        return Future.succeededFuture(activity);
      }
      return Ledger.append(conn, Ledger.Entry.click(link.companyId(), link.employeeId(), granted, shareId, clickId))
          .map(event -> {
            activity.entries().add(event);
            return activity;
          });
    });
  }
}
