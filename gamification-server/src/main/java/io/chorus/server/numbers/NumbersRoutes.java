package io.chorus.server.numbers;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ErrorCode;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The programme's numbers, on the liaison-only router: {@code GET /api/liaison/numbers?from=&to=&office=
 * &team=} answers every figure in one JSON document, {@code GET /api/liaison/numbers/<figure>.csv} one
 * figure as a CSV file (top lists in full there, 10 rows in the document). {@code from} and {@code to}
 * are days in the company's time zone, {@code to} not included; without them, the 12 weeks up to and
 * including this one.
 */
public final class NumbersRoutes {
  static final int TOP = 10;
  static final int CSV_ROWS = 10_000;
  /** Ten years of weeks is 522 rows: long enough for any programme, short enough to answer at once. */
  static final long MAX_DAYS = 3660;

  private final NumbersStore store;
  private final Clock clock;

  public NumbersRoutes(Pool pool, Clock clock) {
    this.store = new NumbersStore(pool);
    this.clock = clock;
  }

  /** Mounts on the liaison router, which has already let only liaisons through. */
  public void mount(Router liaison) {
    liaison.get("/numbers").handler(this::document);
    liaison.get("/numbers/:file").handler(this::csv);
  }

  private void document(RoutingContext ctx) {
    scope(ctx)
        .compose(scope -> {
          List<Future<JsonObject>> figures = new ArrayList<>();
          for (Figure f : Figures.ALL) {
            figures.add(store.rows(f, scope, TOP).map(rows -> figure(f, rows)));
          }
          return Future.all(figures).map(all -> new JsonObject()
              .put("period", period(scope))
              .put("figures", new JsonArray(all.list())));
        })
        .compose(doc -> Responses.ok(ctx, doc))
        .onFailure(ctx::fail);
  }

  private void csv(RoutingContext ctx) {
    String file = ctx.pathParam("file");
    Figure figure = file.endsWith(".csv") ? Figures.byId(file.substring(0, file.length() - 4)) : null;
    if (figure == null) {
      throw new ApiException(ErrorCode.NOT_FOUND, "There is no such figure. Figures: " + String.join(", ",
          Figures.ALL.stream().map(f -> f.id() + ".csv").toList()) + ".");
    }
    scope(ctx)
        .compose(scope -> store.rows(figure, scope, CSV_ROWS)
            .compose(rows -> ctx.response()
                .putHeader("Content-Type", "text/csv; charset=utf-8; header=present")
                .putHeader("Content-Disposition",
                    "attachment; filename=\"chorus-" + figure.id() + "-" + scope.from() + "-to-" + scope.to() + ".csv\"")
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                // The byte-order mark tells spreadsheets the file is UTF-8 (names are not all ASCII).
                .end("\uFEFF" + Csv.of(figure, rows))))
        .onFailure(ctx::fail);
  }

  private static JsonObject figure(Figure f, List<JsonObject> rows) {
    JsonArray columns = new JsonArray();
    f.columns().forEach(c -> columns.add(new JsonObject().put("key", c.key()).put("label", c.label())
        .put("kind", c.kind().name().toLowerCase())));
    return new JsonObject().put("id", f.id()).put("title", f.title()).put("columns", columns)
        .put("rows", new JsonArray(new ArrayList<>(rows)));
  }

  private static JsonObject period(Scope s) {
    JsonObject period = new JsonObject().put("from", s.from().toString()).put("to", s.to().toString())
        .put("timeZone", s.timeZone());
    if (s.officeId() != null) {
      period.put("office", new JsonObject().put("id", s.officeId()).put("name", s.officeName()));
    }
    if (s.teamId() != null) {
      period.put("team", new JsonObject().put("id", s.teamId()).put("name", s.teamName()));
    }
    return period;
  }

  /** The request's scope, checked: well-formed days in order, and an office and team of the caller's company. */
  private Future<Scope> scope(RoutingContext ctx) {
    long companyId = Authenticator.caller(ctx).companyId();
    LocalDate from = day(ctx, "from");
    LocalDate to = day(ctx, "to");
    Long office = id(ctx, "office");
    Long team = id(ctx, "team");
    return store.resolve(companyId, OffsetDateTime.now(clock), office, team).map(r -> {
      if (office != null && r.officeName() == null) {
        throw new ApiException(ErrorCode.OFFICE_NOT_FOUND, ErrorCode.OFFICE_NOT_FOUND.message(), "office");
      }
      if (team != null && r.teamName() == null) {
        throw new ApiException(ErrorCode.TEAM_NOT_FOUND, ErrorCode.TEAM_NOT_FOUND.message(), "team");
      }
      LocalDate first = from != null ? from : to != null ? to.minusWeeks(12) : r.defaultFrom();
      LocalDate end = to != null ? to : from != null && !from.isBefore(r.defaultTo()) ? from.plusWeeks(12) : r.defaultTo();
      if (!first.isBefore(end)) {
        throw new ApiException(ErrorCode.INVALID_FIELD,
            "'from' (" + first + ") must be before 'to' (" + end + "): 'to' is the first day after the period.", "from");
      }
      if (ChronoUnit.DAYS.between(first, end) > MAX_DAYS) {
        throw new ApiException(ErrorCode.INVALID_FIELD, "The period is longer than " + MAX_DAYS + " days.", "to");
      }
      return new Scope(companyId, first, end, r.timeZone(), office, r.officeName(), team, r.teamName());
    });
  }

  private static LocalDate day(RoutingContext ctx, String name) {
    String value = ctx.request().getParam(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value);
      if (day.getYear() >= 2000 && day.getYear() <= 2999) {
        return day;
      }
    } catch (DateTimeParseException ignored) {
      // answered below
    }
    throw new ApiException(ErrorCode.INVALID_FIELD, "'" + name + "' must be a day as YYYY-MM-DD (2000 to 2999).",
        name);
  }

  private static Long id(RoutingContext ctx, String name) {
    String value = ctx.request().getParam(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException ignored) {
      // answered below
    }
    throw new ApiException(ErrorCode.INVALID_FIELD, "'" + name + "' must be an id (a positive whole number).", name);
  }
}
