package io.chorus.server.recognition;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.points.Activity;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.SpotlightRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

/**
 * {@code POST /api/badges/spotlight} (liaison only): the liaison's spotlight badge for a colleague,
 * with a note. Answered 201 with the award; the screens hear of it after commit.
 */
public final class SpotlightRoutes {
  private final SpotlightStore store;
  private final LeaderboardIndex leaderboard;
  private final Authenticator auth;

  public SpotlightRoutes(Pool pool, LeaderboardIndex leaderboard, Authenticator auth) {
    this.store = new SpotlightStore(pool);
    this.leaderboard = leaderboard;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.post(ApiPaths.SPOTLIGHT).handler(auth.require(Role.LIAISON)).consumes("application/json")
        .handler(this::spotlight);
  }

  private void spotlight(RoutingContext ctx) {
    Caller liaison = Authenticator.caller(ctx);
    SpotlightRequest request = SpotlightRequest.read(Requests.body(ctx));
    store.award(liaison, request)
        .compose(award -> {
          Activity activity = Activity.of(liaison.companyId());
          activity.badges().add(award);
          return leaderboard.committed(activity).map(v -> award);
        })
        .compose(award -> Responses.json(ctx, 201, JsonWriter.encode(award::write)))
        .onFailure(ctx::fail);
  }
}
