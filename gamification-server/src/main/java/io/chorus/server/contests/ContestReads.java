package io.chorus.server.contests;

import static io.chorus.server.contests.ContestQueries.*;

import io.chorus.server.http.ApiException;
import io.chorus.shared.Network;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ContestBoard;
import io.chorus.shared.wire.ContestResults;
import io.chorus.shared.wire.ContestStatus;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.MyContest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * What everyone of the company reads about a contest: its board (the screen's and the popup's), its
 * results and frozen entrant list, and an employee's live contests. Callers have already checked that
 * the contest is the caller's company's ({@link ContestStore#view}).
 */
final class ContestReads {
  static final int BOARD_ROWS = 10;
  static final int LATEST_ENTRIES = 8;

  private final Pool pool;

  ContestReads(Pool pool) {
    this.pool = pool;
  }

  Future<ContestBoard> board(long contestId) {
    Future<io.vertx.sqlclient.RowSet<Row>> head = pool.preparedQuery(BOARD_HEAD).execute(Tuple.of(contestId));
    Future<io.vertx.sqlclient.RowSet<Row>> rows = pool.preparedQuery(BOARD).execute(Tuple.of(contestId, BOARD_ROWS));
    Future<io.vertx.sqlclient.RowSet<Row>> latest = pool.preparedQuery(LATEST)
        .execute(Tuple.of(contestId, LATEST_ENTRIES));
    return Future.all(head, rows, latest).map(all -> {
      Row h = head.result().iterator().next();
      List<ContestBoard.Row> ranked = new ArrayList<>();
      int rank = 0;
      for (Row r : rows.result()) {
        ranked.add(new ContestBoard.Row(++rank, r.getLong("employee_id"), r.getString("display_name"),
            r.getLong("points"), r.getLong("entries")));
      }
      List<ContestBoard.Entry> entries = new ArrayList<>();
      for (Row r : latest.result()) {
        entries.add(new ContestBoard.Entry(r.getLong("employee_id"), r.getString("display_name"),
            Network.fromWire(r.getString("network")), ContestRows.millis(r.getOffsetDateTime("posted_at")),
            r.getBoolean("own")));
      }
      return new ContestBoard(h.getLong("id"), h.getString("name"), h.getString("hashtag"),
          ContestStatus.fromWire(h.getString("status")), ContestRows.millis(h.getOffsetDateTime("starts_at")),
          ContestRows.millis(h.getOffsetDateTime("ends_at")),
          ContestRows.millis(h.getOffsetDateTime("grace_ends_at")), ranked, entries);
    });
  }

  /**
   * Final: the winners as drawn and recorded. Provisional: the top N as the board stands now (the draw
   * has not happened), and how many would be in it.
   */
  Future<ContestResults> results(long companyId, long contestId) {
    String entrantsUrl = ApiPaths.CONTEST_ENTRANTS.replace(":id", String.valueOf(contestId));
    return pool.preparedQuery(RESULTS_STATE).execute(Tuple.of(contestId, companyId)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.failedFuture(new ApiException(ErrorCode.CONTEST_NOT_FOUND));
      }
      Row s = rows.iterator().next();
      int k = s.getInteger("draw_winners");
      if ("final".equals(s.getString("status"))) {
        return pool.preparedQuery(WINNERS).execute(Tuple.of(contestId)).map(winners -> {
          List<ContestResults.Winner> out = new ArrayList<>();
          winners.forEach(w -> out.add(new ContestResults.Winner(w.getLong("employee_id"), w.getString("display_name"),
              w.getString("reason"), w.getInteger("rank"))));
          return new ContestResults(contestId, ContestResults.FINAL, s.getString("commitment"), s.getString("seed"),
              out, s.getBoolean("drew_all"), s.getInteger("entrant_count"), k, entrantsUrl);
        });
      }
      int topN = s.getInteger("prize_top_n");
      Future<io.vertx.sqlclient.RowSet<Row>> top = pool.preparedQuery(BOARD).execute(Tuple.of(contestId, topN));
      Future<io.vertx.sqlclient.RowSet<Row>> now = pool.preparedQuery(ENTRANTS_NOW)
          .execute(Tuple.of(contestId, s.getInteger("draw_min_entries")));
      return Future.all(top, now).map(all -> {
        List<ContestResults.Winner> out = new ArrayList<>();
        int rank = 0;
        for (Row r : top.result()) {
          if (r.getLong("points") > 0) {
            out.add(new ContestResults.Winner(r.getLong("employee_id"), r.getString("display_name"),
                ContestResults.Winner.TOP, ++rank));
          }
        }
        int entrants = (int) now.result().iterator().next().getLong(0).longValue();
        return new ContestResults(contestId, ContestResults.PROVISIONAL, s.getString("commitment"), null, out,
            false, entrants, k, null);
      });
    });
  }

  /** The frozen list as CSV; 409 results_not_final before the freeze. */
  Future<String> entrantsCsv(long companyId, long contestId) {
    return pool.preparedQuery(RESULTS_STATE).execute(Tuple.of(contestId, companyId)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.failedFuture(new ApiException(ErrorCode.CONTEST_NOT_FOUND));
      }
      if (!"final".equals(rows.iterator().next().getString("status"))) {
        return Future.failedFuture(new ApiException(ErrorCode.RESULTS_NOT_FINAL));
      }
      return pool.preparedQuery(ENTRANTS).execute(Tuple.of(contestId)).map(entrants -> {
        List<ContestDraw.Entrant> list = new ArrayList<>();
        entrants.forEach(e -> list.add(new ContestDraw.Entrant(e.getLong("employee_id"), e.getString("display_name"),
            e.getInteger("entries"))));
        return ContestDraw.csv(list);
      });
    });
  }

  Future<List<MyContest>> mine(long companyId, long employeeId) {
    return pool.preparedQuery(MINE).execute(Tuple.of(companyId, employeeId)).map(rows -> {
      List<MyContest> out = new ArrayList<>();
      for (Row r : rows) {
        Long rank = r.getLong("my_rank");
        out.add(new MyContest(r.getLong("id"), r.getString("name"), r.getString("hashtag"),
            ContestRows.millis(r.getOffsetDateTime("ends_at")), r.getLong("my_entries"),
            rank == null ? 0 : rank.intValue(), Boolean.TRUE.equals(r.getBoolean("eligible"))));
      }
      return out;
    });
  }

  /** The hashtags of live contests the employee may enter with a share, oldest contest first. */
  Future<List<String>> liveTags(long companyId, long employeeId) {
    return pool.preparedQuery(LIVE_TAGS).execute(Tuple.of(companyId, employeeId)).map(rows -> {
      List<String> out = new ArrayList<>();
      rows.forEach(r -> out.add(r.getString("hashtag")));
      return out;
    });
  }
}
