package io.chorus.server.library;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Paging;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.Network;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Fields;
import io.chorus.shared.wire.LibraryDraft;
import io.chorus.shared.wire.LibraryItem;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.Suggestion;
import io.chorus.shared.wire.SuggestionList;
import io.chorus.shared.wire.WireReader;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The content library's API. Changes on the root router, each guarded for liaisons (the console's
 * session also needs its anti-forgery header): create a draft, replace an item, approve, schedule,
 * archive, preview. The list is on the liaison router ({@code GET /api/liaison/library}). Every answer
 * to a change is the item as it now stands.
 */
public final class LibraryRoutes {
  private static final List<String> STATUS_FILTERS = List.of("all", LibraryItem.DRAFT, LibraryItem.APPROVED,
      LibraryItem.ARCHIVED);

  private final LibraryStore store;
  private final LinkPreviews links;
  private final Authenticator auth;

  public LibraryRoutes(Pool pool, LinkPreviews links, Authenticator auth) {
    this.store = new LibraryStore(pool);
    this.links = links;
    this.auth = auth;
  }

  /** The liaison-only reads (the router has already let only liaisons through). */
  public void mountLiaison(Router liaison) {
    liaison.get("/library").handler(this::list);
    liaison.get("/library/:id").handler(this::one);
  }

  public void mount(Router router) {
    router.post(ApiPaths.LIBRARY_ITEMS).consumes("application/json").handler(auth.require(Role.LIAISON))
        .handler(this::create);
    router.put(ApiPaths.LIBRARY_ITEM).consumes("application/json").handler(auth.require(Role.LIAISON))
        .handler(this::replace);
    router.post(ApiPaths.LIBRARY_APPROVE).handler(auth.require(Role.LIAISON)).handler(this::approve);
    router.post(ApiPaths.LIBRARY_SCHEDULE).consumes("application/json").handler(auth.require(Role.LIAISON))
        .handler(this::schedule);
    router.post(ApiPaths.LIBRARY_ARCHIVE).handler(auth.require(Role.LIAISON)).handler(this::archive);
    router.get(ApiPaths.LIBRARY_PREVIEW).handler(auth.require(Role.LIAISON)).handler(this::preview);
    router.post(ApiPaths.LIBRARY_PREVIEW_LINK).consumes("application/json").handler(auth.require(Role.LIAISON))
        .handler(this::previewLink);
  }

  /** {@code {"url": …}}: the page's title, description and picture, to fill a draft with. */
  private void previewLink(RoutingContext ctx) {
    WireReader body = Requests.body(ctx);
    Fields.allowOnly(body, "url");
    links.preview(body.string("url"))
        .compose(preview -> Responses.ok(ctx, JsonWriter.encode(preview::write)))
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    String status = ctx.request().getParam("status", "all");
    if (!STATUS_FILTERS.contains(status)) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'status' must be one of " + String.join(", ", STATUS_FILTERS)
          + ".", "status");
    }
    store.page(Authenticator.caller(ctx).companyId(), status.equals("all") ? null : status, Paging.key(ctx, "cursor"),
            limit + 1)
        .map(rows -> Paging.page(rows, limit, i -> String.valueOf(i.id())))
        .compose(page -> Responses.ok(ctx, JsonWriter.encode(w -> page.write(w, LibraryItem::write))))
        .onFailure(ctx::fail);
  }

  private void one(RoutingContext ctx) {
    answer(ctx, 200, Authenticator.caller(ctx), id(ctx), Future.succeededFuture());
  }

  private void create(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    LibraryDraft draft = LibraryDraft.read(Requests.body(ctx));
    LibraryStore.Window window = window(draft.from(), draft.until());
    store.create(caller.companyId(), caller.employeeId(), draft, window)
        .compose(id -> store.item(caller.companyId(), id))
        .compose(item -> Responses.json(ctx, 201, JsonWriter.encode(item::write)))
        .onFailure(ctx::fail);
  }

  private void replace(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    LibraryDraft draft = LibraryDraft.read(Requests.body(ctx));
    LibraryStore.Window window = window(draft.from(), draft.until());
    answer(ctx, 200, caller, id, store.update(caller.companyId(), id, caller.employeeId(), draft, window));
  }

  private void approve(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    answer(ctx, 200, caller, id, store.approve(caller.companyId(), id, caller.employeeId()));
  }

  /** {@code {"from": ISO or null, "until": ISO or null}}: when the item is live. */
  private void schedule(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    WireReader body = Requests.body(ctx);
    Fields.allowOnly(body, "from", "until");
    LibraryStore.Window window = window(body.optString("from"), body.optString("until"));
    answer(ctx, 200, caller, id, store.schedule(caller.companyId(), id, window));
  }

  private void archive(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    answer(ctx, 200, caller, id, store.archive(caller.companyId(), id, caller.employeeId()));
  }

  /** The suggestions the item makes, per network, as the panel would show them (without a tracked link). */
  private void preview(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    store.item(caller.companyId(), id(ctx)).map(item -> {
      List<Suggestion> out = new ArrayList<>();
      LibraryDraft d = item.draft();
      for (Network network : Network.values()) {
        if (d.text(network) != null) {
          out.add(new Suggestion(item.id(), d.title(), d.summary(), d.url(), network, d.text(network), d.hashtags(),
              null, null));
        }
      }
      return new SuggestionList(out);
    }).compose(list -> Responses.ok(ctx, JsonWriter.encode(list::write))).onFailure(ctx::fail);
  }

  private void answer(RoutingContext ctx, int status, Caller caller, long id, Future<?> change) {
    change.compose(v -> store.item(caller.companyId(), id))
        .compose(item -> Responses.json(ctx, status, JsonWriter.encode(item::write)))
        .onFailure(ctx::fail);
  }

  /** The window's instants; {@code until} must come after {@code from} (or after now, without one). */
  static LibraryStore.Window window(String from, String until) {
    Instant start = instant("from", from);
    Instant end = instant("until", until);
    Instant begins = start != null ? start : Instant.now();
    if (end != null && !end.isAfter(begins)) {
      throw new ApiException(ErrorCode.INVALID_FIELD, start != null ? "'until' must be after 'from'."
          : "'until' must be in the future (or give a 'from' before it).", "until");
    }
    return new LibraryStore.Window(start, end);
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'" + field + "' must be an ISO-8601 instant such as "
          + "2026-12-01T09:00:00Z.", field);
    }
  }

  private static long id(RoutingContext ctx) {
    try {
      long id = Long.parseLong(ctx.pathParam("id"));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException ignored) {
      // answered below
    }
    throw new ApiException(ErrorCode.ITEM_NOT_FOUND);
  }
}
