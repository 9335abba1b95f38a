package io.chorus.server.recognition;

import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.points.Activity;
import io.chorus.server.points.Badges;
import io.chorus.server.points.CompanyRules;
import io.chorus.server.points.Ledger;
import io.chorus.shared.badges.Badge;
import io.chorus.shared.scoring.ScoringRules;
import io.chorus.shared.wire.Colleague;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.KudosOptions;
import io.chorus.shared.wire.KudosRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of kudos. Giving one is one transaction: replay an earlier answer to the key, or check the
 * receiver and the value, claim the key (the kudos row), spend the week's budget, credit the receiver
 * in the ledger, award the kudos badges, keep the answer. Any refusal rolls all of it back.
 */
final class KudosStore {
  private static final String EARLIER = """
      SELECT request_hash, response_body FROM kudos WHERE giver_id = $1 AND client_key = $2
      """;
  // Locks the receiver's row so parallel kudos to one person count their received kudos one after the
  // other (each sees the others' rows): the "10 received" badge is then never skipped. NO KEY UPDATE
  // does not block the foreign-key checks of other writers.
  private static final String RECEIVER = """
      SELECT r.display_name AS receiver_name, g.display_name AS giver_name,
             EXISTS (SELECT 1 FROM company_value v WHERE v.company_id = r.company_id AND v.name = $4) AS known_value
        FROM employee r, employee g
       WHERE r.id = $2 AND r.company_id = $3 AND r.active AND g.id = $1
         FOR NO KEY UPDATE OF r
      """;
  private static final String INSERT = """
      INSERT INTO kudos (company_id, giver_id, receiver_id, value, message, client_key, request_hash)
      VALUES ($1, $2, $3, $4, $5, $6, $7)
      ON CONFLICT (giver_id, client_key) DO NOTHING
      RETURNING id, given_at, seq
      """;
  private static final String COUNTS = """
      SELECT (SELECT count(*) FROM kudos WHERE giver_id = $1) AS given,
             (SELECT count(*) FROM kudos WHERE receiver_id = $2) AS received
      """;
  private static final String KEEP_ANSWER = "UPDATE kudos SET response_body = $2 WHERE id = $1";
  private static final String COLLEAGUES = """
      SELECT e.id, e.display_name, o.name AS office
        FROM employee e LEFT JOIN office o ON o.id = e.office_id
       WHERE e.company_id = $1 AND e.active AND e.id <> $2
       ORDER BY e.display_name, e.id
      """;
  private static final String VALUES = """
      SELECT name FROM company_value WHERE company_id = $1 ORDER BY position, name
      """;

  /** What the transaction decided: the answer, and what to publish when this call wrote a kudos. */
  record Given(JsonObject body, Activity activity) {
    boolean replayed() {
      return activity == null;
    }
  }

  private final Pool pool;

  KudosStore(Pool pool) {
    this.pool = pool;
  }

  Future<Given> give(Caller caller, String key, String requestHash, KudosRequest request) {
    return pool.withTransaction(conn -> earlier(conn, caller, key, requestHash)
        .compose(replay -> replay != null ? Future.succeededFuture(replay)
            : giveNew(conn, caller, key, requestHash, request)));
  }

  /** The kept answer to this key, or null when the key is new; a different request under it is refused. */
  private static Future<Given> earlier(SqlConnection conn, Caller caller, String key, String requestHash) {
    return conn.preparedQuery(EARLIER).execute(Tuple.of(caller.employeeId(), key)).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row earlier = rows.iterator().next();
      if (!requestHash.equals(earlier.getString("request_hash"))) {
        throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
      }
      return new Given(earlier.getJsonObject("response_body"), null);
    });
  }

  private Future<Given> giveNew(SqlConnection conn, Caller caller, String key, String requestHash,
      KudosRequest request) {
    if (request.to() == caller.employeeId()) {
      return Future.failedFuture(new ApiException(ErrorCode.KUDOS_TO_SELF));
    }
    return conn.preparedQuery(RECEIVER)
        .execute(Tuple.of(caller.employeeId(), request.to(), caller.companyId(), request.value()))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.failedFuture(new ApiException(ErrorCode.UNKNOWN_COLLEAGUE));
          }
          Row people = rows.iterator().next();
          if (!people.getBoolean("known_value")) {
            return Future.failedFuture(new ApiException(ErrorCode.UNKNOWN_VALUE));
          }
          return CompanyRules.load(conn, caller.companyId())
              .compose(rules -> conn.preparedQuery(INSERT)
                  .execute(Tuple.from(new Object[] {caller.companyId(), caller.employeeId(), request.to(),
                      request.value(), request.message(), key, requestHash}))
                  .compose(inserted -> inserted.size() == 0
                      // A parallel request with this key committed first: answer as it did.
                      ? earlier(conn, caller, key, requestHash)
                      : record(conn, caller, request, rules, inserted.iterator().next(), people)));
        });
  }

  private Future<Given> record(SqlConnection conn, Caller caller, KudosRequest request, ScoringRules rules,
      Row kudos, Row people) {
    long kudosId = kudos.getLong("id");
    Activity activity = Activity.of(caller.companyId());
    KudosEvent event = new KudosEvent(kudosId, people.getString("giver_name"), people.getString("receiver_name"),
        request.value(), request.message(), kudos.getOffsetDateTime("given_at").toInstant().toEpochMilli(),
        kudos.getLong("seq"));
    activity.kudos().add(event);
    return KudosBudget.spend(conn, caller.employeeId(), rules.kudosPerWeek())
        .compose(given -> {
          if (given == null) {
            return Future.failedFuture(new ApiException(ErrorCode.KUDOS_BUDGET_SPENT));
          }
          int kudosLeft = Math.max(0, rules.kudosPerWeek() - given);
          return credit(conn, caller.companyId(), request.to(), rules.kudosPoints(), kudosId, activity)
              .compose(v -> awardBadges(conn, caller, request.to(), activity))
              .compose(v -> {
                JsonObject body = JsonWriter.encode(event::write).put("kudosLeft", kudosLeft);
                return conn.preparedQuery(KEEP_ANSWER).execute(Tuple.of(kudosId, body))
                    .map(done -> new Given(body, activity));
              });
        });
  }

  /** The receiver's ledger entry. Kudos sit outside the daily cap: the givers' budgets bound them. */
  private static Future<Void> credit(SqlConnection conn, long companyId, long receiverId, int points, long kudosId,
      Activity activity) {
    if (points <= 0) {
      return Future.succeededFuture();
    }
    return Ledger.append(conn, Ledger.Entry.kudos(companyId, receiverId, points, kudosId))
        .map(entry -> {
          activity.entries().add(entry);
          return null;
        });
  }

  private static Future<Void> awardBadges(SqlConnection conn, Caller caller, long receiverId, Activity activity) {
    return conn.preparedQuery(COUNTS).execute(Tuple.of(caller.employeeId(), receiverId))
        .compose(rows -> {
          Row counts = rows.iterator().next();
          return Badges.awardAll(conn, caller.companyId(), caller.employeeId(),
                  Badge.reached(Badge.Criterion.KUDOS_GIVEN, counts.getLong("given")))
              .compose(giver -> {
                activity.badges().addAll(giver);
                return Badges.awardAll(conn, caller.companyId(), receiverId,
                    Badge.reached(Badge.Criterion.KUDOS_RECEIVED, counts.getLong("received")));
              })
              .map(receiver -> {
                activity.badges().addAll(receiver);
                return null;
              });
        });
  }

  Future<KudosOptions> options(Caller caller) {
    Future<List<Colleague>> colleagues = pool.preparedQuery(COLLEAGUES)
        .execute(Tuple.of(caller.companyId(), caller.employeeId()))
        .map(rows -> {
          List<Colleague> out = new ArrayList<>();
          for (Row r : rows) {
            out.add(new Colleague(r.getLong("id"), r.getString("display_name"), r.getString("office")));
          }
          return out;
        });
    Future<List<String>> values = pool.preparedQuery(VALUES).execute(Tuple.of(caller.companyId()))
        .map(rows -> {
          List<String> out = new ArrayList<>();
          for (Row r : rows) {
            out.add(r.getString("name"));
          }
          return out;
        });
    Future<Integer> left = KudosBudget.kudosLeft(pool, caller.companyId(), caller.employeeId());
    return Future.all(colleagues, values, left)
        .map(all -> new KudosOptions(colleagues.result(), values.result(), left.result()));
  }
}
