package io.chorus.server.contests;

import static io.chorus.server.contests.ContestQueries.*;

import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.shared.text.Hashtags;
import io.chorus.shared.wire.ContestDraft;
import io.chorus.shared.wire.ContestPlace;
import io.chorus.shared.wire.ContestStatus;
import io.chorus.shared.wire.ContestView;
import io.chorus.shared.wire.ErrorCode;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A liaison's contest writes, each one transaction that first locks the company's row (so the overlap
 * check and the write after it see every other contest change of the company), and the reads of one
 * contest or a page of them. Every id is looked up within the caller's company: another company's
 * contest is a 404, the same as one that does not exist.
 */
final class ContestStore {
  private final Pool pool;
  private final String node;

  ContestStore(Pool pool, String node) {
    this.pool = pool;
    this.node = node;
  }

  /** The contest as the caller may see it: employees and screens never see drafts. */
  Future<ContestView> view(Caller caller, long id, boolean liaison) {
    return pool.preparedQuery(VIEW).execute(Tuple.of(id, caller.companyId())).map(rows -> {
      if (rows.size() == 0) {
        throw new ApiException(ErrorCode.CONTEST_NOT_FOUND);
      }
      ContestView v = ContestRows.view(rows.iterator().next());
      if (!liaison && v.status() == ContestStatus.DRAFT) {
        throw new ApiException(ErrorCode.CONTEST_NOT_FOUND);
      }
      return v;
    });
  }

  Future<List<ContestView>> list(long companyId, Long before, int limit) {
    return pool.preparedQuery(LIST).execute(Tuple.of(companyId, before, limit)).map(rows -> {
      List<ContestView> out = new ArrayList<>();
      rows.forEach(r -> out.add(ContestRows.view(r)));
      return out;
    });
  }

  Future<Long> create(Caller liaison, ContestDraft d) {
    return pool.withTransaction(conn -> lockCompany(conn, liaison.companyId())
        .compose(zone -> checkPlaces(conn, liaison.companyId(), d).map(v -> ContestWindow.of(d.starts(), d.ends(), zone)))
        .compose(w -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {liaison.companyId(), d.name(),
            d.hashtag(), Hashtags.normalize(d.hashtag()), d.description(), d.rules(), d.starts(), d.ends(),
            utc(w.starts()), utc(w.ends()), ids(d.offices()), ids(d.teams()), d.countsShares(), d.countsOwnPosts(),
            d.pointsPerEntry(), d.pointsPerClick(), d.maxEntriesPerDay(), d.prizeTopN(), d.drawWinners(),
            d.drawMinEntries(), d.graceHours(), liaison.employeeId()})))
        .map(rows -> rows.iterator().next().getLong("id")));
  }

  /**
   * The whole draft again. A draft changes freely; a scheduled contest too, but its start must still be
   * ahead and its window free of the same tag; a live one keeps its hashtag, start and scoring (409
   * contest_locked) and its end must stay ahead; ended and final ones no longer change.
   */
  Future<Void> update(Caller liaison, long id, ContestDraft d) {
    return pool.withTransaction(conn -> lockCompany(conn, liaison.companyId())
        .compose(zone -> locked(conn, id, liaison.companyId()).compose(now -> {
          ContestStatus status = now.status();
          if (status == ContestStatus.ENDED || status == ContestStatus.FINAL) {
            throw new ApiException(ErrorCode.CONTEST_STATE, "This contest has ended: it no longer changes.");
          }
          ContestWindow w;
          if (status == ContestStatus.LIVE) {
            lockedFields(now, d);
            Instant ends = ContestWindow.instant("ends", d.ends(), java.time.ZoneId.of(zone));
            if (!ends.isAfter(Instant.now())) {
              throw new ApiException(ErrorCode.INVALID_FIELD,
                  "'ends' must be ahead: to end the contest now, end it.", "ends");
            }
            w = new ContestWindow(now.startsAt(), ends);
          } else {
            w = ContestWindow.of(d.starts(), d.ends(), zone);
            if (status == ContestStatus.SCHEDULED) {
              startAhead(w);
            }
          }
          String startsLocal = status == ContestStatus.LIVE ? now.startsLocal() : d.starts();
          Future<Void> overlap = status == ContestStatus.DRAFT ? Future.succeededFuture()
              : noOverlap(conn, liaison.companyId(), id, Hashtags.normalize(d.hashtag()), w);
          return overlap.compose(v -> checkPlaces(conn, liaison.companyId(), d))
              .compose(v -> conn.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {id, liaison.companyId(),
                  d.name(), d.hashtag(), Hashtags.normalize(d.hashtag()), d.description(), d.rules(), startsLocal,
                  d.ends(), utc(w.starts()), utc(w.ends()), ids(d.offices()), ids(d.teams()), d.countsShares(),
                  d.countsOwnPosts(), d.pointsPerEntry(), d.pointsPerClick(), d.maxEntriesPerDay(), d.prizeTopN(),
                  d.drawWinners(), d.drawMinEntries(), d.graceHours()})))
              .<Void>mapEmpty();
        })));
  }

  /** draft → scheduled: the start must be ahead and no other contest may hold the tag then. */
  Future<Void> schedule(Caller liaison, long id) {
    return pool.withTransaction(conn -> lockCompany(conn, liaison.companyId())
        .compose(zone -> locked(conn, id, liaison.companyId()).compose(now -> {
          expect(now, ContestStatus.DRAFT, "Only a draft can be scheduled.");
          ContestWindow w = new ContestWindow(now.startsAt(), now.endsAt());
          startAhead(w);
          byte[] seed = Seeds.fresh();
          return noOverlap(conn, liaison.companyId(), id, now.hashtagKey(), w)
              .compose(v -> conn.preparedQuery(SCHEDULE)
                  .execute(Tuple.of(id, liaison.companyId(), io.vertx.core.buffer.Buffer.buffer(seed),
                      Seeds.commitment(seed))))
              .compose(v -> step(conn, id, "scheduled"));
        })));
  }

  /** draft or scheduled → live now: the start becomes now; the end must still be ahead. */
  Future<Void> launch(Caller liaison, long id) {
    return pool.withTransaction(conn -> lockCompany(conn, liaison.companyId())
        .compose(zone -> locked(conn, id, liaison.companyId()).compose(now -> {
          if (now.status() != ContestStatus.DRAFT && now.status() != ContestStatus.SCHEDULED) {
            throw new ApiException(ErrorCode.CONTEST_STATE, "Only a draft or a scheduled contest can be launched.");
          }
          Instant start = Instant.now();
          if (!now.endsAt().isAfter(start)) {
            throw new ApiException(ErrorCode.INVALID_FIELD, "'ends' has passed: move the end first.", "ends");
          }
          byte[] seed = Seeds.fresh();
          return noOverlap(conn, liaison.companyId(), id, now.hashtagKey(), new ContestWindow(start, now.endsAt()))
              .compose(v -> conn.preparedQuery(LAUNCH).execute(Tuple.of(id, liaison.companyId(),
                  ContestWindow.local(start, zone), io.vertx.core.buffer.Buffer.buffer(seed),
                  Seeds.commitment(seed))))
              .compose(v -> step(conn, id, "live"));
        })));
  }

  /** live → ended now: the end becomes now, and the grace period runs from it. */
  Future<Void> end(Caller liaison, long id) {
    return pool.withTransaction(conn -> lockCompany(conn, liaison.companyId())
        .compose(zone -> locked(conn, id, liaison.companyId()).compose(now -> {
          expect(now, ContestStatus.LIVE, "Only a live contest can be ended.");
          return conn.preparedQuery(END)
              .execute(Tuple.of(id, liaison.companyId(), ContestWindow.local(Instant.now(), zone)))
              .compose(v -> step(conn, id, "ended"));
        })));
  }

  private Future<Void> step(SqlConnection conn, long id, String status) {
    return conn.preparedQuery(STEP).execute(Tuple.of(id, status, node)).mapEmpty();
  }

  /** The fields that hold a live contest to what people entered under. */
  private record Locked(ContestStatus status, String hashtagKey, Instant startsAt, Instant endsAt,
      String startsLocal, int perEntry, int perClick, boolean shares, boolean ownPosts, int perDay) {}

  private static void lockedFields(Locked now, ContestDraft d) {
    List<String> changed = new ArrayList<>();
    if (!now.hashtagKey().equals(Hashtags.normalize(d.hashtag()))) {
      changed.add("hashtag");
    }
    if (!now.startsLocal().equals(d.starts())) {
      changed.add("starts");
    }
    if (now.perEntry() != d.pointsPerEntry()) {
      changed.add("pointsPerEntry");
    }
    if (now.perClick() != d.pointsPerClick()) {
      changed.add("pointsPerClick");
    }
    if (now.shares() != d.countsShares()) {
      changed.add("countsShares");
    }
    if (now.ownPosts() != d.countsOwnPosts()) {
      changed.add("countsOwnPosts");
    }
    if (now.perDay() != d.maxEntriesPerDay()) {
      changed.add("maxEntriesPerDay");
    }
    if (!changed.isEmpty()) {
      throw new ApiException(ErrorCode.CONTEST_LOCKED, "The contest is live: '" + changed.get(0)
          + "' can no longer change (nor the hashtag, start or scoring).", changed.get(0));
    }
  }

  private static Future<String> lockCompany(SqlConnection conn, long companyId) {
    return conn.preparedQuery(LOCK_COMPANY).execute(Tuple.of(companyId))
        .map(rows -> rows.iterator().next().getString("time_zone"));
  }

  private static Future<Locked> locked(SqlConnection conn, long id, long companyId) {
    return conn.preparedQuery(LOCK_CONTEST).execute(Tuple.of(id, companyId)).map(rows -> {
      if (rows.size() == 0) {
        throw new ApiException(ErrorCode.CONTEST_NOT_FOUND);
      }
      Row r = rows.iterator().next();
      return new Locked(ContestStatus.fromWire(r.getString("status")), r.getString("hashtag_key"),
          r.getOffsetDateTime("starts_at").toInstant(), r.getOffsetDateTime("ends_at").toInstant(),
          r.getString("starts_local"), r.getInteger("points_per_entry"), r.getInteger("points_per_click"),
          r.getBoolean("counts_shares"), r.getBoolean("counts_own_posts"), r.getInteger("max_entries_per_day"));
    });
  }

  private static void expect(Locked now, ContestStatus status, String message) {
    if (now.status() != status) {
      throw new ApiException(ErrorCode.CONTEST_STATE, message + " This one is " + now.status().wireName() + ".");
    }
  }

  private static void startAhead(ContestWindow w) {
    if (!w.starts().isAfter(Instant.now())) {
      throw new ApiException(ErrorCode.INVALID_FIELD,
          "'starts' has passed: a scheduled contest starts later (or launch it now).", "starts");
    }
  }

  private static Future<Void> noOverlap(SqlConnection conn, long companyId, long id, String key, ContestWindow w) {
    return conn.preparedQuery(OVERLAP).execute(Tuple.of(companyId, id, key, utc(w.starts()), utc(w.ends())))
        .map(rows -> {
          if (rows.size() > 0) {
            throw new ApiException(ErrorCode.HASHTAG_TAKEN, "The contest \"" + rows.iterator().next().getString("name")
                + "\" uses this hashtag in an overlapping window.", "hashtag");
          }
          return null;
        });
  }

  private static Future<Void> checkPlaces(SqlConnection conn, long companyId, ContestDraft d) {
    Long[] offices = ids(d.offices());
    Long[] teams = ids(d.teams());
    if (offices.length == 0 && teams.length == 0) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery(PLACES_FOUND).execute(Tuple.of(companyId, offices, teams)).map(rows -> {
      Row r = rows.iterator().next();
      if (r.getLong("offices") != offices.length) {
        throw new ApiException(ErrorCode.OFFICE_NOT_FOUND, "'offices' names an office your company does not have.",
            "offices");
      }
      if (r.getLong("teams") != teams.length) {
        throw new ApiException(ErrorCode.TEAM_NOT_FOUND, "'teams' names a team your company does not have.", "teams");
      }
      return null;
    });
  }

  static Long[] ids(List<ContestPlace> places) {
    return places.stream().map(ContestPlace::id).toArray(Long[]::new);
  }

  static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
