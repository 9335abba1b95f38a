package io.chorus.server.people;

import io.chorus.shared.wire.PersonLine;
import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The SQL of the company's people as a liaison looks them up: active ones, by name, a page at a time. */
final class PeopleStore {
  // By name, then id; the cursor is the last person of the page before. $2 is a LIKE pattern (escaped).
  private static final String PAGE = """
      SELECT e.id, e.display_name, e.email, o.name AS office, t.name AS team, e.role, b.awarded_at AS spotlight_at
        FROM employee e
        LEFT JOIN office o ON o.id = e.office_id
        LEFT JOIN team t ON t.id = e.team_id
        LEFT JOIN badge_award b ON b.employee_id = e.id AND b.badge = 'spotlight'
       WHERE e.company_id = $1 AND e.active
         AND ($2::text IS NULL OR e.display_name ILIKE $2 OR e.email ILIKE $2)
         AND ($3::bigint IS NULL OR (lower(e.display_name), e.id) >
              (SELECT lower(a.display_name), a.id FROM employee a WHERE a.id = $3 AND a.company_id = $1))
       ORDER BY lower(e.display_name), e.id
       LIMIT $4
      """;

  private final Pool pool;

  PeopleStore(Pool pool) {
    this.pool = pool;
  }

  /** Up to {@code rows} people whose name or email contains {@code search} (null: everyone), after person {@code after}. */
  Future<List<PersonLine>> page(long companyId, String search, Long after, int rows) {
    String pattern = search == null ? null : "%" + escapeLike(search) + "%";
    return pool.preparedQuery(PAGE).execute(Tuple.of(companyId, pattern, after, rows)).map(result -> {
      List<PersonLine> out = new ArrayList<>();
      for (Row r : result) {
        OffsetDateTime spotlight = r.getOffsetDateTime("spotlight_at");
        out.add(new PersonLine(r.getLong("id"), r.getString("display_name"), r.getString("email"),
            r.getString("office"), r.getString("team"), Role.fromWire(r.getString("role")),
            spotlight == null ? 0 : spotlight.toInstant().toEpochMilli()));
      }
      return out;
    });
  }

  /** What a person typed, matched literally: LIKE's wildcards and its escape character lose their meaning. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
