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
import io.chorus.shared.wire.Fields;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.SuggestionList;
import io.chorus.shared.wire.WireReader;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * {@code GET /api/suggestions?network=linkedin|x[&limit=n]}: what the panel offers the signed-in employee,
 * each with the employee's own tracked link for it; {@code POST /api/suggestions/:id/dismiss}: "not this
 * one" or "later".
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
    router.post(ApiPaths.SUGGESTION_DISMISS).consumes("application/json").handler(auth.require(Role.EMPLOYEE))
        .handler(this::dismiss);
  }

  /**
   * {@code POST /api/suggestions/:id/dismiss} {@code {"until": ISO instant}} snoozes the item until then,
   * {@code {"until": null}} (or no until) dismisses it for good: 204, and it is not suggested again until
   * then, on any network. An id that is not the company's item is a 404.
   */
  private void dismiss(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    long contentId = contentId(ctx);
    WireReader body = Requests.body(ctx);
    Fields.allowOnly(body, "until");
    OffsetDateTime until = until(body.optString("until"));
    store.dismiss(caller.companyId(), caller.employeeId(), contentId, until)
        .compose(found -> {
          if (!found) {
            return Future.failedFuture(new ApiException(ErrorCode.CONTENT_NOT_FOUND));
          }
          return ctx.response().setStatusCode(204).putHeader("Cache-Control", "no-store").end();
        })
        .onFailure(ctx::fail);
  }

  private static OffsetDateTime until(String value) {
    if (value == null) {
      return null;
    }
    Instant until;
    try {
      until = Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'until' must be an ISO-8601 instant such as "
          + "2026-12-08T09:00:00Z, or null for good.", "until");
    }
    if (!until.isAfter(Instant.now())) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'until' must be in the future (null: for good).", "until");
    }
    return OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
  }

  private static long contentId(RoutingContext ctx) {
    try {
      long id = Long.parseLong(ctx.pathParam("id"));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException ignored) {
      // answered below
    }
    throw new ApiException(ErrorCode.CONTENT_NOT_FOUND);
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
