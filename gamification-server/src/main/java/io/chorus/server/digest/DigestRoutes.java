package io.chorus.server.digest;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.DigestPreference;
import io.chorus.shared.wire.DigestSettingsChange;
import io.chorus.shared.wire.DigestTestRequest;
import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;

/**
 * The digest's routes. For the liaison: {@code GET|PUT /api/digest/settings}, {@code GET /api/digest/preview},
 * {@code POST /api/digest/test}. For anyone signed in: {@code GET|PUT /api/digest/me}. For whoever holds
 * an email's signed link, without signing in: {@code GET /digest/unsubscribe/:token} (a page that asks),
 * {@code POST} to it (unsubscribes; the RFC 8058 one-click request), {@code POST /digest/subscribe/:token}.
 */
public final class DigestRoutes {
  private final Digests digests;
  private final DigestDesk desk;
  private final Authenticator auth;
  private final Supplier<String> publicUrl;

  public DigestRoutes(Digests digests, Authenticator auth, Supplier<String> publicUrl) {
    this.digests = digests;
    this.desk = new DigestDesk(digests);
    this.auth = auth;
    this.publicUrl = publicUrl;
  }

  public void mount(Router router) {
    router.get(ApiPaths.DIGEST_SETTINGS).handler(auth.require(Role.LIAISON)).handler(this::settings);
    router.put(ApiPaths.DIGEST_SETTINGS).handler(auth.require(Role.LIAISON)).consumes("application/json")
        .handler(this::change);
    router.get(ApiPaths.DIGEST_PREVIEW).handler(auth.require(Role.LIAISON)).handler(this::preview);
    router.post(ApiPaths.DIGEST_TEST).handler(auth.require(Role.LIAISON)).consumes("application/json")
        .handler(this::test);
    router.get(ApiPaths.DIGEST_ME).handler(auth.require(Role.EMPLOYEE)).handler(this::preference);
    router.put(ApiPaths.DIGEST_ME).handler(auth.require(Role.EMPLOYEE)).consumes("application/json")
        .handler(this::choose);
    // The body of a one-click request (List-Unsubscribe=One-Click) is never read: the POST itself is the request.
    router.get(ApiPaths.DIGEST_UNSUBSCRIBE).handler(ctx -> page(ctx, Action.ASK));
    router.post(ApiPaths.DIGEST_UNSUBSCRIBE).handler(ctx -> page(ctx, Action.UNSUBSCRIBE));
    router.post(ApiPaths.DIGEST_RESUBSCRIBE).handler(ctx -> page(ctx, Action.SUBSCRIBE));
  }

  private void settings(RoutingContext ctx) {
    desk.settings(Authenticator.caller(ctx).companyId())
        .compose(s -> Responses.ok(ctx, JsonWriter.encode(s::write)))
        .onFailure(ctx::fail);
  }

  private void change(RoutingContext ctx) {
    Caller liaison = Authenticator.caller(ctx);
    DigestSettingsChange change = DigestSettingsChange.read(Requests.body(ctx));
    desk.change(liaison.companyId(), liaison.employeeId(), change)
        .compose(s -> Responses.ok(ctx, JsonWriter.encode(s::write)))
        .onFailure(ctx::fail);
  }

  private void preview(RoutingContext ctx) {
    Caller liaison = Authenticator.caller(ctx);
    desk.preview(liaison.companyId(), liaison.employeeId(), publicUrl.get())
        .compose(p -> Responses.ok(ctx, JsonWriter.encode(p::write)))
        .onFailure(ctx::fail);
  }

  private void test(RoutingContext ctx) {
    Caller liaison = Authenticator.caller(ctx);
    DigestTestRequest request = DigestTestRequest.read(Requests.body(ctx));
    desk.test(liaison.companyId(), liaison.employeeId(), request.webhookUrl())
        .compose(r -> Responses.ok(ctx, JsonWriter.encode(r::write)))
        .onFailure(ctx::fail);
  }

  private void preference(RoutingContext ctx) {
    digests.store().person(Authenticator.caller(ctx).employeeId())
        .compose(p -> Responses.ok(ctx, JsonWriter.encode(new DigestPreference(!p.optedOut())::write)))
        .onFailure(ctx::fail);
  }

  private void choose(RoutingContext ctx) {
    long me = Authenticator.caller(ctx).employeeId();
    DigestPreference choice = DigestPreference.read(Requests.body(ctx));
    DigestStore store = digests.store();
    (choice.email() ? store.optIn(me) : store.optOut(me, "api", digests.clock().instant()))
        .compose(v -> Responses.ok(ctx, JsonWriter.encode(choice::write)))
        .onFailure(ctx::fail);
  }

  private enum Action { ASK, UNSUBSCRIBE, SUBSCRIBE }

  private void page(RoutingContext ctx, Action action) {
    String token = ctx.pathParam("token");
    DigestStore store = digests.store();
    digests.links()
        .compose(links -> {
          long employeeId = links.verify(token);
          return employeeId <= 0 ? Future.succeededFuture(null)
              : store.person(employeeId).compose(person -> {
                if (person == null) {
                  return Future.succeededFuture(null);
                }
                return switch (action) {
                  case ASK -> Future.succeededFuture(person.optedOut()
                      ? UnsubscribePage.unsubscribed(person.companyName(), person.email(), token)
                      : UnsubscribePage.ask(person.companyName(), person.email(), token));
                  case UNSUBSCRIBE -> store.optOut(employeeId, "link", digests.clock().instant())
                      .map(v -> UnsubscribePage.unsubscribed(person.companyName(), person.email(), token));
                  case SUBSCRIBE -> store.optIn(employeeId)
                      .map(v -> UnsubscribePage.subscribed(person.companyName(), person.email(), token));
                };
              });
        })
        .compose(html -> ctx.response()
            .setStatusCode(html == null ? 404 : 200)
            .putHeader("Content-Type", "text/html; charset=utf-8")
            .putHeader("Content-Security-Policy", UnsubscribePage.CSP)
            .putHeader("Cache-Control", "no-store")
            .putHeader("X-Robots-Tag", "noindex")
            .end(html == null ? UnsubscribePage.notKnown() : html))
        .onFailure(ctx::fail);
  }
}
