package io.chorus.server.demo;

import io.chorus.server.auth.PasswordHasher;
import io.chorus.server.config.ServerConfig.DemoMode;
import io.chorus.shared.Network;
import io.chorus.shared.scoring.ScoringRules;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo company the quickstart runs with: Acme Robotics, four offices, a liaison, employees with a
 * few weeks of shares behind them, approved content for LinkedIn and X, a live hashtag contest, the
 * company's values and a few kudos, and an office screen. Written in one transaction, and only when wanted (see {@link DemoMode}).
 */
public final class DemoCompany {
  public static final String SLUG = "acme";
  public static final String PASSWORD = "chorus-demo";
  public static final String SCREEN_NAME = "Lobby screen";

  private final Pool pool;
  private final Vertx vertx;
  private final Clock clock;

  public DemoCompany(Vertx vertx, Pool pool, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
  }

  /** What the start-up banner prints: who can sign in, and the screen to open. */
  /** What the banner names: the company, its screen, its live contest (null when none) and who can sign in. */
  public record Demo(long companyId, String companyName, UUID screenId, Long liveContestId, List<String> liaisons,
      List<String> employees) {}

  /** Seeds the demo when the mode asks for it; answers the demo as it now stands, or null when there is none. */
  public Future<Demo> prepare(DemoMode mode) {
    if (mode == DemoMode.OFF) {
      return Future.succeededFuture(null);
    }
    return pool.preparedQuery("SELECT (SELECT count(*) FROM company) AS companies, "
            + "(SELECT id FROM company WHERE slug = $1) AS acme").execute(Tuple.of(SLUG))
        .compose(rows -> {
          var row = rows.iterator().next();
          if (row.getLong("acme") != null) {
            return describe(row.getLong("acme"));
          }
          if (mode == DemoMode.AUTO && row.getLong("companies") > 0) {
            return Future.succeededFuture(null);
          }
          return vertx.executeBlocking(() -> PasswordHasher.hashNow(PASSWORD), false)
              .compose(hash -> pool.withTransaction(conn -> seed(conn, hash)))
              .compose(this::describe);
        });
  }

  private Future<Demo> describe(long companyId) {
    return pool.preparedQuery("""
            SELECT c.name,
                   (SELECT id FROM display_screen WHERE company_id = c.id AND name = $2 AND revoked_at IS NULL
                     ORDER BY created_at LIMIT 1) AS screen,
                   (SELECT id FROM contest WHERE company_id = c.id AND status = 'live' ORDER BY starts_at LIMIT 1) AS contest,
                   array(SELECT email FROM employee WHERE company_id = c.id AND role = 'liaison' ORDER BY id) AS liaisons,
                   array(SELECT email FROM employee WHERE company_id = c.id AND role = 'employee' ORDER BY id) AS employees
              FROM company c WHERE c.id = $1
            """).execute(Tuple.of(companyId, SCREEN_NAME))
        .map(rows -> {
          var r = rows.iterator().next();
          return new Demo(companyId, r.getString("name"), r.getUUID("screen"), r.getLong("contest"),
              List.of(r.getArrayOfStrings("liaisons")), List.of(r.getArrayOfStrings("employees")));
        });
  }

  private Future<Long> seed(SqlConnection conn, String passwordHash) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    Map<String, Long> ids = new HashMap<>();
    Future<?> chain = id(conn, "INSERT INTO company (slug, name, time_zone) VALUES ($1, $2, $3) RETURNING id",
        Tuple.of(SLUG, "Acme Robotics", "Europe/Riga"), ids, "company");
    for (String office : DemoData.OFFICES) {
      chain = chain.compose(v -> id(conn, "INSERT INTO office (company_id, name) VALUES ($1, $2) RETURNING id",
          Tuple.of(ids.get("company"), office), ids, "office:" + office));
    }
    for (String team : DemoData.TEAMS) {
      chain = chain.compose(v -> id(conn, "INSERT INTO team (company_id, name) VALUES ($1, $2) RETURNING id",
          Tuple.of(ids.get("company"), team), ids, "team:" + team));
    }
    for (DemoData.Person p : DemoData.PEOPLE) {
      chain = chain.compose(v -> id(conn, """
              INSERT INTO employee (company_id, office_id, team_id, email, display_name, role, password_hash)
              VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
              """, Tuple.of(ids.get("company"), ids.get("office:" + p.office()), ids.get("team:" + p.team()),
              p.email(), p.name(), p.liaison() ? "liaison" : "employee", passwordHash), ids, "person:" + p.key()));
    }
    for (DemoData.Item item : DemoData.CONTENT) {
      chain = chain.compose(v -> id(conn, """
              INSERT INTO content (company_id, title, summary, url, status, hashtags, publish_at, expires_at,
                                   created_by, approved_by, approved_at)
              VALUES ($1, $2, $3, $4, $5::text, $6, $7::timestamptz, $8, $9, $9,
                      CASE WHEN $5::text = 'approved' THEN $7::timestamptz END) RETURNING id
              """, Tuple.tuple().addLong(ids.get("company")).addString(item.title()).addString(item.summary())
              .addString(item.url()).addString(item.status()).addArrayOfString(item.hashtags())
              .addOffsetDateTime(now.minusHours(item.publishedHoursAgo()))
              .addValue(item.expiresInHours() == null ? null : now.plusHours(item.expiresInHours()))
              .addLong(ids.get("person:liaison")), ids, "content:" + item.key()))
          .compose(v -> conn.preparedQuery("INSERT INTO content_variant (content_id, network, text) VALUES ($1, $2, $3)")
              .executeBatch(List.of(
                  Tuple.of(ids.get("content:" + item.key()), Network.LINKEDIN.wireName(), item.linkedIn()),
                  Tuple.of(ids.get("content:" + item.key()), Network.X.wireName(), item.x()))));
    }
    return chain
        .compose(v -> demoContest(conn, ids.get("company"), ids.get("person:liaison"), now))
        .compose(v -> conn.preparedQuery("INSERT INTO company_value (company_id, name, position) VALUES ($1, $2, $3)")
            .executeBatch(values(ids.get("company"))))
        .compose(v -> history(conn, ids, now))
        .compose(v -> conn.preparedQuery("INSERT INTO display_screen (company_id, name, created_by) VALUES ($1, $2, $3)")
            .execute(Tuple.of(ids.get("company"), SCREEN_NAME, ids.get("person:liaison"))))
        .map(v -> ids.get("company"));
  }

  /**
   * The live #worksomewhereyoulove contest: on from two days ago for a week, shares and own posts, a
   * draw of 3 among everyone with an entry and a prize for the top one; its seed made here, as a launch
   * makes it, so the screen shows its commitment from the first start.
   */
  private static Future<Void> demoContest(SqlConnection conn, long company, long liaison, OffsetDateTime now) {
    byte[] seed = new byte[32];
    new java.security.SecureRandom().nextBytes(seed);
    String commitment;
    try {
      commitment = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(seed));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
    return conn.preparedQuery("""
        INSERT INTO contest (company_id, name, hashtag, hashtag_key, description, rules, status, starts_at, ends_at,
                             starts_local, ends_local, prize, prize_top_n, draw_winners, draw_min_entries,
                             max_entries_per_day, seed, commitment, launched_at, created_by)
        SELECT co.id, $2, $3, lower($3), $4, $5, 'live', $6, $7,
               to_char($6 AT TIME ZONE co.time_zone, 'YYYY-MM-DD"T"HH24:MI'),
               to_char($7 AT TIME ZONE co.time_zone, 'YYYY-MM-DD"T"HH24:MI'), $8, 1, 3, 1, 3, $9, $10, $6, $11
          FROM company co WHERE co.id = $1
        """).execute(Tuple.from(new Object[] {company, "Work somewhere you love", "worksomewhereyoulove",
            "Show where you work and why you love it: a post with #worksomewhereyoulove counts.",
            "Posts made during the contest count, up to 3 a day. The top poster wins a team lunch; three people"
                + " with at least one entry are drawn for a weekend in Riga for two.",
            now.minusDays(2).truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
            now.plusDays(5).truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
            "A weekend in Riga for two, drawn among everyone who posts", io.vertx.core.buffer.Buffer.buffer(seed),
            commitment, liaison}))
        .mapEmpty();
  }

  /**
   * A few weeks of earlier shares and kudos, each with its ledger entry, so the boards and feeds are not
   * empty. Oldest first, so ledger order is time order (the screen's "latest shares" follows the ledger,
   * ties go to whoever reached a score first by sequence).
   */
  private Future<Void> history(SqlConnection conn, Map<String, Long> ids, OffsetDateTime now) {
    record Past(int hoursAgo, DemoData.PastShare share, DemoData.PastKudos kudos) {}
    List<Past> past = new ArrayList<>();
    DemoData.HISTORY.forEach(s -> past.add(new Past(s.hoursAgo(), s, null)));
    DemoData.KUDOS.forEach(k -> past.add(new Past(k.hoursAgo(), null, k)));
    past.sort((a, b) -> Integer.compare(b.hoursAgo(), a.hoursAgo()));
    Future<?> chain = Future.succeededFuture();
    long activity = 7_300_000_000_000_000_000L;
    for (Past p : past) {
      OffsetDateTime at = now.minusHours(p.hoursAgo());
      if (p.kudos() != null) {
        chain = chain.compose(v -> pastKudos(conn, ids, p.kudos(), at));
        continue;
      }
      DemoData.PastShare s = p.share();
      long postId = ++activity;
      int points = ScoringRules.DEFAULT.pointsForShare(s.network());
      String postUrl = s.network() == Network.LINKEDIN
          ? "https://www.linkedin.com/feed/update/urn:li:activity:" + postId + "/"
          : "https://x.com/" + s.person() + "/status/" + postId;
      chain = chain.compose(v -> conn.preparedQuery("""
              WITH s AS (
                INSERT INTO share (company_id, employee_id, content_id, network, post_url, points, shared_at, posted_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id, company_id, employee_id, points, shared_at)
              INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id, created_at)
              SELECT company_id, employee_id, 'share', points, id, shared_at FROM s
              """).execute(Tuple.of(ids.get("company"), ids.get("person:" + s.person()),
          ids.get("content:" + s.content()), s.network().wireName(), postUrl, points, at)));
    }
    return chain.mapEmpty();
  }

  /** A kudos as the API would have written it: the kudos, the receiver's ledger entry, the giver's week. */
  private static Future<?> pastKudos(SqlConnection conn, Map<String, Long> ids, DemoData.PastKudos k,
      OffsetDateTime at) {
    return conn.preparedQuery("""
        WITH k AS (
          INSERT INTO kudos (company_id, giver_id, receiver_id, value, message, client_key, given_at)
          VALUES ($1, $2, $3, $4, $5, 'demo-' || gen_random_uuid(), $6)
          RETURNING id, company_id, giver_id, receiver_id, given_at),
        week AS (
          INSERT INTO kudos_week (giver_id, week_start, given)
          SELECT k.giver_id, (date_trunc('week', k.given_at AT TIME ZONE c.time_zone))::date, 1
            FROM k JOIN company c ON c.id = k.company_id
          ON CONFLICT (giver_id, week_start) DO UPDATE SET given = kudos_week.given + 1)
        INSERT INTO ledger_entry (company_id, employee_id, kind, points, kudos_id, created_at)
        SELECT company_id, receiver_id, 'kudos', $7, id, given_at FROM k
        """).execute(Tuple.from(new Object[] {ids.get("company"), ids.get("person:" + k.from()),
        ids.get("person:" + k.to()), k.value(), k.message(), at, ScoringRules.DEFAULT.kudosPoints()}));
  }

  private static List<Tuple> values(long companyId) {
    List<Tuple> rows = new ArrayList<>();
    for (int i = 0; i < DemoData.VALUES.size(); i++) {
      rows.add(Tuple.of(companyId, DemoData.VALUES.get(i), i));
    }
    return rows;
  }

  private static Future<Long> id(SqlConnection conn, String sql, Tuple args, Map<String, Long> ids, String name) {
    return conn.preparedQuery(sql).execute(args).map(rows -> {
      long id = rows.iterator().next().getLong("id");
      ids.put(name, id);
      return id;
    });
  }
}
