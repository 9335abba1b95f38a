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
import io.chorus.server.points.Streaks;
import io.chorus.server.recognition.KudosBudget;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The leaderboard as JSON ({@code GET /api/leaderboard?period=week|month|all&office=<id>|team=<id>}), its
 * live stream (same parameters), and the signed-in employee's own standings and badges
 * ({@code GET /api/me}). An office or team that is not the caller's company's is a 404, exactly like one
 * that does not exist. Screens (display tokens) may read the board, never write.
 */
public final class LeaderboardRoutes {
  static final int DEFAULT_ROWS = 10;
  static final int MAX_ROWS = 50;

  private final LeaderboardIndex index;
  private final LeaderboardStream stream;
  private final AuthStore people;
  private final Authenticator auth;
  private final Pool pool;
  private final Clock clock;

  public LeaderboardRoutes(LeaderboardIndex index, LeaderboardStream stream, AuthStore people, Authenticator auth,
      Pool pool, Clock clock) {
    this.index = index;
    this.stream = stream;
    this.people = people;
    this.auth = auth;
    this.pool = pool;
    this.clock = clock;
  }

  public void mount(Router router) {
    router.get(ApiPaths.LEADERBOARD).handler(auth.require(Role.EMPLOYEE, Role.DISPLAY)).handler(this::board);
    router.get(ApiPaths.LEADERBOARD_STREAM).handler(auth.require(Role.EMPLOYEE, Role.DISPLAY)).handler(this::stream);
    router.get(ApiPaths.ME).handler(auth.require(Role.EMPLOYEE)).handler(this::me);
  }

  private void board(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    index.top(caller.companyId(), scope(ctx), period(ctx), rows(ctx))
        .compose(board -> Responses.ok(ctx, JsonWriter.encode(board::write)))
        .onFailure(ctx::fail);
  }

  private void stream(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    BoardScope scope = scope(ctx);
    Period period = period(ctx);
    int rows = rows(ctx);
    // The scope is checked before the stream opens, so a wrong office is a plain 404, not a broken stream.
    index.known(caller.companyId(), scope)
        .onSuccess(board -> stream.open(ctx, caller, scope, period, rows, patches(ctx)))
        .onFailure(ctx::fail);
  }

  private void me(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    Future.all(people.profile(caller.employeeId(), caller.companyId()),
            index.standings(caller.companyId(), caller.employeeId()), index.heldBadges(caller.employeeId()),
            Streaks.current(pool, caller.employeeId(), clock.instant()),
            KudosBudget.kudosLeft(pool, caller.companyId(), caller.employeeId()))
        .compose(all -> {
          if (all.resultAt(0) == null) {
            return Future.failedFuture(new ApiException(ErrorCode.TOKEN_REVOKED));
          }
          CompanyBoard.Standings standings = all.resultAt(1);
          Me me = new Me(all.resultAt(0), standings.company(), standings.office(), standings.team(),
              all.resultAt(2), all.resultAt(3), all.<Integer>resultAt(4));
          return Responses.ok(ctx, JsonWriter.encode(me::write));
        })
        .onFailure(ctx::fail);
  }

  static Period period(RoutingContext ctx) {
    String p = ctx.request().getParam("period");
    Period period = p == null ? Period.WEEK : Period.fromWire(p);
    if (period == null) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'period' must be one of: week, month, all.");
    }
    return period;
  }

  /** {@code office=<id>} or {@code team=<id>} (not both); neither is the whole company. */
  static BoardScope scope(RoutingContext ctx) {
    String office = ctx.request().getParam("office");
    String team = ctx.request().getParam("team");
    if (office != null && team != null) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "Ask for an office's board or a team's, not both.");
    }
    if (office != null) {
      return BoardScope.office(id(office, "office"));
    }
    return team == null ? BoardScope.COMPANY : BoardScope.team(id(team, "team"));
  }

  private static long id(String value, String name) {
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException ignored) {
      // answered below
    }
    throw new ApiException(ErrorCode.INVALID_FIELD, "'" + name + "' must be a positive whole number (an id).");
  }

  /** {@code patches=1}: the client applies board patches (older clients do not send it: whole boards). */
  static boolean patches(RoutingContext ctx) {
    String value = ctx.request().getParam(ApiPaths.STREAM_PATCHES);
    return "1".equals(value) || "true".equals(value);
  }

  static int rows(RoutingContext ctx) {
    return Requests.intParam(ctx, "limit", DEFAULT_ROWS, 1, MAX_ROWS);
  }
}
