package io.chorus.server.recognition;

import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.points.Badges;
import io.chorus.shared.badges.Badge;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.SpotlightRequest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/** The SQL of a liaison's spotlight: the person must be an active colleague; the badge is theirs once. */
final class SpotlightStore {
  private static final String COLLEAGUE = """
      SELECT 1 FROM employee WHERE id = $1 AND company_id = $2 AND active
      """;

  private final Pool pool;

  SpotlightStore(Pool pool) {
    this.pool = pool;
  }

  /** The award, to publish after commit. */
  Future<BadgeEvent> award(Caller liaison, SpotlightRequest request) {
    return pool.withTransaction(conn -> conn.preparedQuery(COLLEAGUE)
        .execute(Tuple.of(request.employeeId(), liaison.companyId()))
        .compose(rows -> rows.size() == 0
            ? Future.failedFuture(new ApiException(ErrorCode.UNKNOWN_COLLEAGUE))
            : Badges.award(conn, liaison.companyId(), request.employeeId(), Badge.SPOTLIGHT, liaison.employeeId(),
                request.note()))
        .compose(award -> award == null
            ? Future.failedFuture(new ApiException(ErrorCode.ALREADY_AWARDED))
            : Future.succeededFuture(award)));
  }
}
