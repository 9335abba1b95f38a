package io.chorus.server.voids;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Paging;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.LedgerLine;
import io.chorus.shared.wire.ShareLine;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

/**
 * What the console's Voids page lists, on the liaison-only router ({@code /api/liaison}):
 * {@code GET /shares?before=<id>&limit=} and {@code GET /ledger?before=<seq>&share=<id>&limit=}, newest
 * first, with voided shares and reversed entries marked. The voids themselves are {@link VoidRoutes}.
 */
public final class VoidListRoutes {
  private final VoidListStore store;

  public VoidListRoutes(Pool pool) {
    this.store = new VoidListStore(pool);
  }

  /** Mounts on the liaison router, which has already let only liaisons through. */
  public void mount(Router liaison) {
    liaison.get("/shares").handler(this::shares);
    liaison.get("/ledger").handler(this::ledger);
  }

  private void shares(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    store.shares(Authenticator.caller(ctx).companyId(), Paging.key(ctx, "before"), limit + 1)
        .map(rows -> Paging.page(rows, limit, s -> String.valueOf(s.id())))
        .compose(page -> Responses.ok(ctx, JsonWriter.encode(w -> page.write(w, ShareLine::write))))
        .onFailure(ctx::fail);
  }

  private void ledger(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    store.ledger(Authenticator.caller(ctx).companyId(), Paging.key(ctx, "before"), Paging.key(ctx, "share"), limit + 1)
        .map(rows -> Paging.page(rows, limit, e -> String.valueOf(e.seq())))
        .compose(page -> Responses.ok(ctx, JsonWriter.encode(w -> page.write(w, LedgerLine::write))))
        .onFailure(ctx::fail);
  }
}
