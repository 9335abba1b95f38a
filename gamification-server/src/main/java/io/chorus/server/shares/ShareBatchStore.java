package io.chorus.server.shares;

import io.chorus.server.auth.AuthStore;
import io.chorus.server.contests.ContestEntries;
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
import io.chorus.shared.wire.Streak;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
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
 * The SQL of recording a batch of two or more reports in one transaction ({@link ShareBatches}): the same
 * steps as {@link ShareStore}'s for one report, but each step is ONE statement for the whole batch,
 * multi-row (unnest of one array per column), so PostgreSQL parses, plans, runs and answers each step once
 * per batch rather than once per report; each report's answer is read from the statements' rows. A
 * report alone keeps ShareStore's scalar statements: the arrays cost more than they save for one row.
 * In order (‖ = sent together, pipelined, one round trip):
 * <ol>
 *   <li>BEGIN ‖ {@link #PLAN_ONCE} ‖ {@link #CLAIM_KEYS} ‖ {@link #CONTEXTS} — a report whose key was
 *       already claimed replays ShareStore.EARLIER_ANSWER; the company's terms as ShareStore reads them;</li>
 *   <li>ContestQueries.CANDIDATES per report (only when its text carries a contest's hashtag) ‖
 *       DailyCap.GRANT_ALL ‖ {@link #INSERT_SHARES} ‖ Streaks.WEEKS per report (only while a streak badge
 *       is still to earn);</li>
 *   <li>Ledger.APPEND_SHARES ‖ {@link #KEEP_ANSWERS} — after Badges.AWARD per badge reached, when one is.</li>
 * </ol>
 * A batch holds each employee at most once, in employee order (ShareBatches): a row per employee comes
 * back, and concurrent batches take their people's rows in one order. Any report refused (revoked
 * token, item not shareable, already shared, post already reported, key reused) fails the whole batch,
 * which ShareBatches rolls back and writes again report by report, so the refusal is answered alone.
 */
final class ShareBatchStore {
  // The batch statements take arrays: PostgreSQL plans a generic plan for an array of 10 rows and a
  // custom plan for the array's real length, judges the custom plans cheaper and would plan every call
  // anew (about 0.5 ms for CONTEXTS, twice its run). Every plan here is a lookup by key, fit for any
  // length: plan once per connection.
  static final String PLAN_ONCE = "SET LOCAL plan_cache_mode = force_generic_plan";
  static final String CLAIM_KEYS = """
      INSERT INTO idempotency_key (employee_id, key, request_hash)
      SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])
      ON CONFLICT DO NOTHING
      RETURNING employee_id
      """;
  // ShareStore.CONTEXT for each report (i: its place in the arrays). No row for a report: its employee is gone.
  static final String CONTEXTS = """
      SELECT r.i, c.id AS content_id, c.title, c.status, c.publish_at, c.hashtags,
             (c.publish_at <= now() AND (c.expires_at IS NULL OR c.expires_at > now())) AS live,
             v.text AS suggested_text,
             array(SELECT b.badge FROM badge_award b WHERE b.employee_id = e.id) AS held,
             coalesce(t.version, 0) AS terms_version,
             """ + AuthStore.TOKEN_STATE_COLUMNS + """

        FROM unnest($1::bigint[], $2::bigint[], $3::text[]) WITH ORDINALITY AS r(employee_id, content_id, network, i)
        JOIN employee e ON e.id = r.employee_id
        LEFT JOIN share_terms t ON t.company_id = e.company_id
        LEFT JOIN content c ON c.id = r.content_id AND c.company_id = e.company_id
        LEFT JOIN content_variant v ON v.content_id = c.id AND v.network = r.network
      """;
  // ShareStore.INSERT_SHARE for the batch: a row per share written, by employee; none for a refused
  // report. The subqueries read the statement's snapshot, which holds none of these shares: hence the + 1
  // (one share per employee in a batch).
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
        SELECT DISTINCT ON (s.content_id) s.content_id, s.id FROM s
         WHERE NOT EXISTS (SELECT 1 FROM share o WHERE o.content_id = s.content_id)
         ORDER BY s.content_id, s.id
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
  static final String KEEP_ANSWERS = """
      UPDATE idempotency_key k SET response_status = r.status, response_body = r.body::jsonb
        FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[]) AS r(employee_id, key, status, body)
       WHERE k.employee_id = r.employee_id AND k.key = r.key
      """;

  /** A report that claimed its key, carried through its batch's rounds. */
  private static final class Fresh {
    final ShareStore.Report r;
    final ShareStore.Context context;
    ShareTerms.Terms terms;
    SharePoints asked;
    Future<List<ContestEntries.Candidate>> running;
    Future<Streak> streak;
    Future<ShareStore.Inserted> share;
    SharePoints paid;
    List<Ledger.Entry> entries;
    List<LedgerEvent> appended;
    Future<List<BadgeEvent>> badges;
    Future<List<ContestEntries.Entered>> contests;
    Future<JsonObject> body;

    Fresh(ShareStore.Report r, ShareStore.Context context) {
      this.r = r;
      this.context = context;
    }

    long employee() {
      return r.caller().employeeId();
    }
  }

  private final ShareStore store;
  private final ShareTerms terms;

  ShareBatchStore(ShareStore store, ShareTerms terms) {
    this.store = store;
    this.terms = terms;
  }

  /**
   * The reports' statements inside the caller's transaction: each report's answer, in their order. At most
   * one report per employee, in employee order. Fails as a whole when any report is refused or anything
   * else fails, and only once every statement it sent has been answered (none is ever sent after the
   * caller's COMMIT or ROLLBACK); the caller must then roll back.
   */
  Future<List<ShareStore.Recorded>> recordAll(SqlConnection conn, List<ShareStore.Report> reports) {
    int n = reports.size();
    Long[] employees = new Long[n];
    String[] keys = new String[n];
    String[] hashes = new String[n];
    Long[] contents = new Long[n];
    String[] networks = new String[n];
    for (int i = 0; i < n; i++) {
      ShareStore.Report r = reports.get(i);
      employees[i] = r.caller().employeeId();
      keys[i] = r.key();
      hashes[i] = r.requestHash();
      contents[i] = r.report().contentId();
      networks[i] = r.network();
    }
    Future<RowSet<Row>> planOnce = conn.query(PLAN_ONCE).execute();
    Future<RowSet<Row>> claim = conn.preparedQuery(CLAIM_KEYS).execute(Tuple.of(employees, keys, hashes));
    Future<RowSet<Row>> context = conn.preparedQuery(CONTEXTS).execute(Tuple.of(employees, contents, networks));
    return Future.all(planOnce, claim, context).compose(v -> {
      Row[] rows = new Row[n];
      context.result().forEach(row -> rows[row.getLong("i").intValue() - 1] = row);
      Set<Long> claimed = new HashSet<>();
      claim.result().forEach(row -> claimed.add(row.getLong("employee_id")));
      List<Future<ShareStore.Recorded>> answers = new ArrayList<>(n);
      List<Fresh> fresh = new ArrayList<>();
      List<Future<?>> termsRead = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ShareStore.Report r = reports.get(i);
        Row row = rows[i];
        if (row == null || r.token() != null && !r.token().standsBy(AuthStore.tokenState(row))) {
          answers.add(Future.failedFuture(new ApiException(ErrorCode.TOKEN_REVOKED)));
        } else if (!claimed.contains(employees[i])) {
          answers.add(store.replay(conn, r));
        } else {
          ShareStore.Context item;
          try {
            item = ShareStore.shareable(row);
          } catch (ApiException refused) {
            answers.add(Future.failedFuture(refused));
            continue;
          }
          Fresh f = new Fresh(r, item);
          fresh.add(f);
          answers.add(null);
          long company = r.caller().companyId();
          long version = row.getLong("terms_version");
          f.terms = terms.kept(company, version);
          if (f.terms == null) {
            termsRead.add(terms.read(conn, company, version).onSuccess(t -> f.terms = t));
          }
        }
      }
      boolean anyRefused = answers.stream().anyMatch(a -> a != null && a.failed());
      List<Future<?>> all = new ArrayList<>();
      if (!fresh.isEmpty() && !anyRefused) {
        all.add(settled(termsRead).compose(t -> recordFresh(conn, fresh)));
      }
      answers.forEach(a -> all.add(a == null ? Future.succeededFuture() : a));
      return settled(all).map(done -> {
        Iterator<Fresh> each = fresh.iterator();
        List<ShareStore.Recorded> out = new ArrayList<>(n);
        answers.forEach(a -> out.add(a != null ? a.result() : recorded(each.next())));
        return out;
      });
    });
  }

  /** Succeeds when every one succeeded, fails with the first failure; either way once all are done. */
  private static Future<Void> settled(List<? extends Future<?>> futures) {
    return Future.join(new ArrayList<Future<?>>(futures)).mapEmpty();
  }

  /** The second and third rounds, for the reports that claimed their key (their terms known). */
  private Future<Void> recordFresh(SqlConnection conn, List<Fresh> fresh) {
    List<DailyCap.Request> requests = new ArrayList<>(fresh.size());
    for (Fresh f : fresh) {
      ShareStore.Report r = f.r;
      ScoringRules rules = f.terms.rules();
      // First, so the contests it finds are held (FOR SHARE) before the share is written, as alone.
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
            f.share = store.inserted(conn, f.r, byEmployee.get(f.employee()));
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
      ShareStore.Report r = f.r;
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
      ShareStore.Report r = f.r;
      long company = r.caller().companyId();
      long employee = f.employee();
      ShareStore.Inserted share = f.share.result();
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
      f.body = f.badges.map(awarded -> ShareStore.answer(r, share, f.paid, awarded));
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

  private static ShareStore.Recorded recorded(Fresh f) {
    Activity activity = Activity.of(f.r.caller().companyId());
    ContestEntries.record(activity, f.contests.result());
    activity.entries().addAll(f.appended);
    activity.badges().addAll(f.badges.result());
    return new ShareStore.Recorded(201, f.body.result(), activity, false);
  }
}
