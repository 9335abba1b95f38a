package io.chorus.server.leaderboard;

import io.chorus.server.auth.AuthStore;
import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Me;
import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.Standing;
import io.chorus.shared.wire.Streak;
import java.util.List;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The leaderboard as JSON ({@code GET /api/leaderboard}), its live stream, and the signed-in employee's
 * own standing ({@code GET /api/me}). Screens (display tokens) may read the board, never write.
 */
public final class LeaderboardRoutes {
  static final int DEFAULT_ROWS = 10;
  static final int MAX_ROWS = 50;

  private final LeaderboardIndex index;
  private final LeaderboardStream stream;
  private final AuthStore people;
  private final Authenticator auth;

  public LeaderboardRoutes(LeaderboardIndex index, LeaderboardStream stream, AuthStore people, Authenticator auth) {
    this.index = index;
    this.stream = stream;
    this.people = people;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.get(ApiPaths.LEADERBOARD).handler(auth.require(Role.EMPLOYEE, Role.DISPLAY)).handler(this::board);
    router.get(ApiPaths.LEADERBOARD_STREAM).handler(auth.require(Role.EMPLOYEE, Role.DISPLAY)).handler(this::stream);
    router.get(ApiPaths.ME).handler(auth.require(Role.EMPLOYEE)).handler(this::me);
  }

  private void board(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    index.top(caller.companyId(), period(ctx), rows(ctx))
        .compose(board -> Responses.ok(ctx, JsonWriter.encode(board::write)))
        .onFailure(ctx::fail);
  }

  private void stream(RoutingContext ctx) {
    stream.open(ctx, Authenticator.caller(ctx), period(ctx), rows(ctx));
  }

  private void me(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    Future.all(people.profile(caller.employeeId(), caller.companyId()),
            index.standing(caller.companyId(), caller.employeeId()))
        .compose(both -> {
          if (both.resultAt(0) == null) {
            return Future.failedFuture(new ApiException(ErrorCode.TOKEN_REVOKED));
          }
          Me me = new Me(both.resultAt(0), both.resultAt(1), Standing.NONE, Standing.NONE, List.of(),
              new Streak(0, false), 0);
          return Responses.ok(ctx, JsonWriter.encode(me::write));
        })
        .onFailure(ctx::fail);
  }

  static Period period(RoutingContext ctx) {
    String p = ctx.request().getParam("period");
    Period period = p == null ? Period.WEEK : Period.fromWire(p);
    if (period == null) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'period' must be one of: week, all.");
    }
    return period;
  }

  static int rows(RoutingContext ctx) {
    return Requests.intParam(ctx, "limit", DEFAULT_ROWS, 1, MAX_ROWS);
  }
}
