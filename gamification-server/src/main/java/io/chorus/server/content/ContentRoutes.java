package io.chorus.server.content;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.Network;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.SuggestionList;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;

/**
 * {@code GET /api/suggestions?network=linkedin|x[&limit=n]}: what the panel offers the signed-in employee,
 * each with the employee's own tracked link for it.
 */
public final class ContentRoutes {
  private static final int DEFAULT_LIMIT = 5;
  private static final int MAX_LIMIT = 20;

  private final ContentStore store;
  private final Authenticator auth;
  private final Supplier<String> publicUrl;

  public ContentRoutes(ContentStore store, Authenticator auth, Supplier<String> publicUrl) {
    this.store = store;
    this.auth = auth;
    this.publicUrl = publicUrl;
  }

  public void mount(Router router) {
    router.get(ApiPaths.SUGGESTIONS).handler(auth.require(Role.EMPLOYEE)).handler(this::suggestions);
  }

  private void suggestions(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    Network network = Network.fromWire(ctx.request().getParam("network"));
    if (network == null) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'network' must be one of: linkedin, x.");
    }
    int limit = Requests.intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    store.suggestions(caller.companyId(), caller.employeeId(), network, limit, publicUrl.get())
        .compose(list -> Responses.ok(ctx, JsonWriter.encode(new SuggestionList(list)::write)))
        .onFailure(ctx::fail);
  }
}
