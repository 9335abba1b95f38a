package io.chorus.server.points;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.scoring.ScoringRules;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Role;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

/**
 * {@code GET /api/rules} (anyone of the company: the panel shows "+10" before the post) and
 * {@code PUT /api/rules} (the liaison): the company's scoring rules. A change applies to what is earned
 * from then on; the ledger keeps what each entry was worth when it was written.
 */
public final class RulesRoutes {
  private final Pool pool;
  private final Authenticator auth;

  public RulesRoutes(Pool pool, Authenticator auth) {
    this.pool = pool;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.get(ApiPaths.RULES).handler(auth.require(Role.EMPLOYEE)).handler(this::read);
    router.put(ApiPaths.RULES).handler(auth.require(Role.LIAISON)).consumes("application/json").handler(this::change);
  }

  private void read(RoutingContext ctx) {
    CompanyRules.load(pool, Authenticator.caller(ctx).companyId())
        .compose(rules -> Responses.ok(ctx, JsonWriter.encode(rules::write)))
        .onFailure(ctx::fail);
  }

  private void change(RoutingContext ctx) {
    Caller liaison = Authenticator.caller(ctx);
    ScoringRules rules = ScoringRules.read(Requests.body(ctx));
    CompanyRules.save(pool, liaison.companyId(), rules, liaison.employeeId())
        .compose(v -> Responses.ok(ctx, JsonWriter.encode(rules::write)))
        .onFailure(ctx::fail);
  }
}
