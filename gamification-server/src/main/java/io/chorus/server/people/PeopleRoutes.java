package io.chorus.server.people;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Paging;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.leaderboard.LeaderboardStream;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.ImportReport;
import io.chorus.shared.wire.InviteLink;
import io.chorus.shared.wire.PersonChange;
import io.chorus.shared.wire.PersonLine;
import io.chorus.shared.wire.PersonStatus;
import io.chorus.shared.wire.PlaceLine;
import io.chorus.shared.wire.PlaceRequest;
import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The people page's server side. Reads on the liaison router ({@code GET /api/liaison/people?q=&status=
 * &office=&team=&after=&limit=}, {@code /offices}, {@code /teams}); changes on the root router, each
 * guarded for liaisons: the CSV import, one person's edit, deactivation, reactivation and a new
 * invitation link, and offices and teams (create, rename, delete when empty). Every id is the caller's
 * company's or a 404. After a change commits, the leaderboards learn it on every node
 * ({@link LeaderboardIndex#peopleChanged}); a deactivation also ends the person's open streams.
 */
public final class PeopleRoutes {
  static final int MAX_SEARCH = 100;
  private static final List<String> STATUSES = List.of("current", "all", PersonStatus.INVITED.wireName(),
      PersonStatus.JOINED.wireName(), PersonStatus.ACTIVE.wireName(), PersonStatus.DEACTIVATED.wireName());
  private static final String COMPANY_NAME = "SELECT name FROM company WHERE id = $1";

  private final Vertx vertx;
  private final Pool pool;
  private final PeopleStore store;
  private final ImportStore imports;
  private final PlacesStore offices;
  private final PlacesStore teams;
  private final Invitations invitations;
  private final LeaderboardIndex leaderboard;
  private final Authenticator auth;
  private final Supplier<String> publicUrl;

  public PeopleRoutes(Vertx vertx, Pool pool, Invitations invitations, LeaderboardIndex leaderboard, Authenticator auth,
      Supplier<String> publicUrl) {
    this.vertx = vertx;
    this.pool = pool;
    this.store = new PeopleStore(pool);
    this.imports = new ImportStore(pool);
    this.offices = new PlacesStore(pool, PlacesStore.Kind.OFFICE);
    this.teams = new PlacesStore(pool, PlacesStore.Kind.TEAM);
    this.invitations = invitations;
    this.leaderboard = leaderboard;
    this.auth = auth;
    this.publicUrl = publicUrl;
  }

  /** The liaison-only reads (the router has already let only liaisons through). */
  public void mountLiaison(Router liaison) {
    liaison.get("/people").handler(this::list);
    liaison.get("/offices").handler(ctx -> places(ctx, offices));
    liaison.get("/teams").handler(ctx -> places(ctx, teams));
  }

  /** The changes, each guarded for liaisons (and, from the console, its anti-forgery header). */
  public void mount(Router router) {
    router.post(ApiPaths.PEOPLE_IMPORT).handler(auth.require(Role.LIAISON)).handler(this::importCsv);
    router.get(ApiPaths.PERSON).handler(auth.require(Role.LIAISON)).handler(this::person);
    router.put(ApiPaths.PERSON).consumes("application/json").handler(auth.require(Role.LIAISON)).handler(this::change);
    router.post(ApiPaths.PERSON_DEACTIVATE).handler(auth.require(Role.LIAISON)).handler(this::deactivate);
    router.post(ApiPaths.PERSON_REACTIVATE).handler(auth.require(Role.LIAISON)).handler(this::reactivate);
    router.post(ApiPaths.PERSON_INVITE).handler(auth.require(Role.LIAISON)).handler(this::invite);
    router.post(ApiPaths.OFFICES).consumes("application/json").handler(auth.require(Role.LIAISON))
        .handler(ctx -> create(ctx, offices));
    router.put(ApiPaths.OFFICE).consumes("application/json").handler(auth.require(Role.LIAISON))
        .handler(ctx -> rename(ctx, offices, true));
    router.delete(ApiPaths.OFFICE).handler(auth.require(Role.LIAISON)).handler(ctx -> delete(ctx, offices, true));
    router.post(ApiPaths.TEAMS).consumes("application/json").handler(auth.require(Role.LIAISON))
        .handler(ctx -> create(ctx, teams));
    router.put(ApiPaths.TEAM).consumes("application/json").handler(auth.require(Role.LIAISON))
        .handler(ctx -> rename(ctx, teams, false));
    router.delete(ApiPaths.TEAM).handler(auth.require(Role.LIAISON)).handler(ctx -> delete(ctx, teams, false));
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    String q = ctx.request().getParam("q");
    if (q != null && q.length() > MAX_SEARCH) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'q' is longer than " + MAX_SEARCH + " characters.", "q");
    }
    String status = ctx.request().getParam("status", "current");
    if (!STATUSES.contains(status)) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "'status' must be one of " + String.join(", ", STATUSES) + ".",
          "status");
    }
    String search = q == null || q.isBlank() ? null : q.trim();
    store.page(Authenticator.caller(ctx).companyId(), search, status, Paging.key(ctx, "office"),
            Paging.key(ctx, "team"), Paging.key(ctx, "after"), limit + 1)
        .map(rows -> Paging.page(rows, limit, p -> String.valueOf(p.id())))
        .compose(page -> Responses.ok(ctx, JsonWriter.encode(w -> page.write(w, PersonLine::write))))
        .onFailure(ctx::fail);
  }

  private void places(RoutingContext ctx, PlacesStore places) {
    places.list(Authenticator.caller(ctx).companyId())
        .compose(list -> Responses.ok(ctx, JsonWriter.encode(w -> {
          w.emptyArray("items");
          list.forEach(p -> p.write(w.addObject("items")));
        })))
        .onFailure(ctx::fail);
  }

  /**
   * {@code POST /api/people/import}, a {@code text/csv} body of at most 1 MB: every good row imported
   * in one transaction, every bad one named by line; then the new people's links are mailed when the
   * node can send mail. The answer is always 200 with the {@link ImportReport} (a file with nothing
   * good in it imports nothing and says why, line by line).
   */
  private void importCsv(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !(type.startsWith("text/csv") || type.startsWith("text/plain")
        || type.startsWith("application/vnd.ms-excel") || type.startsWith("application/octet-stream"))) {
      throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the people as a CSV file (text/csv).");
    }
    Buffer body = Requests.upload(ctx);
    // Reading a large file is a few milliseconds of CPU: off the event loop all the same.
    vertx.<PeopleCsv.Parsed>executeBlocking(() -> PeopleCsv.parse(body.getBytes()), false)
        .compose(parsed -> imports.write(caller.companyId(), caller.employeeId(), parsed.good(), publicUrl)
            .compose(written -> delivered(caller.companyId(), written.links())
                .map(links -> {
                  List<ImportReport.Problem> problems = new ArrayList<>(parsed.problems());
                  problems.addAll(written.problems());
                  problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
                  return new ImportReport(parsed.rows(), written.added(), written.unchanged(), problems, links);
                })))
        .compose(report -> Responses.ok(ctx, JsonWriter.encode(report::write)))
        .onFailure(ctx::fail);
  }

  private Future<List<InviteLink>> delivered(long companyId, List<Invitations.Minted> minted) {
    if (minted.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery(COMPANY_NAME).execute(Tuple.of(companyId))
        .map(rows -> rows.iterator().next().getString("name"))
        .compose(company -> {
          List<Future<InviteLink>> each = new ArrayList<>();
          minted.forEach(m -> each.add(invitations.deliver(m, company)));
          return Future.all(each).map(all -> {
            List<InviteLink> links = new ArrayList<>();
            for (int i = 0; i < each.size(); i++) {
              links.add(all.resultAt(i));
            }
            return links;
          });
        });
  }

  private void person(RoutingContext ctx) {
    store.person(Authenticator.caller(ctx).companyId(), id(ctx))
        .compose(p -> Responses.ok(ctx, JsonWriter.encode(p::write)))
        .onFailure(ctx::fail);
  }

  private void change(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    PersonChange change = PersonChange.read(Requests.body(ctx));
    if (id == caller.employeeId() && change.role() == Role.EMPLOYEE) {
      throw new ApiException(ErrorCode.NOT_YOURSELF, "You cannot take away your own liaison role: ask another liaison.",
          "role");
    }
    store.change(caller.companyId(), id, change)
        .compose(p -> leaderboard.peopleChanged(caller.companyId(), List.of(id), List.of(), List.of()).map(p))
        .compose(p -> Responses.ok(ctx, JsonWriter.encode(p::write)))
        .onFailure(ctx::fail);
  }

  private void deactivate(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    if (id == caller.employeeId()) {
      throw new ApiException(ErrorCode.NOT_YOURSELF, "You cannot deactivate yourself: ask another liaison.");
    }
    store.person(caller.companyId(), id)
        .compose(p -> store.deactivate(caller.companyId(), id, caller.employeeId()))
        .compose(changed -> {
          if (changed) {
            // Every node ends this person's open streams now; their tokens are refused from this commit on.
            vertx.eventBus().publish(LeaderboardStream.PERSON_REVOKED,
                new JsonObject().put("companyId", caller.companyId()).put("employeeId", id));
          }
          return leaderboard.peopleChanged(caller.companyId(), List.of(id), List.of(), List.of());
        })
        .compose(v -> store.person(caller.companyId(), id))
        .compose(p -> Responses.ok(ctx, JsonWriter.encode(p::write)))
        .onFailure(ctx::fail);
  }

  private void reactivate(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    store.person(caller.companyId(), id)
        .compose(p -> store.reactivate(caller.companyId(), id))
        .compose(changed -> leaderboard.peopleChanged(caller.companyId(), List.of(id), List.of(), List.of()))
        .compose(v -> store.person(caller.companyId(), id))
        .compose(p -> Responses.ok(ctx, JsonWriter.encode(p::write)))
        .onFailure(ctx::fail);
  }

  /** A new link for someone who has not set a password yet (their older links stop working). */
  private void invite(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    store.person(caller.companyId(), id)
        .compose(p -> {
          if (p.deactivated()) {
            return Future.failedFuture(new ApiException(ErrorCode.PERSON_DEACTIVATED));
          }
          if (p.status() != PersonStatus.INVITED) {
            return Future.failedFuture(new ApiException(ErrorCode.ALREADY_JOINED));
          }
          return pool.withTransaction(conn -> Invitations.create(conn, caller.companyId(), caller.employeeId(),
              List.of(new Invitations.Recipient(p.id(), p.name(), p.email())), publicUrl));
        })
        .compose(minted -> delivered(caller.companyId(), minted))
        .compose(links -> Responses.json(ctx, 201, JsonWriter.encode(links.get(0)::write)))
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx, PlacesStore places) {
    Caller caller = Authenticator.caller(ctx);
    PlaceRequest request = PlaceRequest.read(Requests.body(ctx));
    places.create(caller.companyId(), request.name())
        .compose(p -> Responses.json(ctx, 201, JsonWriter.encode(p::write)))
        .onFailure(ctx::fail);
  }

  private void rename(RoutingContext ctx, PlacesStore places, boolean office) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    PlaceRequest request = PlaceRequest.read(Requests.body(ctx));
    places.rename(caller.companyId(), id, request.name())
        .compose(v -> leaderboard.peopleChanged(caller.companyId(), List.of(), office ? List.of(id) : List.of(),
            office ? List.of() : List.of(id)))
        .compose(v -> Responses.ok(ctx, JsonWriter.encode(new PlaceLine(id, request.name(), 0)::write)))
        .onFailure(ctx::fail);
  }

  private void delete(RoutingContext ctx, PlacesStore places, boolean office) {
    Caller caller = Authenticator.caller(ctx);
    long id = id(ctx);
    places.delete(caller.companyId(), id)
        .compose(v -> leaderboard.peopleChanged(caller.companyId(), List.of(), office ? List.of(id) : List.of(),
            office ? List.of() : List.of(id)))
        .compose(v -> Responses.ok(ctx, new JsonObject().put("deleted", true)))
        .onFailure(ctx::fail);
  }

  /** The path's id: a positive whole number, else a 404 (no such thing), as for any unknown id. */
  private static long id(RoutingContext ctx) {
    String raw = ctx.pathParam("id");
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException ignored) {
      // answered below
    }
    throw new ApiException(ErrorCode.NOT_FOUND);
  }
}
