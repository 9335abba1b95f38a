package io.chorus.server.people;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.PersonChange;
import io.chorus.shared.wire.PersonLine;
import io.chorus.shared.wire.PersonStatus;
import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the company's people as a liaison sees and changes them: the paged list (by name, with
 * a status filter), one person, their edits, deactivation and reactivation. Every statement is scoped
 * to the caller's company, so another company's id is simply not found.
 */
final class PeopleStore {
  // Where a person is in the programme (see PersonStatus); "sharing" is a share in the last 30 days.
  private static final String COLUMNS = """
      SELECT e.id, e.display_name, e.email, e.office_id, o.name AS office, e.team_id, t.name AS team, e.role,
             e.language, e.active, e.password_hash IS NULL AS invited, e.invited_at, e.deactivated_at,
             coalesce(e.joined_at, CASE WHEN e.password_hash IS NOT NULL THEN e.created_at END) AS joined_at,
             EXISTS (SELECT 1 FROM share s WHERE s.employee_id = e.id AND s.voided_at IS NULL
                      AND s.posted_at > now() - make_interval(days => %d)) AS sharing,
             b.awarded_at AS spotlight_at
        FROM employee e
        LEFT JOIN office o ON o.id = e.office_id
        LEFT JOIN team t ON t.id = e.team_id
        LEFT JOIN badge_award b ON b.employee_id = e.id AND b.badge = 'spotlight'
      """.formatted(PersonStatus.ACTIVE_DAYS);
  // By name, then id; the cursor is the last person of the page before. $2 is a LIKE pattern (escaped).
  // $5: current (not deactivated; the default), all, invited, joined, active or deactivated.
  private static final String PAGE = COLUMNS + """
       WHERE e.company_id = $1
         AND ($2::text IS NULL OR e.display_name ILIKE $2 OR e.email ILIKE $2)
         AND ($3::bigint IS NULL OR (lower(e.display_name), e.id) >
              (SELECT lower(a.display_name), a.id FROM employee a WHERE a.id = $3 AND a.company_id = $1))
         AND CASE $5::text
               WHEN 'all' THEN true
               WHEN 'deactivated' THEN NOT e.active
               WHEN 'invited' THEN e.active AND e.password_hash IS NULL
               WHEN 'joined' THEN e.active AND e.password_hash IS NOT NULL AND NOT EXISTS (
                 SELECT 1 FROM share s WHERE s.employee_id = e.id AND s.voided_at IS NULL
                    AND s.posted_at > now() - make_interval(days => %d))
               WHEN 'active' THEN e.active AND e.password_hash IS NOT NULL AND EXISTS (
                 SELECT 1 FROM share s WHERE s.employee_id = e.id AND s.voided_at IS NULL
                    AND s.posted_at > now() - make_interval(days => %d))
               ELSE e.active
             END
         AND ($6::bigint IS NULL OR e.office_id = $6)
         AND ($7::bigint IS NULL OR e.team_id = $7)
       ORDER BY lower(e.display_name), e.id
       LIMIT $4
      """.formatted(PersonStatus.ACTIVE_DAYS, PersonStatus.ACTIVE_DAYS);
  private static final String ONE = COLUMNS + " WHERE e.company_id = $1 AND e.id = $2";
  private static final String LOCK = "SELECT id FROM employee WHERE company_id = $1 AND id = $2 FOR UPDATE";
  private static final String OFFICE_OF = "SELECT 1 FROM office WHERE company_id = $1 AND id = $2";
  private static final String TEAM_OF = "SELECT 1 FROM team WHERE company_id = $1 AND id = $2";
  // $4/$6/$9: whether office, team, language are being set (so NULL can mean "none").
  private static final String UPDATE = """
      UPDATE employee SET
             display_name = coalesce($3, display_name),
             office_id = CASE WHEN $4 THEN $5 ELSE office_id END,
             team_id = CASE WHEN $6 THEN $7 ELSE team_id END,
             role = coalesce($8, role),
             language = CASE WHEN $9 THEN $10 ELSE language END
       WHERE company_id = $1 AND id = $2
      """;
  // Deactivation: off at once (every token issued until now is refused, the console's sessions too),
  // and any link to set a password withdrawn. Deactivating someone already deactivated changes nothing.
  private static final String DEACTIVATE = """
      UPDATE employee
         SET active = false, deactivated_at = now(), deactivated_by = $3,
             tokens_valid_after = greatest(tokens_valid_after, date_trunc('second', now()) + interval '1 second')
       WHERE company_id = $1 AND id = $2 AND active
      """;
  private static final String WITHDRAW_LINKS = """
      UPDATE invitation SET revoked_at = now() WHERE employee_id = $1 AND used_at IS NULL AND revoked_at IS NULL
      """;
  // Tokens from before the deactivation stay refused (tokens_valid_after is not moved back).
  private static final String REACTIVATE = """
      UPDATE employee SET active = true, deactivated_at = NULL, deactivated_by = NULL
       WHERE company_id = $1 AND id = $2 AND NOT active
      """;

  private final Pool pool;

  PeopleStore(Pool pool) {
    this.pool = pool;
  }

  /** A page of people by name: matching {@code search} (null: everyone), of a status, after person {@code after}. */
  Future<List<PersonLine>> page(long companyId, String search, String status, Long office, Long team, Long after,
      int rows) {
    String pattern = search == null ? null : "%" + escapeLike(search) + "%";
    return pool.preparedQuery(PAGE)
        .execute(Tuple.from(new Object[] {companyId, pattern, after, rows, status, office, team}))
        .map(result -> {
          List<PersonLine> out = new ArrayList<>();
          result.forEach(r -> out.add(line(r)));
          return out;
        });
  }

  /** One person of the company; a 404 {@code person_not_found} for anyone else's. */
  Future<PersonLine> person(long companyId, long employeeId) {
    return pool.preparedQuery(ONE).execute(Tuple.of(companyId, employeeId)).map(rows -> {
      if (rows.size() == 0) {
        throw new ApiException(ErrorCode.PERSON_NOT_FOUND);
      }
      return line(rows.iterator().next());
    });
  }

  /** Applies a change to a person (their office and team must be the company's), then answers them as they are. */
  Future<PersonLine> change(long companyId, long employeeId, PersonChange change) {
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK).execute(Tuple.of(companyId, employeeId))
            .compose(rows -> rows.size() == 0 ? Future.failedFuture(new ApiException(ErrorCode.PERSON_NOT_FOUND))
                : Future.succeededFuture())
            .compose(v -> exists(conn, OFFICE_OF, companyId, change.officeId(), ErrorCode.OFFICE_NOT_FOUND, "officeId"))
            .compose(v -> exists(conn, TEAM_OF, companyId, change.teamId(), ErrorCode.TEAM_NOT_FOUND, "teamId"))
            .compose(v -> conn.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {companyId, employeeId,
                change.name(), change.officeId() != null, zeroIsNone(change.officeId()), change.teamId() != null,
                zeroIsNone(change.teamId()), change.role() == null ? null : change.role().wireName(),
                change.languageGiven(), change.language()}))))
        .compose(v -> person(companyId, employeeId));
  }

  /** Deactivates a person: their tokens and sessions are refused from now on; false when they already were. */
  Future<Boolean> deactivate(long companyId, long employeeId, long by) {
    return pool.withTransaction(conn -> conn.preparedQuery(DEACTIVATE).execute(Tuple.of(companyId, employeeId, by))
        .compose(rows -> rows.rowCount() == 0 ? Future.succeededFuture(false)
            : conn.preparedQuery(WITHDRAW_LINKS).execute(Tuple.of(employeeId)).map(true)));
  }

  /** Reactivates a person; false when they were not deactivated. */
  Future<Boolean> reactivate(long companyId, long employeeId) {
    return pool.preparedQuery(REACTIVATE).execute(Tuple.of(companyId, employeeId)).map(rows -> rows.rowCount() > 0);
  }

  private static Future<Void> exists(SqlConnection conn, String sql, long companyId, Long id, ErrorCode missing,
      String field) {
    if (id == null || id == 0) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery(sql).execute(Tuple.of(companyId, id)).compose(rows -> rows.size() > 0
        ? Future.succeededFuture() : Future.failedFuture(new ApiException(missing, missing.message(), field)));
  }

  private static Long zeroIsNone(Long id) {
    return id == null || id == 0 ? null : id;
  }

  static PersonLine line(Row r) {
    PersonStatus status = !r.getBoolean("active") ? PersonStatus.DEACTIVATED
        : r.getBoolean("invited") ? PersonStatus.INVITED
        : r.getBoolean("sharing") ? PersonStatus.ACTIVE : PersonStatus.JOINED;
    return new PersonLine(r.getLong("id"), r.getString("display_name"), r.getString("email"), zero(r.getLong("office_id")),
        r.getString("office"), zero(r.getLong("team_id")), r.getString("team"), Role.fromWire(r.getString("role")),
        r.getString("language"), status, millis(r, "invited_at"), millis(r, "joined_at"), millis(r, "deactivated_at"),
        millis(r, "spotlight_at"));
  }

  private static long zero(Long id) {
    return id == null ? 0 : id;
  }

  private static long millis(Row r, String column) {
    OffsetDateTime at = r.getOffsetDateTime(column);
    return at == null ? 0 : at.toInstant().toEpochMilli();
  }

  /** Whether a failure is PostgreSQL's unique violation (a name taken, an email already in use). */
  static boolean uniqueViolation(Throwable e) {
    return e instanceof PgException pg && "23505".equals(pg.getSqlState());
  }

  /** What a person typed, matched literally: LIKE's wildcards and its escape character lose their meaning. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
