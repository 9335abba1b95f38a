package io.chorus.server.numbers;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the programme's numbers: one query per figure, each over the same scope — $1 the company,
 * $2 and $3 the first and the day after the last day of the period (dates in the company's time zone),
 * $4 an office and $5 a team (NULL: all), and for top lists $6 the row limit.
 *
 * <p>A share counts when it was posted (not when it was reported) and is not voided; a click when it was
 * made; points when their ledger entry was written (reversals included, so a void takes them back).
 * Estimated reach adds, for each share, the audience its sharer states for that network (as stated
 * now). Deactivated people stay in every figure for the time they took part.
 */
final class NumbersStore {
  // The company's default period (the 12 weeks up to and including this one) and the names of the
  // office and team asked for, which must be the company's own.
  private static final String SCOPE = """
      SELECT c.time_zone,
             (date_trunc('week', $2::timestamptz AT TIME ZONE c.time_zone) - interval '11 weeks')::date AS default_from,
             (date_trunc('week', $2::timestamptz AT TIME ZONE c.time_zone) + interval '1 week')::date AS default_to,
             (SELECT o.name FROM office o WHERE o.company_id = c.id AND o.id = $3) AS office,
             (SELECT t.name FROM team t WHERE t.company_id = c.id AND t.id = $4) AS team
        FROM company c WHERE c.id = $1
      """;

  // What every figure starts from: the period as instants, the people in scope (with when they were
  // invited and joined), their shares posted in the period and the clicks made on their links in it.
  private static final String IN_SCOPE = """
      WITH p AS (
        SELECT c.time_zone AS tz, $2::date::timestamp AS local_from, $3::date::timestamp AS local_to,
               $2::date::timestamp AT TIME ZONE c.time_zone AS from_ts,
               $3::date::timestamp AT TIME ZONE c.time_zone AS to_ts
          FROM company c WHERE c.id = $1),
      people AS (
        SELECT e.id, e.display_name, e.office_id, e.team_id, e.active, e.audience_linkedin, e.audience_x,
               coalesce(e.invited_at, e.created_at) AS invited_at,
               coalesce(e.joined_at, CASE WHEN e.password_hash IS NOT NULL THEN e.created_at END) AS joined_at,
               e.deactivated_at
          FROM employee e
         WHERE e.company_id = $1 AND ($4::bigint IS NULL OR e.office_id = $4) AND ($5::bigint IS NULL OR e.team_id = $5)),
      shares AS (
        SELECT s.id, s.employee_id, s.content_id, s.network, s.posted_at,
               CASE s.network WHEN 'linkedin' THEN e.audience_linkedin ELSE e.audience_x END AS audience
          FROM share s JOIN people e ON e.id = s.employee_id CROSS JOIN p
         WHERE s.company_id = $1 AND s.voided_at IS NULL AND s.posted_at >= p.from_ts AND s.posted_at < p.to_ts),
      clicks AS (
        SELECT k.id, k.code, k.visitor, l.network, l.content_id, l.employee_id
          FROM link_click k JOIN tracked_link l ON l.code = k.code JOIN people e ON e.id = l.employee_id CROSS JOIN p
         WHERE l.company_id = $1 AND k.clicked_at >= p.from_ts AND k.clicked_at < p.to_ts),
      points AS (
        SELECT l.employee_id, sum(l.points) AS points
          FROM ledger_entry l JOIN people e ON e.id = l.employee_id CROSS JOIN p
         WHERE l.company_id = $1 AND l.created_at >= p.from_ts AND l.created_at < p.to_ts
         GROUP BY l.employee_id),
      networks (network) AS (VALUES ('linkedin'), ('x'))
      """;

  // Invited: had an account by the period's end and was not deactivated before it began. Joined: had
  // set a password by its end. Active: shared in it.
  private static final String ADOPTION = IN_SCOPE + """
      , counted AS (
        SELECT e.invited_at < p.to_ts AND (e.deactivated_at IS NULL OR e.deactivated_at >= p.from_ts) AS invited,
               e.joined_at IS NOT NULL AND e.joined_at < p.to_ts AS joined,
               EXISTS (SELECT 1 FROM shares s WHERE s.employee_id = e.id) AS active
          FROM people e CROSS JOIN p)
      SELECT 'invited' AS stage, count(*) FILTER (WHERE invited) AS people FROM counted
      UNION ALL SELECT 'joined', count(*) FILTER (WHERE invited AND joined) FROM counted
      UNION ALL SELECT 'active', count(*) FILTER (WHERE invited AND joined AND active) FROM counted
      """;

  // ISO weeks (Monday first) that overlap the period, each counted only within the period (an edge
  // week is marked partial). The trend is the least-squares line through the full weeks.
  private static final String WEEKLY_ACTIVE = IN_SCOPE + """
      , weeks AS (
        SELECT w::date AS week,
               greatest(w, p.local_from) AT TIME ZONE p.tz AS w_from,
               least(w + interval '7 days', p.local_to) AT TIME ZONE p.tz AS w_to,
               (w < p.local_from OR w + interval '7 days' > p.local_to) AS partial
          FROM p, generate_series(date_trunc('week', p.local_from), p.local_to - interval '1 day', interval '7 days') w),
      counted AS (
        SELECT w.week, w.partial, row_number() OVER (ORDER BY w.week) AS n,
               (SELECT count(DISTINCT s.employee_id) FROM shares s
                 WHERE s.posted_at >= w.w_from AND s.posted_at < w.w_to) AS active,
               (SELECT count(*) FROM people e
                 WHERE e.joined_at < w.w_to AND (e.deactivated_at IS NULL OR e.deactivated_at >= w.w_from)) AS joined
          FROM weeks w)
      SELECT week, active, joined, partial,
             round((regr_intercept(active, n) FILTER (WHERE NOT partial) OVER ()
                    + regr_slope(active, n) FILTER (WHERE NOT partial) OVER () * n)::numeric, 2) AS trend
        FROM counted ORDER BY week
      """;

  private static final String NETWORKS = IN_SCOPE + """
      SELECT n.network, count(s.id) AS shares, count(DISTINCT s.employee_id) AS sharers
        FROM networks n LEFT JOIN shares s ON s.network = n.network
       GROUP BY n.network ORDER BY n.network
      """;

  private static final String REACH = IN_SCOPE + """
      SELECT n.network, count(s.id) AS shares, count(s.audience) AS "sharesWithAudience",
             coalesce(sum(s.audience), 0) AS reach
        FROM networks n LEFT JOIN shares s ON s.network = n.network
       GROUP BY n.network ORDER BY n.network
      """;

  // Each click is already one visitor on one link (link_click is unique on both); bots are never stored.
  private static final String CLICKS = IN_SCOPE + """
      SELECT n.network, count(c.id) AS clicks, count(DISTINCT c.visitor) AS visitors, count(DISTINCT c.code) AS links
        FROM networks n LEFT JOIN clicks c ON c.network = n.network
       GROUP BY n.network ORDER BY n.network
      """;

  private static final String TOP_CONTENT = IN_SCOPE + """
      SELECT c.id AS "contentId", c.title, count(s.id) AS shares, count(DISTINCT s.employee_id) AS sharers,
             (SELECT count(*) FROM clicks k WHERE k.content_id = c.id) AS clicks,
             coalesce(sum(s.audience), 0) AS reach
        FROM shares s JOIN content c ON c.id = s.content_id
       GROUP BY c.id, c.title
       ORDER BY shares DESC, clicks DESC, lower(c.title), c.id
       LIMIT $6
      """;

  private static final String TOP_PEOPLE = IN_SCOPE + """
      , counted AS (
        SELECT e.id, e.display_name, e.office_id, e.team_id, e.active, coalesce(pt.points, 0) AS points,
               (SELECT count(*) FROM shares s WHERE s.employee_id = e.id) AS shares,
               (SELECT count(*) FROM clicks k WHERE k.employee_id = e.id) AS clicks
          FROM people e LEFT JOIN points pt ON pt.employee_id = e.id)
      SELECT x.id AS "employeeId", x.display_name AS name, o.name AS office, t.name AS team, x.points, x.shares,
             x.clicks, NOT x.active AS deactivated
        FROM counted x LEFT JOIN office o ON o.id = x.office_id LEFT JOIN team t ON t.id = x.team_id
       WHERE x.points <> 0 OR x.shares > 0 OR x.clicks > 0
       ORDER BY x.points DESC, x.shares DESC, lower(x.display_name), x.id
       LIMIT $6
      """;

  // Every team of the company (of the one asked for), with an office asked for only those with people
  // there. People: members who were taking part in the period (as for adoption's invited).
  private static final String TOP_TEAMS = IN_SCOPE + """
      SELECT t.id AS "teamId", t.name AS team,
             count(e.id) FILTER (WHERE e.invited_at < p.to_ts
                                   AND (e.deactivated_at IS NULL OR e.deactivated_at >= p.from_ts)) AS people,
             count(e.id) FILTER (WHERE EXISTS (SELECT 1 FROM shares s WHERE s.employee_id = e.id)) AS active,
             coalesce(sum((SELECT count(*) FROM shares s WHERE s.employee_id = e.id)), 0) AS shares,
             coalesce(sum((SELECT pt.points FROM points pt WHERE pt.employee_id = e.id)), 0) AS points
        FROM team t CROSS JOIN p LEFT JOIN people e ON e.team_id = t.id
       WHERE t.company_id = $1 AND ($5::bigint IS NULL OR t.id = $5)
       GROUP BY t.id, t.name
      HAVING $4::bigint IS NULL OR count(e.id) > 0
       ORDER BY points DESC, shares DESC, lower(t.name), t.id
       LIMIT $6
      """;

  // The library's topics as the liaison wrote them, one row per item and topic whatever its letter case
  // (shown in one spelling); an item with two topics counts in both.
  private static final String TOPICS = IN_SCOPE + """
      , topics AS (
        SELECT c.id AS content_id, lower(btrim(t.topic)) AS key, min(btrim(t.topic) COLLATE "C") AS topic
          FROM content c CROSS JOIN LATERAL unnest(c.topics) AS t(topic)
         WHERE c.company_id = $1 AND btrim(t.topic) <> ''
         GROUP BY c.id, lower(btrim(t.topic)))
      SELECT min(tp.topic COLLATE "C") AS topic, count(DISTINCT s.content_id) AS items, count(s.id) AS shares,
             count(DISTINCT s.employee_id) AS sharers,
             (SELECT count(*) FROM clicks k JOIN topics x ON x.content_id = k.content_id WHERE x.key = tp.key) AS clicks,
             coalesce(sum(s.audience), 0) AS reach
        FROM topics tp JOIN shares s ON s.content_id = tp.content_id
       GROUP BY tp.key
       ORDER BY shares DESC, clicks DESC, tp.key COLLATE "C"
       LIMIT $6
      """;

  private static final Map<String, String> SQL = Map.of(
      Figures.ADOPTION.id(), ADOPTION,
      Figures.WEEKLY_ACTIVE.id(), WEEKLY_ACTIVE,
      Figures.NETWORKS.id(), NETWORKS,
      Figures.REACH.id(), REACH,
      Figures.CLICKS.id(), CLICKS,
      Figures.TOP_CONTENT.id(), TOP_CONTENT,
      Figures.TOPICS.id(), TOPICS,
      Figures.TOP_PEOPLE.id(), TOP_PEOPLE,
      Figures.TOP_TEAMS.id(), TOP_TEAMS);

  private final Pool pool;

  NumbersStore(Pool pool) {
    this.pool = pool;
  }

  /** The company's time zone, its default period as of {@code now}, and the names of the office and team. */
  record Resolved(String timeZone, LocalDate defaultFrom, LocalDate defaultTo, String officeName, String teamName) {}

  Future<Resolved> resolve(long companyId, OffsetDateTime now, Long officeId, Long teamId) {
    return pool.preparedQuery(SCOPE).execute(Tuple.of(companyId, now, officeId, teamId))
        .map(rows -> {
          Row r = rows.iterator().next();
          return new Resolved(r.getString("time_zone"), r.getLocalDate("default_from"), r.getLocalDate("default_to"),
              r.getString("office"), r.getString("team"));
        });
  }

  /** The figure's rows, as JSON objects keyed by its columns; a top list has at most {@code limit}. */
  Future<List<JsonObject>> rows(Figure figure, Scope scope, int limit) {
    Tuple args = Tuple.of(scope.companyId(), scope.from(), scope.to(), scope.officeId(), scope.teamId());
    if (figure.ranked()) {
      args.addInteger(limit);
    }
    return pool.preparedQuery(SQL.get(figure.id())).execute(args)
        .map(rows -> {
          List<JsonObject> out = new ArrayList<>();
          rows.forEach(r -> out.add(row(figure, r)));
          return out;
        });
  }

  private static JsonObject row(Figure figure, Row r) {
    JsonObject row = new JsonObject();
    for (Figure.Column c : figure.columns()) {
      Object value = switch (c.kind()) {
        case TEXT -> r.getString(c.key());
        case COUNT -> r.getLong(c.key());
        case DATE -> r.getLocalDate(c.key()) == null ? null : r.getLocalDate(c.key()).toString();
        case DECIMAL -> r.getNumeric(c.key()) == null ? null : r.getNumeric(c.key()).doubleValue();
        case FLAG -> r.getBoolean(c.key());
      };
      row.put(c.key(), value);
    }
    return row;
  }
}
