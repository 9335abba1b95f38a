package io.chorus.server.shares;

import io.chorus.server.auth.AuthStore;
import io.chorus.server.auth.Caller;
import io.chorus.server.auth.TokenToConfirm;
import io.chorus.server.contests.ContestEntries;
import io.chorus.server.db.Transactions;
import io.chorus.server.http.ApiException;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of recording shares, all in one transaction: a report's own, or a batch's ({@link ShareBatches}).
 * Every step is one statement for the whole batch, multi-row (unnest of one array per column), so
 * PostgreSQL parses, plans and runs each step once per batch, not once per report; each report's answer
 * comes back from the statements' rows. A report alone is a batch of one. In order (‖ = sent together,
 * pipelined on the connection, so one round trip):
 * <ol>
 *   <li>BEGIN ‖ {@link #PLAN_ONCE} ‖ {@link #CLAIM_KEYS} ‖ {@link #CONTEXTS} (each report's item, its employee's token state —
 *       a revoked token is refused here, before anything is kept or replayed — and the company's
 *       share_terms version) — a report whose key was already claimed replays {@link #EARLIER_ANSWER}
 *       instead, and nothing else runs for it. The company's rules and contest hashtags come from
 *       {@link ShareTerms}, read here (CompanyRules.LOAD ‖ ContestQueries.SHARE_HASHTAGS, a round trip) only
 *       when the version moved;</li>
 *   <li>ContestQueries.CANDIDATES per report (only when its text carries a contest's hashtag) ‖
 *       DailyCap.GRANT_ALL — each share's points at once (it also queues an employee's parallel reports on
 *       their day row, so the counts below are exact) ‖ {@link #INSERT_SHARES} (shares with the points
 *       GRANT_ALL granted, first-on-item, tracked links, badge counts) ‖ Streaks.WEEKS per report (only
 *       while a streak badge is still to earn) — a report without a share row is refused:
 *       {@link #SAME_ITEM_SHARED} says why; {@link #TRACKED_LINK_OF} only when the link was being created
 *       by a racing transaction;</li>
 *   <li>Ledger.APPEND_SHARES ‖ {@link #KEEP_ANSWERS} — after Badges.AWARD per badge reached, when one is.</li>
 * </ol>
 * A batch holds each employee at most once (ShareBatches), and its reports in employee order: a row per
 * employee comes back, and concurrent batches take their people's rows in one order. Any report that
 * fails fails the whole (its caller rolls back). Concurrent reports with one key queue on the key's row:
 * the first commits, the rest replay it.
 */
final class ShareStore {
  // First in the transaction. The batch statements take arrays: PostgreSQL plans them for an array of 10
  // rows when planning once for all (a generic plan) and for the array's real length when planning each
  // call (a custom plan), so it judges the custom plans cheaper and would plan every call anew (about
  // 0.5 ms for CONTEXTS, twice its run). Every plan here is a lookup by key, fit for any length: plan once.
  static final String PLAN_ONCE = "SET LOCAL plan_cache_mode = force_generic_plan";
  static final String CLAIM_KEYS = """
      INSERT INTO idempotency_key (employee_id, key, request_hash)
      SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])
      ON CONFLICT DO NOTHING
      RETURNING employee_id
      """;
  static final String EARLIER_ANSWER = """
      SELECT request_hash, response_status, response_body FROM idempotency_key
       WHERE employee_id = $1 AND key = $2
      """;
  // Per report (i: its place in the arrays): the item as the employee may share it, the suggested words for
  // the network (null: not offered), whether the share's natural keys already hold a share (refused before
  // anything is written; one committed meanwhile is still refused by INSERT_SHARES's ON CONFLICT), the badges the employee holds (so the usual share asks for no award),
  // whether the caller's token still stands (so it costs no round trip of its own) and the version of the
  // terms the company's shares are scored by (ShareTerms: 0 until its rules or a contest first change). No
  // row for a report: its employee is gone.
  static final String CONTEXTS = """
      SELECT r.i, c.id AS content_id, c.title, c.status, c.publish_at, c.hashtags,
             (c.publish_at <= now() AND (c.expires_at IS NULL OR c.expires_at > now())) AS live,
             v.text AS suggested_text,
             array(SELECT b.badge FROM badge_award b WHERE b.employee_id = e.id) AS held,
             coalesce(t.version, 0) AS terms_version,
             EXISTS (SELECT 1 FROM share o
                      WHERE o.employee_id = e.id AND o.content_id = r.content_id AND o.network = r.network)
               AS already_shared,
             (r.post_url IS NOT NULL AND EXISTS (SELECT 1 FROM share o WHERE o.post_url = r.post_url)) AS post_reported,
             """ + AuthStore.TOKEN_STATE_COLUMNS + """

        FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) WITH ORDINALITY
             AS r(employee_id, content_id, network, post_url, i)
        JOIN employee e ON e.id = r.employee_id
        LEFT JOIN share_terms t ON t.company_id = e.company_id
        LEFT JOIN content c ON c.id = r.content_id AND c.company_id = e.company_id
        LEFT JOIN content_variant v ON v.content_id = c.id AND v.network = r.network
      """;
  // One statement for the batch: the shares (their natural keys refuse a second one), each item's first
  // share in the company when there was none before (racing first shares: the key lets one win), the
  // tracked links (made when the suggestion was listed, else now), and what the badges count. The
  // subqueries read the statement's snapshot, which does not hold these shares yet: hence the + 1 (one
  // share per employee in a batch). Sent right behind DailyCap.GRANT_ALL, each share's points are what
  // that granted of what was asked. A row per share written, by employee; none for a refused report.
  static final String INSERT_SHARES = """
      WITH r AS (
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::int[],
                             $8::timestamptz[], $9::text[], $10::boolean[])
          WITH ORDINALITY AS r(company_id, employee_id, content_id, network, post_url, posted_text, asked, posted_at,
                               code, disclosed, i)),
      s AS (
        INSERT INTO share (company_id, employee_id, content_id, network, post_url, posted_text, points, posted_at,
                           disclosed)
        SELECT r.company_id, r.employee_id, r.content_id, r.network, r.post_url, r.posted_text,
               """ + DailyCap.grantedByThisTransaction("r.employee_id", "r.asked") + """
               , r.posted_at, r.disclosed
          FROM r ORDER BY r.i
        ON CONFLICT DO NOTHING
        RETURNING id, employee_id, content_id, network),
      first AS (
        INSERT INTO content_first_share (content_id, share_id)
        SELECT s.content_id, s.id FROM s WHERE NOT EXISTS (SELECT 1 FROM share o WHERE o.content_id = s.content_id)
        ON CONFLICT DO NOTHING
        RETURNING share_id),
      link AS (
        INSERT INTO tracked_link (code, company_id, employee_id, content_id, network)
        SELECT r.code, r.company_id, r.employee_id, r.content_id, r.network FROM r JOIN s ON s.employee_id = r.employee_id
        ON CONFLICT DO NOTHING
        RETURNING code, employee_id)
      SELECT s.employee_id, s.id,
             EXISTS (SELECT 1 FROM first f WHERE f.share_id = s.id) AS first_on_item,
             coalesce(link.code,
                      (SELECT l.code FROM tracked_link l
                        WHERE l.employee_id = s.employee_id AND l.content_id = s.content_id
                          AND l.network = s.network)) AS code,
             (SELECT count(*) FROM share o WHERE o.employee_id = s.employee_id AND o.voided_at IS NULL) + 1 AS shares,
             (SELECT count(DISTINCT o.network) FROM share o
               WHERE o.employee_id = s.employee_id AND o.voided_at IS NULL AND o.network <> s.network) + 1 AS networks
        FROM s LEFT JOIN link ON link.employee_id = s.employee_id
      """;
  static final String TRACKED_LINK_OF = """
      SELECT code FROM tracked_link WHERE employee_id = $1 AND content_id = $2 AND network = $3
      """;
  static final String SAME_ITEM_SHARED = """
      SELECT 1 FROM share WHERE employee_id = $1 AND content_id = $2 AND network = $3
      """;
  // A refused report's claim, taken back inside the batch's transaction, so it keeps nothing (as if rolled back).
  static final String TAKE_BACK_KEYS = """
      DELETE FROM idempotency_key k USING unnest($1::bigint[], $2::text[]) AS r(employee_id, key)
       WHERE k.employee_id = r.employee_id AND k.key = r.key
      """;
  static final String KEEP_ANSWERS = """
      UPDATE idempotency_key k SET response_status = r.status, response_body = r.body::jsonb
        FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[]) AS r(employee_id, key, status, body)
       WHERE k.employee_id = r.employee_id AND k.key = r.key
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

  /** A report that claimed its key, carried through its batch's rounds. */
  private static final class Fresh {
    final Report r;
    final Context context;
    ShareTerms.Terms terms;
    SharePoints asked;
    Future<List<ContestEntries.Candidate>> running;
    Future<Streak> streak;
    Future<Inserted> share;
    SharePoints paid;
    List<Ledger.Entry> entries;
    List<LedgerEvent> appended;
    Future<List<BadgeEvent>> badges;
    Future<List<ContestEntries.Entered>> contests;
    Future<JsonObject> body;

    Fresh(Report r, Context context) {
      this.r = r;
      this.context = context;
    }

    long employee() {
      return r.caller().employeeId();
    }
  }

  private final Pool pool;
  private final ShareTerms terms;

  ShareStore(Pool pool, ShareTerms terms) {
    this.pool = pool;
    this.terms = terms;
  }

  /** The report in a transaction of its own; any refusal rolls it back. */
  Future<Recorded> record(Report r) {
    return Transactions.pipelined(pool, conn -> recordAll(conn, List.of(r)).compose(answers -> answers.get(0)));
  }

  /**
   * The reports' statements inside a transaction the caller owns (its own, or a batch's: ShareBatches):
   * each report's answer, in their order — its Recorded, or its refusal (an ApiException) when the first
   * round showed it (revoked token, item not shareable, already shared, post already reported, key reused):
   * a refused report keeps nothing (its key claim is taken back), so the others may commit. At most one
   * report per employee, in employee order. Fails as a whole when anything else fails (a statement, a
   * share refused by a racing transaction), and only once every statement it sent has been answered
   * (none is ever sent after the caller's COMMIT or ROLLBACK); the caller must then roll back.
   */
  Future<List<Future<Recorded>>> recordAll(SqlConnection conn, List<Report> reports) {
    int n = reports.size();
    Long[] employees = new Long[n];
    String[] keys = new String[n];
    String[] hashes = new String[n];
    Long[] contents = new Long[n];
    String[] networks = new String[n];
    String[] postUrls = new String[n];
    for (int i = 0; i < n; i++) {
      Report r = reports.get(i);
      employees[i] = r.caller().employeeId();
      keys[i] = r.key();
      hashes[i] = r.requestHash();
      contents[i] = r.report().contentId();
      networks[i] = r.network();
      postUrls[i] = PostUrls.canonical(r.report().postUrl());
    }
    Future<RowSet<Row>> planOnce = conn.query(PLAN_ONCE).execute();
    Future<RowSet<Row>> claim = conn.preparedQuery(CLAIM_KEYS).execute(Tuple.of(employees, keys, hashes));
    Future<RowSet<Row>> context = conn.preparedQuery(CONTEXTS)
        .execute(Tuple.of(employees, contents, networks, postUrls));
    return Future.all(planOnce, claim, context).compose(v -> {
      Row[] rows = new Row[n];
      context.result().forEach(row -> rows[row.getLong("i").intValue() - 1] = row);
      Set<Long> claimed = new HashSet<>();
      claim.result().forEach(row -> claimed.add(row.getLong("employee_id")));
      List<Future<Recorded>> answers = new ArrayList<>(n);
      List<Fresh> fresh = new ArrayList<>();
      List<Report> takenBack = new ArrayList<>();
      List<Future<?>> termsRead = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Report r = reports.get(i);
        boolean claimedKey = claimed.contains(employees[i]);
        ApiException refused = refusal(r, rows[i], claimedKey);
        if (refused != null) {
          answers.add(Future.failedFuture(refused));
          if (claimedKey) {
            takenBack.add(r);
          }
        } else if (!claimedKey) {
          answers.add(replay(conn, r));
        } else {
          Fresh f = new Fresh(r, context(rows[i]));
          fresh.add(f);
          answers.add(null);
          long company = r.caller().companyId();
          long version = rows[i].getLong("terms_version");
          f.terms = terms.kept(company, version);
          if (f.terms == null) {
            termsRead.add(terms.read(conn, company, version).onSuccess(t -> f.terms = t));
          }
        }
      }
      List<Future<?>> all = new ArrayList<>();
      if (!takenBack.isEmpty()) {
        all.add(takeBackKeys(conn, takenBack));
      }
      all.add(fresh.isEmpty() ? Future.succeededFuture() : settled(termsRead).compose(t -> recordFresh(conn, fresh)));
      // A replay that failed for want of its earlier answer's row, or by a statement error, fails the lot.
      answers.forEach(a -> all.add(a == null ? Future.succeededFuture()
          : a.recover(e -> e instanceof ApiException ? Future.succeededFuture() : Future.failedFuture(e))));
      return settled(all).map(done -> {
        Iterator<Fresh> each = fresh.iterator();
        List<Future<Recorded>> out = new ArrayList<>(n);
        answers.forEach(a -> out.add(a != null ? a : Future.succeededFuture(recorded(each.next()))));
        return out;
      });
    });
  }

  /**
   * Why the report is refused from its first round, in the order a report alone meets the checks: its token
   * (before anything is kept or replayed), then — when it claimed its key (otherwise it replays) — the
   * item, then the share's natural keys; null when it goes on.
   */
  private static ApiException refusal(Report r, Row row, boolean claimedKey) {
    if (row == null || r.token() != null && !r.token().standsBy(AuthStore.tokenState(row))) {
      return new ApiException(ErrorCode.TOKEN_REVOKED);
    }
    if (!claimedKey) {
      return null;
    }
    try {
      context(row);
    } catch (ApiException notShareable) {
      return notShareable;
    }
    if (row.getBoolean("already_shared")) {
      return new ApiException(ErrorCode.ALREADY_SHARED);
    }
    if (row.getBoolean("post_reported")) {
      return new ApiException(ErrorCode.POST_ALREADY_REPORTED);
    }
    return null;
  }

  private static Future<RowSet<Row>> takeBackKeys(SqlConnection conn, List<Report> refused) {
    Long[] employees = new Long[refused.size()];
    String[] keys = new String[refused.size()];
    for (int i = 0; i < refused.size(); i++) {
      employees[i] = refused.get(i).caller().employeeId();
      keys[i] = refused.get(i).key();
    }
    return conn.preparedQuery(TAKE_BACK_KEYS).execute(Tuple.from(new Object[] {employees, keys}));
  }

  /** Succeeds when every one succeeded, fails with the first failure; either way once all are done. */
  private static Future<Void> settled(List<? extends Future<?>> futures) {
    return Future.join(new ArrayList<Future<?>>(futures)).mapEmpty();
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

  /** The second and third rounds, for the reports that claimed their key (their terms known). */
  private Future<Void> recordFresh(SqlConnection conn, List<Fresh> fresh) {
    List<DailyCap.Request> requests = new ArrayList<>(fresh.size());
    for (Fresh f : fresh) {
      Report r = f.r;
      ScoringRules rules = f.terms.rules();
      // First, so the contests it finds are held (FOR SHARE) before the share is written, as before.
      f.running = f.terms.mayEnterContest(f.context.postText(r.report().postedText()))
          ? ContestEntries.runningForShare(conn, r.caller().companyId(), f.employee(), r.postedAt())
          : Future.succeededFuture(List.of());
      f.asked = SharePoints.asked(rules, r.report().network(), f.context.publishAt(), r.postedAt(),
          f.context.suggestedText(), r.report().postedText());
      requests.add(new DailyCap.Request(f.employee(), f.asked.total(), rules.dailyCap()));
    }
    Future<Map<Long, Integer>> granted = DailyCap.grantAll(conn, requests);
    Future<RowSet<Row>> inserted = insertShares(conn, fresh);
    List<Future<?>> round = new ArrayList<>(List.of(granted, inserted));
    for (Fresh f : fresh) {
      f.streak = ShareBadges.streakMatters(f.context.held())
          ? Streaks.current(conn, f.employee(), f.r.now())
          : Future.succeededFuture(null);
      round.add(f.running);
      round.add(f.streak);
    }
    return settled(round)
        .compose(v -> {
          Map<Long, Row> byEmployee = new HashMap<>();
          inserted.result().forEach(row -> byEmployee.put(row.getLong("employee_id"), row));
          List<Future<?>> shares = new ArrayList<>(fresh.size());
          for (Fresh f : fresh) {
            f.share = inserted(conn, f.r, byEmployee.get(f.employee()));
            shares.add(f.share);
          }
          return settled(shares);
        })
        .compose(v -> award(conn, fresh, granted.result()));
  }

  private static Future<RowSet<Row>> insertShares(SqlConnection conn, List<Fresh> fresh) {
    int n = fresh.size();
    Long[] companies = new Long[n];
    Long[] employees = new Long[n];
    Long[] contents = new Long[n];
    String[] networks = new String[n];
    String[] postUrls = new String[n];
    String[] texts = new String[n];
    Integer[] asked = new Integer[n];
    OffsetDateTime[] postedAt = new OffsetDateTime[n];
    String[] codes = new String[n];
    Boolean[] disclosed = new Boolean[n];
    for (int i = 0; i < n; i++) {
      Fresh f = fresh.get(i);
      Report r = f.r;
      companies[i] = r.caller().companyId();
      employees[i] = f.employee();
      contents[i] = r.report().contentId();
      networks[i] = r.network();
      postUrls[i] = PostUrls.canonical(r.report().postUrl());
      texts[i] = r.report().postedText();
      asked[i] = f.asked.total();
      postedAt[i] = OffsetDateTime.ofInstant(r.postedAt(), ZoneOffset.UTC);
      codes[i] = LinkCodes.newCode();
      disclosed[i] = r.report().disclosed();
    }
    return conn.preparedQuery(INSERT_SHARES).execute(Tuple.from(new Object[] {companies, employees, contents, networks,
        postUrls, texts, asked, postedAt, codes, disclosed}));
  }

  /** The report's share as INSERT_SHARES wrote it, or why it was refused (no row). */
  private static Future<Inserted> inserted(SqlConnection conn, Report r, Row row) {
    if (row == null) {
      return whyNotInserted(conn, r);
    }
    Future<String> code = row.getString("code") != null ? Future.succeededFuture(row.getString("code"))
        : conn.preparedQuery(TRACKED_LINK_OF)
            .execute(Tuple.of(r.caller().employeeId(), r.report().contentId(), r.network()))
            .map(again -> again.iterator().next().getString("code"));
    return code.map(c -> new Inserted(row.getLong("id"), row.getBoolean("first_on_item"), c, row.getLong("shares"),
        row.getLong("networks")));
  }

  /**
   * The ledger entries of every share in one statement, any badges reached, contest entries, and the kept
   * answers in one statement. For the usual batch (no badge reached) both go out together: the answers do
   * not wait for the entries, only for the badges they name.
   */
  private Future<Void> award(SqlConnection conn, List<Fresh> fresh, Map<Long, Integer> granted) {
    List<Ledger.Entry> entries = new ArrayList<>();
    List<Future<?>> round = new ArrayList<>();
    List<Future<?>> bodies = new ArrayList<>(fresh.size());
    for (Fresh f : fresh) {
      Report r = f.r;
      long company = r.caller().companyId();
      long employee = f.employee();
      Inserted share = f.share.result();
      String title = f.context.title();
      f.paid = f.asked.split(granted.get(employee));
      f.entries = new ArrayList<>(3);
      // The share's own entry is written even at 0 points (daily cap reached): every share has its record.
      f.entries.add(Ledger.Entry.share(company, employee, "share", f.paid.base(), share.shareId(), title,
          r.report().network(), f.paid.total()));
      if (f.paid.fresh() > 0) {
        f.entries.add(Ledger.Entry.share(company, employee, "fresh_bonus", f.paid.fresh(), share.shareId(), title,
            r.report().network(), f.paid.total()));
      }
      if (f.paid.ownWords() > 0) {
        f.entries.add(Ledger.Entry.share(company, employee, "own_words_bonus", f.paid.ownWords(), share.shareId(),
            title, r.report().network(), f.paid.total()));
      }
      entries.addAll(f.entries);
      List<Badge> reached = ShareBadges.reached(share.shares(), share.networks(), share.firstOnItem(),
          f.streak.result(), f.context.held());
      f.badges = reached.isEmpty() ? Future.succeededFuture(List.of())
          : Badges.awardAll(conn, company, employee, reached);
      f.contests = f.badges.compose(awarded -> ContestEntries.forShare(conn, f.running.result(), company, employee,
          share.shareId(), r.report().network(), r.postedAt(), f.context.postText(r.report().postedText())));
      f.body = f.badges.map(awarded -> answer(r, share, f.paid, awarded));
      round.add(f.contests);
      bodies.add(f.body);
    }
    Future<List<LedgerEvent>> events = Ledger.appendShares(conn, entries);
    round.add(events);
    round.add(Future.all(bodies).compose(v -> keepAnswers(conn, fresh)));
    return settled(round).onSuccess(v -> {
      Iterator<LedgerEvent> each = events.result().iterator();
      for (Fresh f : fresh) {
        List<LedgerEvent> own = new ArrayList<>(f.entries.size());
        f.entries.forEach(e -> own.add(each.next()));
        f.entries = null;
        f.appended = own;
      }
    });
  }

  private static Future<RowSet<Row>> keepAnswers(SqlConnection conn, List<Fresh> fresh) {
    int n = fresh.size();
    Long[] employees = new Long[n];
    String[] keys = new String[n];
    Integer[] statuses = new Integer[n];
    String[] bodies = new String[n];
    for (int i = 0; i < n; i++) {
      Fresh f = fresh.get(i);
      employees[i] = f.employee();
      keys[i] = f.r.key();
      statuses[i] = 201;
      bodies[i] = f.body.result().encode();
    }
    return conn.preparedQuery(KEEP_ANSWERS).execute(Tuple.of(employees, keys, statuses, bodies));
  }

  private static Recorded recorded(Fresh f) {
    Activity activity = Activity.of(f.r.caller().companyId());
    ContestEntries.record(activity, f.contests.result());
    activity.entries().addAll(f.appended);
    activity.badges().addAll(f.badges.result());
    return new Recorded(201, f.body.result(), activity, false);
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
  private static Context context(Row row) {
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
