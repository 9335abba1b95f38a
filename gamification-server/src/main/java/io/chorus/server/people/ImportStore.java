package io.chorus.server.people;

import io.chorus.shared.wire.ImportReport.Problem;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes a CSV import's good rows in one transaction, a few statements whatever the file's size: the
 * company's imports take turns (an advisory lock), emails already here are left alone (so importing a
 * file again changes nothing), an email that belongs to another company's account is refused for its
 * row, offices and teams are matched by name in any letter case or created, the new people inserted
 * (invited: no password yet) and each given a one-time link.
 */
final class ImportStore {
  private static final String TAKE_TURN = "SELECT pg_advisory_xact_lock(1216, $1::int)";
  private static final String KNOWN = """
      SELECT lower(email) AS email, company_id FROM employee WHERE lower(email) = ANY($1::text[])
      """;
  private static final String CREATE_PLACES = """
      INSERT INTO %s (company_id, name) SELECT $1, n FROM unnest($2::text[]) AS n ON CONFLICT DO NOTHING
      """;
  // Each name as the file spells it, with the id of the company's one of that name in any letter case
  // (PostgreSQL folds the case, as the unique index does, whatever the database's locale).
  private static final String PLACES = """
      SELECT v.asked, p.id FROM unnest($2::text[]) AS v(asked)
        JOIN %s p ON p.company_id = $1 AND lower(p.name) = lower(v.asked)
      """;
  private static final String ADD = """
      INSERT INTO employee (company_id, office_id, team_id, email, display_name, role, language, password_hash,
                            invited_at, invited_by)
      SELECT $1, v.office_id, v.team_id, v.email, v.name, v.role, v.language, NULL, now(), $2
        FROM unnest($3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[])
             AS v(office_id, team_id, email, name, role, language)
      ON CONFLICT DO NOTHING
      RETURNING id, email, display_name
      """;

  /** What the transaction did; {@code links} are not emailed yet (that happens after commit). */
  record Written(int added, int unchanged, List<Problem> problems, List<Invitations.Minted> links) {}

  private final Pool pool;

  ImportStore(Pool pool) {
    this.pool = pool;
  }

  Future<Written> write(long companyId, long by, List<PeopleCsv.Row> rows, Supplier<String> publicUrl) {
    if (rows.isEmpty()) {
      return Future.succeededFuture(new Written(0, 0, List.of(), List.of()));
    }
    return pool.withTransaction(conn -> conn.preparedQuery(TAKE_TURN).execute(Tuple.of(companyId))
        .compose(v -> conn.preparedQuery(KNOWN).execute(Tuple.of((Object) rows.stream().map(PeopleCsv.Row::email)
            .toArray(String[]::new))))
        .compose(known -> {
          Map<String, Long> owner = new HashMap<>();
          known.forEach(r -> owner.put(r.getString("email"), r.getLong("company_id")));
          List<Problem> problems = new ArrayList<>();
          List<PeopleCsv.Row> fresh = new ArrayList<>();
          int unchanged = 0;
          for (PeopleCsv.Row row : rows) {
            Long company = owner.get(row.email());
            if (company == null) {
              fresh.add(row);
            } else if (company == companyId) {
              unchanged++;
            } else {
              problems.add(new Problem(row.line(), "email", "The email " + row.email()
                  + " already has a Chorus account with another company."));
            }
          }
          int alreadyHere = unchanged;
          return places(conn, companyId, "office", fresh.stream().map(PeopleCsv.Row::office).toList())
              .compose(offices -> places(conn, companyId, "team", fresh.stream().map(PeopleCsv.Row::team).toList())
                  .compose(teams -> add(conn, companyId, by, fresh, offices, teams)))
              .compose(added -> Invitations.create(conn, companyId, by, added, publicUrl)
                  .map(links -> new Written(added.size(), alreadyHere + fresh.size() - added.size(), problems, links)));
        }));
  }

  /**
   * Offices (or teams) by the name as the file spells it: the company's one of that name in any letter
   * case, created when it has none (the first spelling in the file names it).
   */
  private static Future<Map<String, Long>> places(SqlConnection conn, long companyId, String table, List<String> named) {
    String[] names = named.stream().filter(n -> n != null).distinct().toArray(String[]::new);
    if (names.length == 0) {
      return Future.succeededFuture(Map.of());
    }
    return conn.preparedQuery(CREATE_PLACES.formatted(table)).execute(Tuple.of(companyId, (Object) names))
        .compose(v -> conn.preparedQuery(PLACES.formatted(table)).execute(Tuple.of(companyId, (Object) names)))
        .map(found -> {
          Map<String, Long> ids = new HashMap<>();
          for (Row r : found) {
            ids.put(r.getString("asked"), r.getLong("id"));
          }
          return ids;
        });
  }

  private static Future<List<Invitations.Recipient>> add(SqlConnection conn, long companyId, long by,
      List<PeopleCsv.Row> fresh, Map<String, Long> offices, Map<String, Long> teams) {
    if (fresh.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    int n = fresh.size();
    Long[] officeIds = new Long[n];
    Long[] teamIds = new Long[n];
    String[] emails = new String[n];
    String[] names = new String[n];
    String[] roles = new String[n];
    String[] languages = new String[n];
    for (int i = 0; i < n; i++) {
      PeopleCsv.Row row = fresh.get(i);
      officeIds[i] = row.office() == null ? null : offices.get(row.office());
      teamIds[i] = row.team() == null ? null : teams.get(row.team());
      emails[i] = row.email();
      names[i] = row.name();
      roles[i] = row.role().wireName();
      languages[i] = row.language();
    }
    return conn.preparedQuery(ADD)
        .execute(Tuple.from(new Object[] {companyId, by, officeIds, teamIds, emails, names, roles, languages}))
        .map(rows -> {
          List<Invitations.Recipient> added = new ArrayList<>();
          rows.forEach(r -> added.add(new Invitations.Recipient(r.getLong("id"), r.getString("display_name"),
              r.getString("email"))));
          return added;
        });
  }
}
