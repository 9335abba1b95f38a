package io.chorus.server.shares;

import io.chorus.server.contests.ContestEntries;
import io.chorus.server.points.CompanyRules;
import io.chorus.shared.scoring.ScoringRules;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a company's shares are scored by, kept on this node: its scoring rules and the hashtags of its
 * contests a share may still enter. Every share reads the company's {@code share_terms} version with its
 * first statements (ShareStore.CONTEXT) and reads the terms themselves only when that version is not
 * the one kept. The version is bumped by triggers in the very transaction that changes the rules or a
 * contest (migration V21_7), on whichever node and even straight in the database, so the next share on
 * every node scores by the change: no event has to reach this node, so none can be lost, and nothing is
 * ever stale by any amount of time.
 *
 * <p>The hashtags only spare the usual share (no contest's hashtag in its text) the contest query; a
 * share that carries one still asks ContestQueries.CANDIDATES in its transaction, which judges the
 * contest's window by the share's time, the person and the grace period exactly as before.
 *
 * <p>Safe from any event loop: terms are immutable, one per company in a concurrent map.
 */
final class ShareTerms {
  /** The terms as they stood at {@code version} (or later: they are read after the version was). */
  record Terms(long version, ScoringRules rules, List<String> contestHashtags) {
    /** Whether the post's text could enter a contest: it carries one of their hashtags. */
    boolean mayEnterContest(String text) {
      return ContestEntries.carriesAny(text, contestHashtags);
    }
  }

  private final Map<Long, Terms> byCompany = new ConcurrentHashMap<>();

  /** The kept terms when they are of this version, else null. */
  Terms kept(long companyId, long version) {
    Terms kept = byCompany.get(companyId);
    return kept != null && kept.version() == version ? kept : null;
  }

  /**
   * Reads the terms inside the caller's transaction, after it read {@code version} (so they are at least
   * that recent), and keeps them unless newer ones were kept meanwhile.
   */
  Future<Terms> read(SqlConnection conn, long companyId, long version) {
    Future<ScoringRules> rules = CompanyRules.load(conn, companyId);
    Future<List<String>> hashtags = ContestEntries.hashtagsForShares(conn, companyId);
    return Future.all(rules, hashtags).map(v -> {
      Terms read = new Terms(version, rules.result(), hashtags.result());
      byCompany.merge(companyId, read, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
      return read;
    });
  }
}
