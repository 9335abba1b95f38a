package io.chorus.server.contests;

import static io.chorus.server.contests.ContestQueries.*;

import io.chorus.shared.Network;
import io.chorus.shared.text.Hashtags;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Contest entries and contest clicks, written inside the transaction of the share, the click or the own
 * post that earns them (so they count exactly as often as it does). Whether a post carries a contest's
 * hashtag is decided here, on the server, from the posted text, by the shared twitter-text rules
 * ({@link Hashtags#carries}: NFC, case-folded, '#' or '＃', not inside a URL).
 */
public final class ContestEntries {
  /**
   * One contest a post entered: its ledger entry's {@code seq} (0 when none was written), or
   * {@code capped} (the day's entries were used up, nothing written).
   */
  public record Entered(long contestId, String hashtag, long points, long seq, boolean capped) {}

  /** A contest click's ledger entry (or a reversal's: the contest and the entry's sequence). */
  public record Clicked(long contestId, long seq) {}

  /** The post: whose, which share or own post it is, where and when it was posted, and its text. */
  record Post(long companyId, long employeeId, Long shareId, Long ownPostId, Network network, Instant postedAt,
      String text) {
    boolean own() {
      return ownPostId != null;
    }
  }

  /** A running contest a post may enter, if it carries the hashtag. */
  public record Candidate(long id, String hashtag, int points, int perDay, LocalDate day) {}

  private ContestEntries() {}

  /**
   * The contests a share posted at {@code postedAt} could enter, before its hashtags are looked at:
   * asked with the share's first statements (pipelined), so entering costs no round trip of its own
   * for the usual share, which enters none. Its text is checked later, by {@link #forShare}.
   */
  public static Future<List<Candidate>> runningForShare(SqlConnection conn, long companyId, long employeeId,
      Instant postedAt) {
    return running(conn, companyId, employeeId, postedAt, false);
  }

  /**
   * A share's entries in every running contest it qualifies for: among {@code running} (posted inside the
   * window by an eligible person, reported before the grace period ends), those whose hashtag its text
   * carries. Returns the contests entered (empty for most shares).
   */
  public static Future<List<Entered>> forShare(SqlConnection conn, List<Candidate> running, long companyId,
      long employeeId, long shareId, Network network, Instant postedAt, String text) {
    if (running.isEmpty() || !mayCarryHashtag(text)) {
      return Future.succeededFuture(List.of());
    }
    Post post = new Post(companyId, employeeId, shareId, null, network, postedAt, text);
    return enterEach(conn, post, carried(running, text));
  }

  /**
   * The hashtags of every contest of the company a share may still enter ({@code SHARE_HASHTAGS}): a share
   * whose text carries none of them can enter no contest, so it need not ask {@link #runningForShare}.
   */
  public static Future<List<String>> hashtagsForShares(SqlClient client, long companyId) {
    return client.preparedQuery(SHARE_HASHTAGS).execute(Tuple.of(companyId)).map(rows -> {
      List<String> out = new ArrayList<>(rows.size());
      rows.forEach(r -> out.add(r.getString("hashtag")));
      return List.copyOf(out);
    });
  }

  /** Whether the text carries any of these hashtags, by the same rule that decides an entry. */
  public static boolean carriesAny(String text, List<String> hashtags) {
    if (hashtags.isEmpty() || !mayCarryHashtag(text)) {
      return false;
    }
    for (String tag : hashtags) {
      if (Hashtags.carries(text, tag)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has a '#' or '＃' at all: without one no contest can be entered. */
  public static boolean mayCarryHashtag(String text) {
    return text != null && (text.indexOf('#') >= 0 || text.indexOf('\uFF03') >= 0);
  }

  /** The contests this post would enter, tag checked; each then entered in turn, through its daily cap. */
  static Future<List<Entered>> enter(SqlConnection conn, Post post) {
    return candidates(conn, post).compose(found -> enterEach(conn, post, found));
  }

  private static Future<List<Entered>> enterEach(SqlConnection conn, Post post, List<Candidate> found) {
    List<Entered> entered = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (Candidate c : found) {
      chain = chain.compose(v -> enterOne(conn, post, c)).map(e -> {
        entered.add(e);
        return null;
      });
    }
    return chain.map(v -> entered);
  }

  static Future<List<Candidate>> candidates(SqlConnection conn, Post post) {
    return running(conn, post.companyId(), post.employeeId(), post.postedAt(), post.own())
        .map(all -> carried(all, post.text()));
  }

  private static Future<List<Candidate>> running(SqlConnection conn, long companyId, long employeeId,
      Instant postedAt, boolean own) {
    return conn.preparedQuery(CANDIDATES)
        .execute(Tuple.of(companyId, employeeId, ContestStore.utc(postedAt), own))
        .map(rows -> {
          List<Candidate> out = new ArrayList<>();
          for (Row r : rows) {
            out.add(new Candidate(r.getLong("id"), r.getString("hashtag"), r.getInteger("points_per_entry"),
                r.getInteger("max_entries_per_day"), r.getLocalDate("day")));
          }
          return out;
        });
  }

  private static List<Candidate> carried(List<Candidate> running, String text) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : running) {
      if (Hashtags.carries(text, c.hashtag())) {
        out.add(c);
      }
    }
    return out;
  }

  private static Future<Entered> enterOne(SqlConnection conn, Post post, Candidate c) {
    Future<Boolean> room = c.perDay() == 0 ? Future.succeededFuture(true)
        : conn.preparedQuery(DAY_ENTRY).execute(Tuple.of(c.id(), post.employeeId(), c.day(), c.perDay()))
            .map(rows -> rows.size() > 0);
    return room.compose(ok -> {
      if (!ok) {
        return Future.succeededFuture(new Entered(c.id(), c.hashtag(), 0, 0, true));
      }
      return conn.preparedQuery(INSERT_ENTRY).execute(Tuple.from(new Object[] {c.id(), post.companyId(),
              post.employeeId(), post.shareId(), post.ownPostId(), post.network().wireName(),
              ContestStore.utc(post.postedAt()), c.day(), c.points()}))
          .map(rows -> rows.size() == 0 ? new Entered(c.id(), c.hashtag(), 0, 0, false)
              : new Entered(c.id(), c.hashtag(), c.points(), rows.iterator().next().getLong("seq"), false));
    });
  }

  /**
   * A new unique click on a share's tracked link: points_per_click in each live contest the share
   * entered, once per click and contest. Returns the contest entries written.
   */
  public static Future<List<Clicked>> click(SqlConnection conn, long shareId, long clickId) {
    return conn.preparedQuery(CLICK).execute(Tuple.of(shareId, clickId)).map(rows -> {
      List<Clicked> out = new ArrayList<>();
      rows.forEach(r -> out.add(new Clicked(r.getLong("contest_id"), r.getLong("seq"))));
      return out;
    });
  }

  /**
   * A voided share's contest entries: marked voided (they no longer count as entries, for the board or
   * the draw) and their contest points reversed, in the void's transaction. The day's cap is not given
   * back, as for shares. Returns the reversals written.
   */
  public static Future<List<Clicked>> voidShare(SqlConnection conn, long shareId, String reason, long liaisonId) {
    return conn.preparedQuery(VOID_SHARE_ENTRIES).execute(Tuple.of(shareId, reason, liaisonId)).map(rows -> {
      List<Clicked> out = new ArrayList<>();
      rows.forEach(r -> out.add(new Clicked(r.getLong("contest_id"), r.getLong("seq"))));
      return out;
    });
  }

  /** Adds what contest entries changed to a transaction's activity, for after its commit. */
  public static void record(io.chorus.server.points.Activity activity, List<Entered> entered) {
    for (Entered e : entered) {
      if (e.seq() > 0) {
        activity.contests().add(e.contestId());
        activity.contestSeqs().add(e.seq());
      }
    }
  }
}
