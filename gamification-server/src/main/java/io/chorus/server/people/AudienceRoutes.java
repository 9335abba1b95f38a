package io.chorus.server.people;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Audience;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;

/**
 * {@code GET} and {@code PUT /api/me/audience}: the signed-in employee's own statement of how many
 * people follow them on LinkedIn and on X (null: not said). Stated, not verified; the numbers add the
 * sharers' audiences up as an estimated reach.
 */
public final class AudienceRoutes {
  private static final String READ = """
      SELECT audience_linkedin, audience_x, audience_updated_at FROM employee WHERE id = $1 AND company_id = $2
      """;
  private static final String WRITE = """
      UPDATE employee SET audience_linkedin = $3, audience_x = $4, audience_updated_at = now()
       WHERE id = $1 AND company_id = $2
      RETURNING audience_linkedin, audience_x, audience_updated_at
      """;

  private final Pool pool;
  private final Authenticator auth;

  public AudienceRoutes(Pool pool, Authenticator auth) {
    this.pool = pool;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.get(ApiPaths.MY_AUDIENCE).handler(auth.require(Role.EMPLOYEE)).handler(this::read);
    router.put(ApiPaths.MY_AUDIENCE).consumes("application/json").handler(auth.require(Role.EMPLOYEE))
        .handler(this::write);
  }

  private void read(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    answer(ctx, pool.preparedQuery(READ).execute(Tuple.of(caller.employeeId(), caller.companyId()))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next()));
  }

  private void write(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    Audience audience = Audience.read(Requests.body(ctx));
    answer(ctx, pool.preparedQuery(WRITE).execute(Tuple.of(caller.employeeId(), caller.companyId(),
            stated(audience.linkedin()), stated(audience.x())))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next()));
  }

  private static void answer(RoutingContext ctx, Future<Row> row) {
    row.compose(r -> {
          if (r == null) {
            return Future.failedFuture(new ApiException(ErrorCode.TOKEN_REVOKED));
          }
          OffsetDateTime at = r.getOffsetDateTime("audience_updated_at");
          Audience a = new Audience(count(r.getInteger("audience_linkedin")), count(r.getInteger("audience_x")),
              at == null ? 0 : at.toInstant().toEpochMilli());
          return Responses.ok(ctx, JsonWriter.encode(a::write));
        })
        .onFailure(ctx::fail);
  }

  private static Integer stated(long n) {
    return n == Audience.NOT_STATED ? null : (int) n;
  }

  private static long count(Integer n) {
    return n == null ? Audience.NOT_STATED : n;
  }
}
