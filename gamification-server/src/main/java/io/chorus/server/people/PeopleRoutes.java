package io.chorus.server.people;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Paging;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.PersonLine;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

/**
 * {@code GET /api/liaison/people?q=<name or email>&after=<employee id>&limit=}, on the liaison-only
 * router: the company's active people by name, for picking someone (the spotlight; later the people
 * page).
 */
public final class PeopleRoutes {
  static final int MAX_SEARCH = 100;

  private final PeopleStore store;

  public PeopleRoutes(Pool pool) {
    this.store = new PeopleStore(pool);
  }

  /** Mounts on the liaison router, which has already let only liaisons through. */
  public void mount(Router liaison) {
    liaison.get("/people").handler(this::list);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    String q = ctx.request().getParam("q");
    if (q != null && q.length() > MAX_SEARCH) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'q' is longer than " + MAX_SEARCH + " characters.");
    }
    String search = q == null || q.isBlank() ? null : q.trim();
    store.page(Authenticator.caller(ctx).companyId(), search, Paging.key(ctx, "after"), limit + 1)
        .map(rows -> Paging.page(rows, limit, p -> String.valueOf(p.id())))
        .compose(page -> Responses.ok(ctx, JsonWriter.encode(w -> page.write(w, PersonLine::write))))
        .onFailure(ctx::fail);
  }
}
