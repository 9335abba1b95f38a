package io.chorus.server.recognition;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.KudosRequest;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.ShareReport;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /api/kudos} (with an {@code Idempotency-Key}, like a share) and {@code GET /api/kudos/options}
 * (who can receive one, the company's values, the budget left). Liaisons give kudos as employees do.
 */
public final class KudosRoutes {
  private final KudosService kudos;
  private final Authenticator auth;

  public KudosRoutes(KudosService kudos, Authenticator auth) {
    this.kudos = kudos;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.post(ApiPaths.KUDOS).handler(auth.require(Role.EMPLOYEE)).consumes("application/json").handler(this::give);
    router.get(ApiPaths.KUDOS_OPTIONS).handler(auth.require(Role.EMPLOYEE)).handler(this::options);
  }

  private void give(RoutingContext ctx) {
    String key = ctx.request().getHeader(ApiPaths.IDEMPOTENCY_KEY_HEADER);
    if (!ShareReport.isValidKey(key)) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "Send an " + ApiPaths.IDEMPOTENCY_KEY_HEADER
          + " header of 8 to 100 letters, digits, '-' or '_' (a UUID per kudos).");
    }
    KudosRequest request = KudosRequest.read(Requests.body(ctx));
    kudos.give(Authenticator.caller(ctx), key, request)
        .compose(outcome -> {
          if (outcome.replayed()) {
            ctx.response().putHeader(ApiPaths.REPLAYED_HEADER, "true");
          }
          return Responses.json(ctx, 201, outcome.body());
        })
        .onFailure(ctx::fail);
  }

  private void options(RoutingContext ctx) {
    kudos.options(Authenticator.caller(ctx))
        .compose(options -> Responses.ok(ctx, JsonWriter.encode(options::write)))
        .onFailure(ctx::fail);
  }
}
