package io.chorus.server.people;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.PlaceLine;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a company's offices or teams (one instance for each; the two tables have the same shape):
 * list with head counts, create, rename, delete when nobody is in it. Names are unique per company
 * whatever their letter case (a unique index on lower(name)).
 */
final class PlacesStore {
  /** Which of the two: its table, its column on employee, and its errors. */
  enum Kind {
    OFFICE("office", "office_id", ErrorCode.OFFICE_NOT_FOUND, "office"),
    TEAM("team", "team_id", ErrorCode.TEAM_NOT_FOUND, "team");

    final String table;
    final String column;
    final ErrorCode missing;
    final String word;

    Kind(String table, String column, ErrorCode missing, String word) {
      this.table = table;
      this.column = column;
      this.missing = missing;
      this.word = word;
    }
  }

  /** More than a company will ever have; the list is not paged. */
  static final int MAX_LISTED = 1000;

  private final Pool pool;
  private final Kind kind;
  private final String list;
  private final String create;
  private final String rename;
  private final String delete;
  private final String members;

  PlacesStore(Pool pool, Kind kind) {
    this.pool = pool;
    this.kind = kind;
    // Table and column names come from the enum above, never from a request.
    list = """
        SELECT p.id, p.name, count(e.id) AS people
          FROM %1$s p LEFT JOIN employee e ON e.%2$s = p.id
         WHERE p.company_id = $1
         GROUP BY p.id
         ORDER BY lower(p.name), p.id
         LIMIT %3$d
        """.formatted(kind.table, kind.column, MAX_LISTED);
    create = "INSERT INTO %s (company_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id"
        .formatted(kind.table);
    rename = "UPDATE %s SET name = $3 WHERE company_id = $1 AND id = $2 RETURNING id".formatted(kind.table);
    delete = """
        DELETE FROM %1$s p WHERE p.company_id = $1 AND p.id = $2
           AND NOT EXISTS (SELECT 1 FROM employee e WHERE e.%2$s = p.id)
        RETURNING id
        """.formatted(kind.table, kind.column);
    members = """
        SELECT count(e.id) AS people, count(e.id) FILTER (WHERE NOT e.active) AS away
          FROM %1$s p LEFT JOIN employee e ON e.%2$s = p.id
         WHERE p.company_id = $1 AND p.id = $2
         GROUP BY p.id
        """.formatted(kind.table, kind.column);
  }

  Future<List<PlaceLine>> list(long companyId) {
    return pool.preparedQuery(list).execute(Tuple.of(companyId)).map(rows -> {
      List<PlaceLine> out = new ArrayList<>();
      rows.forEach(r -> out.add(new PlaceLine(r.getLong("id"), r.getString("name"), r.getLong("people"))));
      return out;
    });
  }

  /** A new one; 409 {@code name_taken} when the company has one of that name (in any letter case). */
  Future<PlaceLine> create(long companyId, String name) {
    return pool.preparedQuery(create).execute(Tuple.of(companyId, name)).map(rows -> {
      if (rows.size() == 0) {
        throw taken(name);
      }
      return new PlaceLine(rows.iterator().next().getLong("id"), name, 0);
    });
  }

  Future<Void> rename(long companyId, long id, String name) {
    return pool.preparedQuery(rename).execute(Tuple.of(companyId, id, name))
        .recover(e -> Future.failedFuture(PeopleStore.uniqueViolation(e) ? taken(name) : e))
        .compose(rows -> rows.size() == 0 ? Future.failedFuture(new ApiException(kind.missing)) : Future.succeededFuture());
  }

  /** Deletes it when nobody (deactivated people included) is in it; else 409 {@code not_empty} saying who is. */
  Future<Void> delete(long companyId, long id) {
    return pool.preparedQuery(delete).execute(Tuple.of(companyId, id))
        // Someone moved in while it was being deleted: the foreign key refuses, as "not empty".
        .recover(e -> e instanceof PgException pg && "23503".equals(pg.getSqlState())
            ? Future.failedFuture(new ApiException(ErrorCode.NOT_EMPTY)) : Future.failedFuture(e))
        .compose(rows -> rows.size() > 0 ? Future.succeededFuture()
            : pool.preparedQuery(members).execute(Tuple.of(companyId, id)).compose(found -> {
              if (found.size() == 0) {
                return Future.failedFuture(new ApiException(kind.missing));
              }
              long people = found.iterator().next().getLong("people");
              long away = found.iterator().next().getLong("away");
              return Future.failedFuture(new ApiException(ErrorCode.NOT_EMPTY, people + (people == 1 ? " person is" : " people are")
                  + " still in this " + kind.word + (away > 0 ? " (" + away + " of them deactivated)" : "")
                  + ". Move them to another " + kind.word + " first."));
            }));
  }

  private ApiException taken(String name) {
    return new ApiException(ErrorCode.NAME_TAKEN, "Your company already has a " + kind.word + " called \u201C"
        + name + "\u201D.", "name");
  }
}
