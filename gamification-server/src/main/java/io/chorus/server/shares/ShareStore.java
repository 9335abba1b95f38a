package io.chorus.server.shares;

import io.chorus.server.auth.AuthStore;
import io.chorus.server.auth.Caller;
import io.chorus.server.auth.TokenToConfirm;
import io.chorus.server.contests.ContestEntries;
import io.chorus.server.db.Transactions;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonEncoding;
import io.chorus.server.links.LinkCodes;
import io.chorus.server.points.Activity;
import io.chorus.server.points.Badges;
import io.chorus.server.points.DailyCap;
import io.chorus.server.points.Ledger;
import io.chorus.server.points.LedgerEvent;
import io.chorus.server.points.Streaks;
import io.chorus.shared.badges.Badge;
import io.chorus.shared.scoring.ScoringRules;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.ShareReport;
import io.chorus.shared.wire.Streak;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL of recording a share, all in one transaction (its own, or a batch's: {@link ShareBatches}).
 * In order (‖ = sent together, pipelined on the connection, so one round trip):
 * <ol>
 *   <li>BEGIN ‖ {@link #CLAIM_KEY} ‖ {@link #CONTEXT} (the item, the employee's token state — a revoked
 *       token is refused here, before anything is kept or replayed — and the company's share_terms
 *       version) — a key already claimed goes to {@link #EARLIER_ANSWER} instead (replay), and nothing
 *       else runs. The company's rules and contest hashtags come from {@link ShareTerms}, read here
 *       (CompanyRules.LOAD ‖ ContestQueries.SHARE_HASHTAGS, a round trip) only when the version moved;</li>
 *   <li>ContestQueries.CANDIDATES (the contests running for the post: only when its text carries a
 *       contest's hashtag) ‖ DailyCap.GRANT — the whole share's points at once (it also queues the
 *       employee's parallel reports on their day row, so the counts below are exact) ‖
 *       {@link #INSERT_SHARE} (share with the points GRANT granted, first-on-item, tracked link, badge
 *       counts) ‖ Streaks.WEEKS (only while a streak badge is still to earn) — no share row means
 *       refused: {@link #SAME_ITEM_SHARED} says why; {@link #TRACKED_LINK_OF} only when the link was
 *       being created by a racing transaction;</li>
 * </ol>
 * Concurrent reports with one key queue on the key's row: the first commits, the rest replay it.
 */
final class ShareStore {
  static final String CLAIM_KEY = """
      INSERT INTO idempotency_key (employee_id, key, request_hash) VALUES ($1, $2, $3)
      ON CONFLICT DO NOTHING
      RETURNING employee_id
      """;
  static final String EARLIER_ANSWER = """
      SELECT request_hash, response_status, response_body FROM idempotency_key
       WHERE employee_id = $1 AND key = $2
      """;
  // The item as the employee may share it, the suggested words for the network (null: not offered), the
  // badges the employee holds (so the usual share asks for no award), whether the caller's token still
  // stands (so it costs no round trip of its own) and the version of the terms the company's shares are
  // scored by (ShareTerms: 0 until its rules or a contest first change).
  static final String CONTEXT = """
      SELECT c.id AS content_id, c.title, c.status, c.publish_at, c.hashtags,
             (c.publish_at <= now() AND (c.expires_at IS NULL OR c.expires_at > now())) AS live,
             v.text AS suggested_text,
             array(SELECT b.badge FROM badge_award b WHERE b.employee_id = e.id) AS held,
             coalesce(t.version, 0) AS terms_version,
             """ + AuthStore.TOKEN_STATE_COLUMNS + """

        FROM employee e
        LEFT JOIN share_terms t ON t.company_id = e.company_id
        LEFT JOIN content c ON c.id = $2 AND c.company_id = e.company_id
        LEFT JOIN content_variant v ON v.content_id = c.id AND v.network = $3
       WHERE e.id = $1
      """;
  // One statement: the share (its natural keys refuse a second one), the item's first share in the
  // company when there was none before (racing first shares: the key lets one win), the tracked link
  // (made when the suggestion was listed, else now), and what the badges count. The subqueries read the
  // statement's snapshot, which does not hold this share yet: hence the + 1. Sent right behind
  // DailyCap.GRANT, its points are what that GRANT granted of the $7 asked for.
  static final String INSERT_SHARE = """
      WITH s AS (
        INSERT INTO share (company_id, employee_id, content_id, network, post_url, posted_text, points, posted_at,
                           disclosed)
        VALUES ($1, $2, $3, $4, $5, $6, """ + DailyCap.grantedByThisTransaction("$2", "$7") + """
                , $8, $10)
        ON CONFLICT DO NOTHING
        RETURNING id),
      first AS (
        INSERT INTO content_first_share (content_id, share_id)
        SELECT $3, s.id FROM s WHERE NOT EXISTS (SELECT 1 FROM share o WHERE o.content_id = $3)
        ON CONFLICT DO NOTHING
        RETURNING share_id),
      link AS (
        INSERT INTO tracked_link (code, company_id, employee_id, content_id, network)
        SELECT $9, $1, $2, $3, $4 FROM s
        ON CONFLICT DO NOTHING
        RETURNING code)
      SELECT s.id,
             EXISTS (SELECT 1 FROM first) AS first_on_item,
             coalesce((SELECT code FROM link),
                      (SELECT l.code FROM tracked_link l
                        WHERE l.employee_id = $2 AND l.content_id = $3 AND l.network = $4)) AS code,
             (SELECT count(*) FROM share o WHERE o.employee_id = $2 AND o.voided_at IS NULL) + 1 AS shares,
             (SELECT count(DISTINCT o.network) FROM share o
               WHERE o.employee_id = $2 AND o.voided_at IS NULL AND o.network <> $4) + 1 AS networks
        FROM s
      """;
  static final String TRACKED_LINK_OF = """
      SELECT code FROM tracked_link WHERE employee_id = $1 AND content_id = $2 AND network = $3
      """;
  static final String SAME_ITEM_SHARED = """
      SELECT 1 FROM share WHERE employee_id = $1 AND content_id = $2 AND network = $3
      """;
  // The answer comes as text (JsonEncoding: cheaper to write than a JsonObject parameter).
  static final String KEEP_ANSWER = """
      UPDATE idempotency_key SET response_status = $3, response_body = $4::text::jsonb
       WHERE employee_id = $1 AND key = $2
      """;

  /** What the transaction decided: the answer body and, unless it replays, what it changed. */
  record Recorded(int status, JsonObject body, Activity activity, boolean replayed) {}

  /**
   * One report to record: who (with the token still to check for revocation, or null when the guard
   * checked it), under which key, when it counts as posted (already checked), and now.
   */
  record Report(Caller caller, TokenToConfirm token, String key, String requestHash, ShareReport report, Instant postedAt, Instant now,
      String publicUrl) {
    String network() {
      return report.network().wireName();
    }
  }

  private record Context(String title, Instant publishAt, String suggestedText, List<String> hashtags,
      Set<String> held) {
    /**
     * What the post said, for the contest hashtag check: the posted text, or when the site did not show
     * it, the words and hashtags the composer was prefilled with.
     */
    String postText(String posted) {
      if (posted != null) {
        return posted;
      }
      StringBuilder text = new StringBuilder(suggestedText);
      hashtags.forEach(tag -> text.append(" #").append(tag));
      return text.toString();
    }
  }

  private record Inserted(long shareId, boolean firstOnItem, String code, long shares, long networks) {}

  private final Pool pool;
  private final ShareTerms terms;

  ShareStore(Pool pool, ShareTerms terms) {
    this.pool = pool;
    this.terms = terms;
  }

  /** The report in a transaction of its own. */
  Future<Recorded> record(Report r) {
    return Transactions.pipelined(pool, conn -> recordIn(conn, r));
  }

  /**
   * The report's statements inside a transaction the caller owns (its own, or a batch's: ShareBatches).
   * The caller must roll back when this fails: the key may already be claimed.
   */
  Future<Recorded> recordIn(SqlConnection conn, Report r) {
    Caller caller = r.caller();
    Future<RowSet<Row>> claim = conn.preparedQuery(CLAIM_KEY)
        .execute(Tuple.of(caller.employeeId(), r.key(), r.requestHash()));
    Future<RowSet<Row>> context = conn.preparedQuery(CONTEXT)
        .execute(Tuple.of(caller.employeeId(), r.report().contentId(), r.network()));
    return Future.all(claim, context).compose(v -> {
      RowSet<Row> found = context.result();
      Row row = found.size() == 0 ? null : found.iterator().next();
      if (row == null || r.token() != null && !r.token().standsBy(AuthStore.tokenState(row))) {
        return Future.failedFuture(new ApiException(ErrorCode.TOKEN_REVOKED));
      }
      if (claim.result().size() != 1) {
        return replay(conn, r);
      }
      Context item = shareable(row);
      long version = row.getLong("terms_version");
      ShareTerms.Terms kept = terms.kept(caller.companyId(), version);
      return (kept != null ? Future.succeededFuture(kept) : terms.read(conn, caller.companyId(), version))
          .compose(t -> recordNew(conn, r, item, t));
    });
  }

  private Future<Recorded> replay(SqlConnection conn, Report r) {
    return conn.preparedQuery(EARLIER_ANSWER).execute(Tuple.of(r.caller().employeeId(), r.key())).map(rows -> {
      Row earlier = rows.iterator().next();
      if (!earlier.getString("request_hash").equals(r.requestHash())) {
        throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
      }
      return new Recorded(earlier.getInteger("response_status"), earlier.getJsonObject("response_body"), null, true);
    });
  }

  private Future<Recorded> recordNew(SqlConnection conn, Report r, Context context, ShareTerms.Terms terms) {
    Caller caller = r.caller();
    ScoringRules rules = terms.rules();
    // First, so the contests it finds are held (FOR SHARE) before the share is written, as before.
    Future<List<ContestEntries.Candidate>> contests =
        terms.mayEnterContest(context.postText(r.report().postedText()))
            ? ContestEntries.runningForShare(conn, caller.companyId(), caller.employeeId(), r.postedAt())
            : Future.succeededFuture(List.of());
    SharePoints asked = SharePoints.asked(rules, r.report().network(), context.publishAt(), r.postedAt(),
        context.suggestedText(), r.report().postedText());
    Future<Integer> granted = DailyCap.grant(conn, caller.employeeId(), asked.total(), rules.dailyCap());
    Future<RowSet<Row>> insert = conn.preparedQuery(INSERT_SHARE).execute(Tuple.from(new Object[] {
        caller.companyId(), caller.employeeId(), r.report().contentId(), r.network(),
        PostUrls.canonical(r.report().postUrl()), r.report().postedText(), asked.total(),
        OffsetDateTime.ofInstant(r.postedAt(), ZoneOffset.UTC), LinkCodes.newCode(), r.report().disclosed()}));
    Future<Streak> streak = ShareBadges.streakMatters(context.held())
        ? Streaks.current(conn, caller.employeeId(), r.now())
        : Future.succeededFuture(null);
    return Future.all(contests, granted, insert, streak)
        .compose(v -> inserted(conn, r, insert.result()))
        .compose(share -> award(conn, r, context, share, asked.split(granted.result()), streak.result(),
            contests.result()));
  }

  private Future<Inserted> inserted(SqlConnection conn, Report r, RowSet<Row> rows) {
    if (rows.size() == 0) {
      return whyNotInserted(conn, r);
    }
    Row row = rows.iterator().next();
    Future<String> code = row.getString("code") != null ? Future.succeededFuture(row.getString("code"))
        : conn.preparedQuery(TRACKED_LINK_OF)
            .execute(Tuple.of(r.caller().employeeId(), r.report().contentId(), r.network()))
            .map(again -> again.iterator().next().getString("code"));
    return code.map(c -> new Inserted(row.getLong("id"), row.getBoolean("first_on_item"), c, row.getLong("shares"),
        row.getLong("networks")));
  }

  /**
   * The ledger entries, badges, contest entries and the kept answer. For the usual share (no badge
   * reached, no contest running) all of it goes out in one write: the answer does not wait for the
   * entries, only for the badges it names.
   */
  private Future<Recorded> award(SqlConnection conn, Report r, Context context, Inserted share, SharePoints paid,
      Streak streak, List<ContestEntries.Candidate> running) {
    Caller caller = r.caller();
    long company = caller.companyId();
    long employee = caller.employeeId();
    List<Future<LedgerEvent>> entries = new ArrayList<>();
    // The share's own entry is written even at 0 points (daily cap reached): every share has its record.
    entries.add(Ledger.append(conn, Ledger.Entry.share(company, employee, "share", paid.base(), share.shareId(),
        context.title(), r.report().network(), paid.total())));
    if (paid.fresh() > 0) {
      entries.add(Ledger.append(conn, Ledger.Entry.share(company, employee, "fresh_bonus", paid.fresh(),
          share.shareId(), context.title(), r.report().network(), paid.total())));
    }
    if (paid.ownWords() > 0) {
      entries.add(Ledger.append(conn, Ledger.Entry.share(company, employee, "own_words_bonus", paid.ownWords(),
          share.shareId(), context.title(), r.report().network(), paid.total())));
    }
    List<Badge> reached = ShareBadges.reached(share.shares(), share.networks(), share.firstOnItem(), streak,
        context.held());
    Future<List<BadgeEvent>> badges = Badges.awardAll(conn, company, employee, reached);
    Future<List<ContestEntries.Entered>> contests = badges.compose(awarded -> ContestEntries.forShare(conn, running,
        company, employee, share.shareId(), r.report().network(), r.postedAt(),
        context.postText(r.report().postedText())));
    Future<JsonObject> body = badges.map(awarded -> answer(r, share, paid, awarded));
    Future<RowSet<Row>> kept = body.compose(b -> conn.preparedQuery(KEEP_ANSWER)
        .execute(Tuple.of(employee, r.key(), 201, JsonEncoding.text(b))));
    List<Future<?>> all = new ArrayList<>(entries);
    all.add(contests);
    all.add(kept);
    return Future.all(all).map(v -> {
      Activity activity = Activity.of(company);
      ContestEntries.record(activity, contests.result());
      entries.forEach(e -> activity.entries().add(e.result()));
      activity.badges().addAll(badges.result());
      return new Recorded(201, body.result(), activity, false);
    });
  }

  private static JsonObject answer(Report r, Inserted share, SharePoints paid, List<BadgeEvent> awarded) {
    JsonArray newBadges = new JsonArray();
    awarded.forEach(b -> newBadges.add(b.badgeId()));
    return new JsonObject()
        .put("shareId", share.shareId()).put("contentId", r.report().contentId()).put("network", r.network())
        .put("points", paid.total()).put("trackedUrl", LinkCodes.url(r.publicUrl(), share.code()))
        .put("newBadges", newBadges);
  }

  /** The item as found, or the reason it cannot be shared. */
  private static Context shareable(Row row) {
    if (row.getLong("content_id") == null) {
      throw new ApiException(ErrorCode.CONTENT_NOT_FOUND);
    }
    if (!"approved".equals(row.getString("status")) || !Boolean.TRUE.equals(row.getBoolean("live"))) {
      throw new ApiException(ErrorCode.CONTENT_NOT_LIVE);
    }
    if (row.getString("suggested_text") == null) {
      throw new ApiException(ErrorCode.NETWORK_NOT_OFFERED);
    }
    return new Context(row.getString("title"), row.getOffsetDateTime("publish_at").toInstant(),
        row.getString("suggested_text"), row.getArrayOfStrings("hashtags") == null ? List.of()
            : List.of(row.getArrayOfStrings("hashtags")), new HashSet<>(List.of(row.getArrayOfStrings("held"))));
  }

  private static <T> Future<T> whyNotInserted(SqlConnection conn, Report r) {
    return conn.preparedQuery(SAME_ITEM_SHARED)
        .execute(Tuple.of(r.caller().employeeId(), r.report().contentId(), r.network()))
        .compose(rows -> Future.failedFuture(new ApiException(
            rows.size() > 0 ? ErrorCode.ALREADY_SHARED : ErrorCode.POST_ALREADY_REPORTED)));
  }
}
