package io.chorus.server.voids;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.VoidReceipt;
import io.chorus.shared.wire.VoidRequest;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /api/shares/:shareId/void} and {@code POST /api/ledger/:seq/void}: a liaison cancels a
 * share (everything it earned) or one ledger entry, with a reason. Employees and screens get 403.
 */
public final class VoidRoutes {
  private final VoidService voids;
  private final Authenticator auth;

  public VoidRoutes(VoidService voids, Authenticator auth) {
    this.voids = voids;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.post(ApiPaths.SHARE_VOID).handler(auth.require(Role.LIAISON)).consumes("application/json")
        .handler(this::voidShare);
    router.post(ApiPaths.LEDGER_VOID).handler(auth.require(Role.LIAISON)).consumes("application/json")
        .handler(this::voidEntry);
  }

  private void voidShare(RoutingContext ctx) {
    Long shareId = id(ctx, "shareId");
    VoidRequest request = VoidRequest.read(Requests.body(ctx));
    answer(ctx, shareId == null ? Future.failedFuture(new ApiException(ErrorCode.SHARE_NOT_FOUND))
        : voids.voidShare(Authenticator.caller(ctx), shareId, request.reason()));
  }

  private void voidEntry(RoutingContext ctx) {
    Long seq = id(ctx, "seq");
    VoidRequest request = VoidRequest.read(Requests.body(ctx));
    answer(ctx, seq == null ? Future.failedFuture(new ApiException(ErrorCode.ENTRY_NOT_FOUND))
        : voids.voidEntry(Authenticator.caller(ctx), seq, request.reason()));
  }

  private static void answer(RoutingContext ctx, Future<VoidReceipt> voided) {
    voided.compose(receipt -> Responses.ok(ctx, JsonWriter.encode(receipt::write))).onFailure(ctx::fail);
  }

  /** A path id as a positive number; anything else names nothing there is. */
  private static Long id(RoutingContext ctx, String param) {
    try {
      long id = Long.parseLong(ctx.pathParam(param));
      return id > 0 ? id : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
