package io.chorus.server.people;

import io.chorus.server.auth.PasswordHasher;
import io.chorus.server.auth.SignInLimits;
import io.chorus.server.console.ConsoleRoutes;
import io.chorus.server.http.ClientAddresses;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.WelcomeRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The invitee's side: the page {@code /welcome#<token>} (the console's script and style, the console's
 * strict policy; the token stays in the fragment, so no server, log or referrer ever sees it in an
 * address), and what it calls, with the token in a JSON body: {@code POST /api/welcome/check} says
 * whose link it is (or why it does not work), {@code POST /api/welcome} sets the password. A forged,
 * expired, used or withdrawn link is refused before any password is hashed; setting one goes through
 * the sign-in's limits ({@link SignInLimits}: the node's budget of password work and the per-network
 * limits), keyed by the invitee's email.
 */
public final class WelcomeRoutes {
  private final Buffer page;
  private final Invitations invitations;
  private final PasswordHasher passwords;
  private final SignInLimits limits;
  private final ClientAddresses addresses;

  public WelcomeRoutes(Buffer page, Invitations invitations, PasswordHasher passwords, SignInLimits limits,
      ClientAddresses addresses) {
    this.page = page;
    this.invitations = invitations;
    this.passwords = passwords;
    this.limits = limits;
    this.addresses = addresses;
  }

  public void mount(Router router) {
    router.get(ApiPaths.WELCOME_PAGE).handler(this::page);
    router.post(ApiPaths.WELCOME_CHECK).consumes("application/json").handler(this::check);
    router.post(ApiPaths.WELCOME).consumes("application/json").handler(this::welcome);
  }

  private void page(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Security-Policy", ConsoleRoutes.CSP)
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("X-Frame-Options", "DENY")
        .putHeader("Cross-Origin-Opener-Policy", "same-origin")
        .putHeader("Cache-Control", "no-store")
        .end(page);
  }

  private void check(RoutingContext ctx) {
    WelcomeRequest request = WelcomeRequest.read(Requests.body(ctx), false);
    invitations.check(request.token())
        .compose(invitee -> Responses.ok(ctx, JsonWriter.encode(invitee::write)))
        .onFailure(ctx::fail);
  }

  private void welcome(RoutingContext ctx) {
    WelcomeRequest request = WelcomeRequest.read(Requests.body(ctx), true);
    invitations.check(request.token())
        .compose(invitee -> {
          SignInLimits.Ticket ticket = limits.admit(invitee.email(), addresses.networkOf(ctx.request()));
          return passwords.hash(request.password())
              .compose(hash -> invitations.redeem(request.token(), hash))
              .onSuccess(email -> ticket.succeeded())
              .onFailure(e -> ticket.abandoned());
        })
        .compose(email -> Responses.ok(ctx, new JsonObject().put("email", email).put("joined", true)))
        .onFailure(ctx::fail);
  }
}
