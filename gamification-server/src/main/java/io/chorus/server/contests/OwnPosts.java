package io.chorus.server.contests;

import static io.chorus.server.contests.ContestQueries.*;

import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.points.Activity;
import io.chorus.server.shares.PostUrls;
import io.chorus.shared.wire.ContestEntryReceipt;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.OwnPostReport;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

/**
 * An employee's own post entering contests ({@code POST /api/contest-entries}), in one transaction with
 * its idempotency key (the shares' table and rules: the same key and body replay the first answer, the
 * same key with another body is a 422). Refused, with nothing kept, when the text carries no hashtag
 * of a contest the person may enter with a post made then (422 no_live_contest), when the post was
 * already reported (409), or when every such contest's daily entries are used up (422 contest_daily_cap).
 */
final class OwnPosts {
  /** The answer, whether it replays an earlier one, and what it changed (for after the commit). */
  record Outcome(int status, JsonObject body, boolean replayed, Activity activity) {}

  private final Pool pool;

  OwnPosts(Pool pool) {
    this.pool = pool;
  }

  Future<Outcome> report(Caller caller, String key, OwnPostReport report, Instant postedAt) {
    String hash = hash(report);
    return pool.withTransaction(conn -> conn.preparedQuery(CLAIM_KEY)
        .execute(Tuple.of(caller.employeeId(), key, hash))
        .compose(claim -> claim.size() == 1 ? recordNew(conn, caller, key, report, postedAt)
            : replay(conn, caller, key, hash)));
  }

  private static Future<Outcome> replay(SqlConnection conn, Caller caller, String key, String hash) {
    return conn.preparedQuery(EARLIER_ANSWER).execute(Tuple.of(caller.employeeId(), key)).map(rows -> {
      Row earlier = rows.iterator().next();
      if (!earlier.getString("request_hash").equals(hash)) {
        throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
      }
      return new Outcome(earlier.getInteger("response_status"), earlier.getJsonObject("response_body"), true,
          Activity.of(caller.companyId()));
    });
  }

  private static Future<Outcome> recordNew(SqlConnection conn, Caller caller, String key, OwnPostReport report,
      Instant postedAt) {
    String url = PostUrls.canonical(report.postUrl());
    ContestEntries.Post probe = new ContestEntries.Post(caller.companyId(), caller.employeeId(), null, 0L,
        report.network(), postedAt, report.text());
    return ContestEntries.candidates(conn, probe).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(new ApiException(ErrorCode.NO_LIVE_CONTEST));
      }
      return conn.preparedQuery(INSERT_OWN_POST).execute(Tuple.of(caller.companyId(), caller.employeeId(),
              report.network().wireName(), url, report.text(), ContestStore.utc(postedAt)))
          .compose(inserted -> entered(conn, caller, key, report, postedAt, inserted));
    });
  }

  private static Future<Outcome> entered(SqlConnection conn, Caller caller, String key, OwnPostReport report,
      Instant postedAt, RowSet<Row> inserted) {
    if (inserted.size() == 0) {
      return Future.failedFuture(new ApiException(ErrorCode.POST_ALREADY_REPORTED));
    }
    long ownPostId = inserted.iterator().next().getLong("id");
    ContestEntries.Post post = new ContestEntries.Post(caller.companyId(), caller.employeeId(), null, ownPostId,
        report.network(), postedAt, report.text());
    return ContestEntries.enter(conn, post).compose(entries -> {
      List<ContestEntries.Entered> counted = entries.stream().filter(e -> !e.capped()).toList();
      if (counted.isEmpty()) {
        return Future.failedFuture(new ApiException(ErrorCode.CONTEST_DAILY_CAP));
      }
      long points = counted.stream().mapToLong(ContestEntries.Entered::points).sum();
      ContestEntryReceipt receipt = new ContestEntryReceipt(counted.get(0).contestId(), counted.get(0).hashtag(),
          points);
      JsonObject body = JsonWriter.encode(receipt::write);
      return conn.preparedQuery(KEEP_ANSWER).execute(Tuple.of(caller.employeeId(), key, 201, body))
          .map(v -> {
            Activity activity = Activity.of(caller.companyId());
            ContestEntries.record(activity, counted);
            return new Outcome(201, body, false, activity);
          });
    });
  }

  /** The fingerprint kept with the key: over the decoded report (text in NFC), marked as an own post. */
  private static String hash(OwnPostReport r) {
    String canonical = "own-post\n" + r.network().wireName() + "\n" + (r.postUrl() == null ? "" : r.postUrl()) + "\n"
        + r.postedAt() + "\n" + Normalizer.normalize(r.text(), Normalizer.Form.NFC);
    return Seeds.sha256Hex(canonical);
  }
}
