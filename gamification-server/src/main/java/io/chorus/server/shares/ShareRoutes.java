package io.chorus.server.shares;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.ShareReport;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;

/**
 * {@code POST /api/shares} with an {@code Idempotency-Key} header: where a share enters the server. The
 * token's revocation is checked by the share's own first statements (ShareStore), not by a query of its
 * own before them; a report that fails for any other reason is still refused as revoked when it is.
 */
public final class ShareRoutes {
  private final ShareService shares;
  private final Authenticator auth;
  private final Supplier<String> publicUrl;

  public ShareRoutes(ShareService shares, Authenticator auth, Supplier<String> publicUrl) {
    this.shares = shares;
    this.auth = auth;
    this.publicUrl = publicUrl;
  }

  public void mount(Router router) {
    router.post(ApiPaths.SHARES).handler(auth.requireRevocationCheckedByHandler(Role.EMPLOYEE))
        .consumes("application/json")
        .handler(this::report);
  }

  private void report(RoutingContext ctx) {
    recorded(ctx)
        .recover(failed -> auth.refusedIfRevoked(ctx, failed))
        .compose(outcome -> {
          if (outcome.replayed()) {
            ctx.response().putHeader(ApiPaths.REPLAYED_HEADER, "true");
          }
          return Responses.json(ctx, outcome.status(), outcome.body());
        })
        .onFailure(ctx::fail);
  }

  private Future<ShareService.Outcome> recorded(RoutingContext ctx) {
    try {
      String key = ctx.request().getHeader(ApiPaths.IDEMPOTENCY_KEY_HEADER);
      if (!ShareReport.isValidKey(key)) {
        throw new ApiException(ErrorCode.INVALID_FIELD, "Send an " + ApiPaths.IDEMPOTENCY_KEY_HEADER
            + " header of 8 to 100 letters, digits, '-' or '_' (a UUID per share).");
      }
      ShareReport report = ShareReport.read(Requests.body(ctx));
      return shares.report(Authenticator.caller(ctx), Authenticator.toConfirm(ctx), key, report, publicUrl.get());
    } catch (RuntimeException refused) {
      return Future.failedFuture(refused);
    }
  }
}
