package io.chorus.server.digest;

import io.chorus.server.links.LinkCodes;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL of the weekly digest: settings, opt-outs, claiming a company's week (with its outbox rows, in
 * one transaction), and the outbox's deliveries. Every time comes from the caller's clock, never from
 * the database's {@code now()}, so a week is decided by one "now" from claim to send.
 */
final class DigestStore {
  // "New" = became live in the window: published, and approved, within it (an item approved late
  // counts from its approval); still approved and live at the cut; offered on at least one network.
  private static final String NEW_ITEMS = """
      c.company_id = $1 AND c.status = 'approved'
      AND c.publish_at <= $4 AND (c.expires_at IS NULL OR c.expires_at > $4)
      AND greatest(c.publish_at, coalesce(c.approved_at, c.publish_at)) >= $3
      AND greatest(c.publish_at, coalesce(c.approved_at, c.publish_at)) < $4
      AND EXISTS (SELECT 1 FROM content_variant v WHERE v.content_id = c.id)
      """;
  /** How many items a delivery row keeps (a message lists {@link DigestMessages#MAX_ITEMS} and counts the rest). */
  static final int ITEMS_KEPT = 50;

  private static final String COMPANIES = """
      SELECT c.id, c.time_zone, coalesce(s.enabled, true) AS enabled, coalesce(s.send_day, 1) AS send_day,
             coalesce(s.send_time, '09:00') AS send_time,
             (SELECT max(w.week_start) FROM digest_week w WHERE w.company_id = c.id) AS last_week
        FROM company c LEFT JOIN digest_settings s ON s.company_id = c.id
       ORDER BY c.id
      """;
  // The window starts where the last digest's ended (at most two weeks back; a week back for the first).
  private static final String CLAIM_WEEK = """
      INSERT INTO digest_week (company_id, week_start, window_start, cut, claimed_at, claimed_by)
      SELECT $1, $2, greatest(coalesce((SELECT max(cut) FROM digest_week WHERE company_id = $1 AND week_start < $2),
                                       $3::timestamptz - interval '7 days'),
                              $3::timestamptz - interval '14 days'), $3, $4, $5
      ON CONFLICT DO NOTHING
      RETURNING window_start
      """;
  private static final String PLAN_EMAILS = """
      INSERT INTO digest_delivery (company_id, week_start, channel, employee_id, item_ids, next_attempt_at, message_id)
      SELECT $1, $2, 'email', e.id, picks.ids, $5,
             '<digest.' || $1 || '.' || to_char($2::date, 'YYYYMMDD') || '.' || e.id || '@' || $6 || '>'
        FROM employee e
        CROSS JOIN LATERAL (
          SELECT array_agg(n.id ORDER BY n.live_from DESC, n.id DESC) AS ids
            FROM (SELECT c.id, greatest(c.publish_at, coalesce(c.approved_at, c.publish_at)) AS live_from
                    FROM content c
                   WHERE %s
                     AND NOT EXISTS (SELECT 1 FROM share s WHERE s.employee_id = e.id AND s.content_id = c.id)
                   ORDER BY live_from DESC, c.id DESC
                   LIMIT %d) n) picks
       WHERE e.company_id = $1 AND e.active
         AND NOT EXISTS (SELECT 1 FROM digest_opt_out o WHERE o.employee_id = e.id)
         AND picks.ids IS NOT NULL
      """.formatted(NEW_ITEMS, ITEMS_KEPT);
  private static final String PLAN_WEBHOOK = """
      INSERT INTO digest_delivery (company_id, week_start, channel, employee_id, item_ids, next_attempt_at, message_id)
      SELECT $1, $2, 'webhook', NULL, picks.ids, $5, 'digest.' || $1 || '.' || to_char($2::date, 'YYYYMMDD') || '.webhook'
        FROM digest_settings st
        CROSS JOIN LATERAL (
          SELECT array_agg(n.id ORDER BY n.live_from DESC, n.id DESC) AS ids
            FROM (SELECT c.id, greatest(c.publish_at, coalesce(c.approved_at, c.publish_at)) AS live_from
                    FROM content c
                   WHERE %s
                   ORDER BY live_from DESC, c.id DESC
                   LIMIT %d) n) picks
       WHERE st.company_id = $1 AND st.webhook_url IS NOT NULL AND picks.ids IS NOT NULL
      """.formatted(NEW_ITEMS, ITEMS_KEPT);
  // One due row, taken by this node until the lease ends (next_attempt_at moves to the lease's end, so
  // a row whose node died is due again then, by the same index). SKIP LOCKED: nodes never wait on each other.
  private static final String TAKE_DUE = """
      UPDATE digest_delivery d
         SET state = 'sending', attempts = d.attempts + 1, last_attempt_at = $1, lease_until = $2, next_attempt_at = $2
       WHERE d.id = (SELECT id FROM digest_delivery
                      WHERE state IN ('pending', 'sending') AND next_attempt_at <= $1
                        AND (channel <> 'email' OR $3)
                      ORDER BY next_attempt_at, id
                      LIMIT 1
                      FOR UPDATE SKIP LOCKED)
      RETURNING d.id, d.company_id, d.week_start, d.channel, d.employee_id, d.item_ids, d.attempts, d.message_id
      """;
  private static final String RECIPIENT = """
      SELECT e.email, e.display_name, e.active, c.name AS company_name,
             EXISTS (SELECT 1 FROM digest_opt_out o WHERE o.employee_id = e.id) AS opted_out
        FROM employee e JOIN company c ON c.id = e.company_id
       WHERE e.id = $1
      """;
  // Each item gets the recipient's tracked link (as the panel would offer it: LinkedIn's when the item
  // has LinkedIn words, else X's); a link that exists already is kept.
  private static final String ENSURE_LINKS = """
      INSERT INTO tracked_link (code, company_id, employee_id, content_id, network)
      SELECT u.code, $1, $2, u.content_id, (SELECT min(v.network) FROM content_variant v WHERE v.content_id = u.content_id)
        FROM unnest($3::bigint[], $4::text[]) AS u(content_id, code)
       WHERE EXISTS (SELECT 1 FROM content_variant v WHERE v.content_id = u.content_id)
      ON CONFLICT DO NOTHING
      """;
  private static final String ITEMS = """
      SELECT c.id, c.title, c.summary, c.url,
             (SELECT l.code FROM tracked_link l WHERE l.employee_id = $2 AND l.content_id = c.id
               ORDER BY l.network LIMIT 1) AS code
        FROM unnest($1::bigint[]) WITH ORDINALITY AS u(id, n)
        JOIN content c ON c.id = u.id
       WHERE c.status = 'approved' AND (c.expires_at IS NULL OR c.expires_at > $3)
       ORDER BY u.n
      """;
  private static final String WEBHOOK_OF = """
      SELECT c.name AS company_name, s.webhook_url, coalesce(s.enabled, true) AS enabled
        FROM company c LEFT JOIN digest_settings s ON s.company_id = c.id
       WHERE c.id = $1
      """;
  private static final String MARK = """
      UPDATE digest_delivery
         SET state = $3, sent_at = $4, next_attempt_at = coalesce($5, next_attempt_at), lease_until = NULL,
             last_error = $6
       WHERE id = $1 AND attempts = $2 AND state = 'sending'
      """;
  private static final String SETTINGS = """
      SELECT c.name, c.time_zone, coalesce(s.enabled, true) AS enabled, coalesce(s.send_day, 1) AS send_day,
             coalesce(s.send_time, '09:00') AS send_time, s.webhook_url
        FROM company c LEFT JOIN digest_settings s ON s.company_id = c.id
       WHERE c.id = $1
      """;
  private static final String SAVE_SETTINGS = """
      INSERT INTO digest_settings (company_id, enabled, send_day, send_time, webhook_url, updated_by, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7)
      ON CONFLICT (company_id) DO UPDATE
         SET enabled = EXCLUDED.enabled, send_day = EXCLUDED.send_day, send_time = EXCLUDED.send_time,
             webhook_url = CASE WHEN $8 THEN EXCLUDED.webhook_url ELSE digest_settings.webhook_url END,
             updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
      """;
  private static final String WEEKS = """
      SELECT w.week_start, w.cut,
             count(d.id) FILTER (WHERE d.channel = 'email') AS emails,
             count(d.id) FILTER (WHERE d.channel = 'email' AND d.state = 'sent') AS sent,
             count(d.id) FILTER (WHERE d.channel = 'email' AND d.state IN ('pending', 'sending')) AS waiting,
             count(d.id) FILTER (WHERE d.channel = 'email' AND d.state = 'failed') AS failed,
             count(d.id) FILTER (WHERE d.channel = 'email' AND d.state = 'skipped') AS skipped,
             min(d.state) FILTER (WHERE d.channel = 'webhook') AS webhook
        FROM digest_week w
        LEFT JOIN digest_delivery d ON d.company_id = w.company_id AND d.week_start = w.week_start
       WHERE w.company_id = $1
       GROUP BY w.week_start, w.cut
       ORDER BY w.week_start DESC
       LIMIT $2
      """;
  private static final String PREVIEW = """
      WITH w AS (
        SELECT greatest(coalesce((SELECT max(cut) FROM digest_week WHERE company_id = $1 AND cut <= $2),
                                 $2::timestamptz - interval '7 days'),
                        $2::timestamptz - interval '14 days') AS start)
      SELECT w.start, i.id, i.title, i.summary, i.url,
             (SELECT count(*) FROM employee e WHERE e.company_id = $1 AND e.active
                 AND NOT EXISTS (SELECT 1 FROM digest_opt_out o WHERE o.employee_id = e.id)) AS subscribers
        FROM w
        LEFT JOIN LATERAL (
          SELECT c.id, c.title, c.summary, c.url, greatest(c.publish_at, coalesce(c.approved_at, c.publish_at)) AS live_from
            FROM content c
           WHERE %s
           ORDER BY live_from DESC, c.id DESC
           LIMIT %d) i ON true
       ORDER BY i.live_from DESC, i.id DESC
      """.formatted(NEW_ITEMS.replace("$3", "w.start").replace("$4", "$2"), ITEMS_KEPT);
  private static final String PERSON = """
      SELECT e.email, e.display_name, e.company_id, c.name AS company_name,
             EXISTS (SELECT 1 FROM digest_opt_out o WHERE o.employee_id = e.id) AS opted_out
        FROM employee e JOIN company c ON c.id = e.company_id
       WHERE e.id = $1
      """;

  /** A company as the job sees it. */
  record Company(long id, ZoneId zone, DigestSchedule schedule, LocalDate lastWeek) {}

  /** What claiming a week did: whether this node won it, and how many deliveries it planned. */
  record Claim(boolean won, int emails, int webhooks) {}

  /** A delivery this node has taken (until its lease ends). */
  record Delivery(long id, long companyId, LocalDate weekStart, String channel, Long employeeId, List<Long> itemIds,
      int attempts, String messageId) {}

  record Recipient(String email, String name, boolean active, String companyName, boolean optedOut) {}

  record Item(long contentId, String title, String summary, String url, String code) {}

  record Webhook(String companyName, String url, boolean enabled) {}

  record Settings(String companyName, ZoneId zone, DigestSchedule schedule, String webhookUrl) {}

  record WeekSummary(LocalDate weekStart, Instant cut, int emails, int sent, int waiting, int failed, int skipped,
      String webhook) {}

  record Preview(Instant windowStart, List<Item> items, int subscribers) {}

  record Person(String email, String name, long companyId, String companyName, boolean optedOut) {}

  private final Pool pool;

  DigestStore(Pool pool) {
    this.pool = pool;
  }

  Future<byte[]> signingKey() {
    return pool.query("SELECT key FROM digest_signing_key").execute()
        .map(rows -> rows.iterator().next().getBuffer("key").getBytes());
  }

  Future<List<Company>> companies() {
    return pool.query(COMPANIES).execute().map(rows -> {
      List<Company> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new Company(r.getLong("id"), ZoneId.of(r.getString("time_zone")), schedule(r),
            r.getLocalDate("last_week")));
      }
      return out;
    });
  }

  /**
   * Claims a company's week and, in the same transaction, writes its deliveries: an email for each active
   * person who wants one and has something new (when {@code email} is on), and the webhook's message.
   * Exactly one caller wins a week; the others get {@code won = false} and nothing is written for them.
   */
  Future<Claim> claim(long companyId, DigestSchedule.Week week, Instant now, String node, boolean email,
      String messageIdDomain) {
    return pool.withTransaction(conn -> conn.preparedQuery(CLAIM_WEEK)
        .execute(Tuple.of(companyId, week.monday(), utc(week.sendAt()), utc(now), node))
        .compose(claimed -> {
          if (claimed.size() == 0) {
            return Future.succeededFuture(new Claim(false, 0, 0));
          }
          OffsetDateTime windowStart = claimed.iterator().next().getOffsetDateTime("window_start");
          Tuple plan = Tuple.of(companyId, week.monday(), windowStart, utc(week.sendAt()), utc(now), messageIdDomain);
          Future<Integer> emails = email ? count(conn, PLAN_EMAILS, plan) : Future.succeededFuture(0);
          return emails.compose(n -> count(conn, PLAN_WEBHOOK, Tuple.of(companyId, week.monday(), windowStart,
                  utc(week.sendAt()), utc(now)))
              .map(w -> new Claim(true, n, w)));
        }));
  }

  private static Future<Integer> count(SqlConnection conn, String sql, Tuple args) {
    return conn.preparedQuery(sql).execute(args).map(RowSet::rowCount);
  }

  /**
   * One due delivery, now this node's until {@code leaseUntil}; null when none is due. A node without
   * an SMTP server takes webhook deliveries only.
   */
  Future<Delivery> takeDue(Instant now, Instant leaseUntil, boolean email) {
    return pool.preparedQuery(TAKE_DUE).execute(Tuple.of(utc(now), utc(leaseUntil), email)).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row r = rows.iterator().next();
      return new Delivery(r.getLong("id"), r.getLong("company_id"), r.getLocalDate("week_start"),
          r.getString("channel"), r.getLong("employee_id"), Arrays.asList(r.getArrayOfLongs("item_ids")),
          r.getInteger("attempts"), r.getString("message_id"));
    });
  }

  Future<Recipient> recipient(long employeeId) {
    return pool.preparedQuery(RECIPIENT).execute(Tuple.of(employeeId)).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row r = rows.iterator().next();
      return new Recipient(r.getString("email"), r.getString("display_name"), r.getBoolean("active"),
          r.getString("company_name"), r.getBoolean("opted_out"));
    });
  }

  /** The items still live at {@code now}, in the row's order, each with the person's tracked link code. */
  Future<List<Item>> itemsFor(long companyId, long employeeId, List<Long> itemIds, Instant now) {
    Long[] ids = itemIds.toArray(new Long[0]);
    return pool.preparedQuery(ENSURE_LINKS)
        .execute(Tuple.of(companyId, employeeId, ids, LinkCodes.newCodes(ids.length)))
        .compose(v -> items(ids, employeeId, now));
  }

  /** The items still live at {@code now}, in the row's order (without links: the company's channel). */
  Future<List<Item>> items(List<Long> itemIds, Instant now) {
    return items(itemIds.toArray(new Long[0]), 0, now);
  }

  private Future<List<Item>> items(Long[] ids, long employeeId, Instant now) {
    return pool.preparedQuery(ITEMS).execute(Tuple.of(ids, employeeId, utc(now))).map(rows -> {
      List<Item> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new Item(r.getLong("id"), r.getString("title"), r.getString("summary"), r.getString("url"),
            r.getString("code")));
      }
      return out;
    });
  }

  Future<Webhook> webhook(long companyId) {
    return pool.preparedQuery(WEBHOOK_OF).execute(Tuple.of(companyId)).map(rows -> {
      Row r = rows.iterator().next();
      return new Webhook(r.getString("company_name"), r.getString("webhook_url"), r.getBoolean("enabled"));
    });
  }

  /**
   * Records how a taken delivery ended. Fenced by the attempt: when the lease ran out and another node
   * took the row meanwhile, nothing changes here (false) — that node records its own outcome.
   */
  Future<Boolean> mark(Delivery d, String state, Instant sentAt, Instant nextAttempt, String error) {
    return pool.preparedQuery(MARK)
        .execute(Tuple.tuple().addLong(d.id()).addInteger(d.attempts()).addString(state)
            .addOffsetDateTime(sentAt == null ? null : utc(sentAt))
            .addOffsetDateTime(nextAttempt == null ? null : utc(nextAttempt))
            .addString(error == null ? null : truncate(error, 500)))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Settings> settings(long companyId) {
    return pool.preparedQuery(SETTINGS).execute(Tuple.of(companyId)).map(rows -> {
      Row r = rows.iterator().next();
      return new Settings(r.getString("name"), ZoneId.of(r.getString("time_zone")), schedule(r),
          r.getString("webhook_url"));
    });
  }

  /** Saves the schedule; the webhook changes only when {@code changeWebhook} (to {@code webhookUrl}, null = none). */
  Future<Void> saveSettings(long companyId, DigestSchedule schedule, boolean changeWebhook, String webhookUrl,
      long by, Instant now) {
    return pool.preparedQuery(SAVE_SETTINGS)
        .execute(Tuple.tuple().addLong(companyId).addBoolean(schedule.enabled()).addShort((short) schedule.day())
            .addLocalTime(schedule.time()).addString(changeWebhook ? webhookUrl : null).addLong(by)
            .addOffsetDateTime(utc(now)).addBoolean(changeWebhook))
        .mapEmpty();
  }

  Future<List<WeekSummary>> weeks(long companyId, int limit) {
    return pool.preparedQuery(WEEKS).execute(Tuple.of(companyId, limit)).map(rows -> {
      List<WeekSummary> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new WeekSummary(r.getLocalDate("week_start"), r.getOffsetDateTime("cut").toInstant(),
            r.getInteger("emails"), r.getInteger("sent"), r.getInteger("waiting"), r.getInteger("failed"),
            r.getInteger("skipped"), r.getString("webhook")));
      }
      return out;
    });
  }

  /** The company's new items so far ({@code now} as the cut), and how many people would get the email. */
  Future<Preview> preview(long companyId, Instant now) {
    return pool.preparedQuery(PREVIEW).execute(Tuple.of(companyId, utc(now))).map(rows -> {
      List<Item> items = new ArrayList<>();
      Instant start = null;
      int subscribers = 0;
      for (Row r : rows) {
        start = r.getOffsetDateTime("start").toInstant();
        subscribers = r.getInteger("subscribers");
        if (r.getLong("id") != null) {
          items.add(new Item(r.getLong("id"), r.getString("title"), r.getString("summary"), r.getString("url"), null));
        }
      }
      return new Preview(start, items, subscribers);
    });
  }

  Future<Person> person(long employeeId) {
    return pool.preparedQuery(PERSON).execute(Tuple.of(employeeId)).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row r = rows.iterator().next();
      return new Person(r.getString("email"), r.getString("display_name"), r.getLong("company_id"),
          r.getString("company_name"), r.getBoolean("opted_out"));
    });
  }

  /** Opts a person out (again: nothing changes); {@code how} is 'link' or 'api'. */
  Future<Void> optOut(long employeeId, String how, Instant now) {
    return pool.preparedQuery("INSERT INTO digest_opt_out (employee_id, opted_out_at, how) VALUES ($1, $2, $3) "
            + "ON CONFLICT DO NOTHING")
        .execute(Tuple.of(employeeId, utc(now), how)).mapEmpty();
  }

  Future<Void> optIn(long employeeId) {
    return pool.preparedQuery("DELETE FROM digest_opt_out WHERE employee_id = $1").execute(Tuple.of(employeeId))
        .mapEmpty();
  }

  private static DigestSchedule schedule(Row r) {
    LocalTime time = r.getLocalTime("send_time");
    return new DigestSchedule(r.getBoolean("enabled"), r.getInteger("send_day"), time);
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
