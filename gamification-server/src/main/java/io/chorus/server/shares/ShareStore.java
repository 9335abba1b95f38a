package io.chorus.server.shares;

import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.ShareReport;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The SQL of recording a share, all in one transaction: claim the idempotency key, check the content,
 * insert the share (its natural keys refuse a second one), append the ledger entry, keep the answer.
 * Concurrent reports with one key queue on the key's row: the first commits, the rest replay it.
 */
final class ShareStore {
  private static final String CLAIM_KEY = """
      INSERT INTO idempotency_key (employee_id, key, request_hash) VALUES ($1, $2, $3)
      ON CONFLICT DO NOTHING
      RETURNING employee_id
      """;
  private static final String EARLIER_ANSWER = """
      SELECT request_hash, response_status, response_body FROM idempotency_key
       WHERE employee_id = $1 AND key = $2
      """;
  private static final String CONTEXT = """
      SELECT e.display_name, o.name AS office, t.name AS team,
             c.id AS content_id, c.title, c.status,
             (c.publish_at <= now() AND (c.expires_at IS NULL OR c.expires_at > now())) AS live,
             v.network IS NOT NULL AS offered
        FROM employee e
        LEFT JOIN office o ON o.id = e.office_id
        LEFT JOIN team t ON t.id = e.team_id
        LEFT JOIN content c ON c.id = $2 AND c.company_id = e.company_id
        LEFT JOIN content_variant v ON v.content_id = c.id AND v.network = $3
       WHERE e.id = $1
      """;
  private static final String INSERT_SHARE = """
      INSERT INTO share (company_id, employee_id, content_id, network, post_url, posted_text, points)
      VALUES ($1, $2, $3, $4, $5, $6, $7)
      ON CONFLICT DO NOTHING
      RETURNING id
      """;
  private static final String SAME_ITEM_SHARED = """
      SELECT 1 FROM share WHERE employee_id = $1 AND content_id = $2 AND network = $3
      """;
  private static final String APPEND_LEDGER = """
      INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id)
      VALUES ($1, $2, 'share', $3, $4)
      RETURNING seq, created_at, pg_current_xact_id()::text::bigint AS xid
      """;
  private static final String KEEP_ANSWER = """
      UPDATE idempotency_key SET response_status = $3, response_body = $4
       WHERE employee_id = $1 AND key = $2
      """;

  /** What the transaction decided: the answer body, and the ledger event when this call wrote one. */
  record Recorded(int status, JsonObject body, LedgerEvent event) {
    boolean replayed() {
      return event == null;
    }
  }

  private final Pool pool;

  ShareStore(Pool pool) {
    this.pool = pool;
  }

  Future<Recorded> record(Caller caller, String key, String requestHash, ShareReport report, int points) {
    return pool.withTransaction(conn -> conn.preparedQuery(CLAIM_KEY)
        .execute(Tuple.of(caller.employeeId(), key, requestHash))
        .compose(claimed -> claimed.size() == 1
            ? recordNew(conn, caller, key, report, points)
            : replay(conn, caller, key, requestHash)));
  }

  private Future<Recorded> replay(SqlConnection conn, Caller caller, String key, String requestHash) {
    return conn.preparedQuery(EARLIER_ANSWER).execute(Tuple.of(caller.employeeId(), key)).map(rows -> {
      Row earlier = rows.iterator().next();
      if (!earlier.getString("request_hash").equals(requestHash)) {
        throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
      }
      return new Recorded(earlier.getInteger("response_status"), earlier.getJsonObject("response_body"), null);
    });
  }

  private Future<Recorded> recordNew(SqlConnection conn, Caller caller, String key, ShareReport report, int points) {
    String network = report.network().wireName();
    String postUrl = PostUrls.canonical(report.postUrl());
    return conn.preparedQuery(CONTEXT).execute(Tuple.of(caller.employeeId(), report.contentId(), network))
        .compose(rows -> {
          Row context = rows.iterator().next();
          requireShareable(context);
          return conn.preparedQuery(INSERT_SHARE)
              .execute(Tuple.of(caller.companyId(), caller.employeeId(), report.contentId(), network, postUrl,
                  report.postedText(), points))
              .compose(inserted -> inserted.size() == 1
                  ? Future.succeededFuture(inserted.iterator().next().getLong("id"))
                  : whyNotInserted(conn, caller, report))
              .compose(shareId -> conn.preparedQuery(APPEND_LEDGER)
                  .execute(Tuple.of(caller.companyId(), caller.employeeId(), points, shareId))
                  .compose(ledger -> {
                    Row entry = ledger.iterator().next();
                    JsonObject body = new JsonObject()
                        .put("shareId", shareId).put("contentId", report.contentId())
                        .put("network", network).put("points", points);
                    LedgerEvent event = new LedgerEvent(entry.getLong("seq"), entry.getLong("xid"), caller.companyId(),
                        caller.employeeId(), points, entry.getOffsetDateTime("created_at").toInstant().toEpochMilli(),
                        context.getString("display_name"), context.getString("office"), context.getString("team"),
                        context.getString("title"), report.network());
                    return conn.preparedQuery(KEEP_ANSWER)
                        .execute(Tuple.of(caller.employeeId(), key, 201, body))
                        .map(v -> new Recorded(201, body, event));
                  }));
        });
  }

  private static void requireShareable(Row context) {
    if (context.getLong("content_id") == null) {
      throw new ApiException(ErrorCode.CONTENT_NOT_FOUND);
    }
    if (!"approved".equals(context.getString("status")) || !Boolean.TRUE.equals(context.getBoolean("live"))) {
      throw new ApiException(ErrorCode.CONTENT_NOT_LIVE);
    }
    if (!Boolean.TRUE.equals(context.getBoolean("offered"))) {
      throw new ApiException(ErrorCode.NETWORK_NOT_OFFERED);
    }
  }

  private static Future<Long> whyNotInserted(SqlConnection conn, Caller caller, ShareReport report) {
    return conn.preparedQuery(SAME_ITEM_SHARED)
        .execute(Tuple.of(caller.employeeId(), report.contentId(), report.network().wireName()))
        .compose(rows -> Future.failedFuture(new ApiException(
            rows.size() > 0 ? ErrorCode.ALREADY_SHARED : ErrorCode.POST_ALREADY_REPORTED)));
  }
}
