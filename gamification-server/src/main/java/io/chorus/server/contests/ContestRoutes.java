package io.chorus.server.contests;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Paging;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.server.shares.PostedAt;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ContestDraft;
import io.chorus.shared.wire.ContestStatus;
import io.chorus.shared.wire.ContestView;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.MyContest;
import io.chorus.shared.wire.OwnPostReport;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.ShareReport;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.function.Function;

/**
 * The contests' HTTP surface. Liaisons write (bearer token, or the console's cookie with its CSRF
 * header); the company's employees and screens read a contest (not a draft), its board and results;
 * employees list their live contests and report own posts. Every id is the caller's company's, or 404.
 */
public final class ContestRoutes {
  private final Contests contests;
  private final Authenticator auth;

  public ContestRoutes(Contests contests, Authenticator auth) {
    this.contests = contests;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.post(ApiPaths.CONTESTS).handler(auth.require(Role.LIAISON)).consumes("application/json")
        .handler(this::create);
    router.put(ApiPaths.CONTEST).handler(auth.require(Role.LIAISON)).consumes("application/json").handler(this::edit);
    router.post(ApiPaths.CONTEST_SCHEDULE).handler(auth.require(Role.LIAISON))
        .handler(ctx -> change(ctx, id -> contests.store.schedule(Authenticator.caller(ctx), id)));
    router.post(ApiPaths.CONTEST_LAUNCH).handler(auth.require(Role.LIAISON))
        .handler(ctx -> change(ctx, id -> contests.store.launch(Authenticator.caller(ctx), id)));
    router.post(ApiPaths.CONTEST_END).handler(auth.require(Role.LIAISON))
        .handler(ctx -> change(ctx, id -> contests.store.end(Authenticator.caller(ctx), id)));
    router.get(ApiPaths.CONTEST).handler(auth.require(Role.EMPLOYEE, Role.DISPLAY)).handler(this::view);
    router.get(ApiPaths.CONTEST_BOARD).handler(auth.require(Role.EMPLOYEE, Role.DISPLAY)).handler(this::board);
    router.get(ApiPaths.CONTEST_RESULTS).handler(auth.require(Role.EMPLOYEE, Role.DISPLAY)).handler(this::results);
    router.get(ApiPaths.CONTEST_ENTRANTS).handler(auth.require(Role.EMPLOYEE, Role.DISPLAY)).handler(this::entrants);
    router.get(ApiPaths.MY_CONTESTS).handler(auth.require(Role.EMPLOYEE)).handler(this::mine);
    router.post(ApiPaths.CONTEST_ENTRIES).handler(auth.require(Role.EMPLOYEE)).consumes("application/json")
        .handler(this::ownPost);
  }

  /** On the liaison-only router: {@code GET /contests?cursor=&limit=}, newest first. */
  public void mountLiaison(Router liaison) {
    liaison.get("/contests").handler(this::list);
  }

  private void create(RoutingContext ctx) {
    Caller liaison = Authenticator.caller(ctx);
    ContestDraft draft = ContestDraft.read(Requests.body(ctx));
    contests.store.create(liaison, draft)
        .compose(id -> contests.store.view(liaison, id, true))
        .compose(view -> Responses.json(ctx, 201, JsonWriter.encode(view::write)))
        .onFailure(ctx::fail);
  }

  private void edit(RoutingContext ctx) {
    long id = id(ctx);
    ContestDraft draft = ContestDraft.read(Requests.body(ctx));
    change(ctx, i -> contests.store.update(Authenticator.caller(ctx), id, draft));
  }

  /** A write, then the contest as it now is; screens hear of it (a draft's change concerns nobody else). */
  private void change(RoutingContext ctx, Function<Long, Future<Void>> write) {
    Caller liaison = Authenticator.caller(ctx);
    long id = id(ctx);
    write.apply(id)
        .compose(v -> contests.store.view(liaison, id, true))
        .onSuccess(view -> {
          // A draft is the liaison's alone: its board is not sent to the company's screens and popups.
          if (view.status() != ContestStatus.DRAFT) {
            contests.boards.changed(liaison.companyId(), id);
          }
        })
        .compose(view -> Responses.ok(ctx, JsonWriter.encode(view::write)))
        .onFailure(ctx::fail);
  }

  private void view(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    contests.store.view(caller, id(ctx), isLiaison(caller))
        .compose(view -> Responses.ok(ctx, JsonWriter.encode(view::write)))
        .onFailure(ctx::fail);
  }

  private void board(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    contests.store.view(caller, id(ctx), isLiaison(caller))
        .compose(view -> contests.reads.board(view.id()))
        .compose(board -> Responses.ok(ctx, JsonWriter.encode(board::write)))
        .onFailure(ctx::fail);
  }

  private void results(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    contests.store.view(caller, id(ctx), isLiaison(caller))
        .compose(view -> contests.reads.results(caller.companyId(), view.id()))
        .compose(results -> Responses.ok(ctx, JsonWriter.encode(results::write)))
        .onFailure(ctx::fail);
  }

  private void entrants(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    contests.reads.entrantsCsv(caller.companyId(), id)
        .compose(csv -> ctx.response()
            .putHeader("Content-Type", "text/csv; charset=utf-8")
            .putHeader("Content-Disposition", "attachment; filename=\"contest-" + id + "-entrants.csv\"")
            .putHeader("Cache-Control", "no-store")
            .end(csv))
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    Long cursor = Paging.key(ctx, "cursor");
    Long before = cursor != null ? cursor : Paging.key(ctx, "before");
    contests.store.list(Authenticator.caller(ctx).companyId(), before, limit + 1)
        .map(rows -> Paging.page(rows, limit, c -> String.valueOf(c.id())))
        .compose(page -> Responses.ok(ctx, JsonWriter.encode(w -> page.write(w, ContestView::write))))
        .onFailure(ctx::fail);
  }

  private void mine(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    contests.reads.mine(caller.companyId(), caller.employeeId())
        .compose(list -> Responses.ok(ctx, JsonWriter.encode(w -> MyContest.writeList(w, list))))
        .onFailure(ctx::fail);
  }

  private void ownPost(RoutingContext ctx) {
    String key = ctx.request().getHeader(ApiPaths.IDEMPOTENCY_KEY_HEADER);
    if (!ShareReport.isValidKey(key)) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "Send an " + ApiPaths.IDEMPOTENCY_KEY_HEADER
          + " header of 8 to 100 letters, digits, '-' or '_' (a UUID per post).");
    }
    OwnPostReport report = OwnPostReport.read(Requests.body(ctx));
    Instant postedAt = PostedAt.effective(report.postedAt(), Instant.now());
    Caller caller = Authenticator.caller(ctx);
    contests.ownPosts.report(caller, key, report, postedAt)
        // After commit, as for a share: the contests' boards are published and the index counts the entries as seen.
        .compose(outcome -> contests.leaderboard.committed(outcome.activity()).map(outcome))
        .compose(outcome -> {
          if (outcome.replayed()) {
            ctx.response().putHeader(ApiPaths.REPLAYED_HEADER, "true");
          }
          return Responses.json(ctx, outcome.status(), outcome.body());
        })
        .onFailure(ctx::fail);
  }

  private static boolean isLiaison(Caller caller) {
    return caller.role() == Role.LIAISON;
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
    throw new ApiException(ErrorCode.CONTEST_NOT_FOUND);
  }
}
