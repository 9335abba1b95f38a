package io.chorus.server.library;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.ItemPlace;
import io.chorus.shared.wire.LibraryDraft;
import io.chorus.shared.wire.LibraryItem;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The SQL of the content library as the liaison works it: every statement, each scoped to the caller's
 * company (another company's item id is a 404, as a missing one). Changes run in one transaction each;
 * a change to an approved item's words keeps what the item said before as a {@code content_version}.
 */
final class LibraryStore {
  private static final String ITEM_COLUMNS = """
      SELECT c.id, c.status, c.version, c.title, c.summary, c.url, c.image_url, c.hashtags, c.topics, c.language,
             c.publish_at, c.expires_at, c.created_at, c.updated_at, c.approved_at,
             (c.status = 'approved' AND c.publish_at <= now() AND (c.expires_at IS NULL OR c.expires_at > now())) AS live,
             (SELECT v.text FROM content_variant v WHERE v.content_id = c.id AND v.network = 'linkedin') AS linkedin_text,
             (SELECT v.text FROM content_variant v WHERE v.content_id = c.id AND v.network = 'x') AS x_text,
             coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
                         FROM content_office t JOIN office o ON o.id = t.office_id WHERE t.content_id = c.id),
                      '[]'::json) AS offices,
             coalesce((SELECT json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.name)
                         FROM content_team t JOIN team m ON m.id = t.team_id WHERE t.content_id = c.id),
                      '[]'::json) AS teams,
             (SELECT count(*) FROM share s WHERE s.content_id = c.id AND s.voided_at IS NULL) AS shares
        FROM content c
      """;
  private static final String ONE = ITEM_COLUMNS + " WHERE c.company_id = $1 AND c.id = $2";
  private static final String PAGE = ITEM_COLUMNS + """
       WHERE c.company_id = $1 AND ($2::text IS NULL OR c.status = $2) AND ($3::bigint IS NULL OR c.id < $3)
       ORDER BY c.id DESC
       LIMIT $4
      """;
  private static final String LOCK = """
      SELECT c.status, c.version, c.title, c.url, c.hashtags,
             (SELECT v.text FROM content_variant v WHERE v.content_id = c.id AND v.network = 'linkedin') AS linkedin_text,
             (SELECT v.text FROM content_variant v WHERE v.content_id = c.id AND v.network = 'x') AS x_text
        FROM content c WHERE c.company_id = $1 AND c.id = $2 FOR UPDATE
      """;
  private static final String OFFICES_OF_COMPANY = "SELECT count(*) AS n FROM office WHERE company_id = $1 AND id = ANY($2)";
  private static final String TEAMS_OF_COMPANY = "SELECT count(*) AS n FROM team WHERE company_id = $1 AND id = ANY($2)";
  private static final String INSERT = """
      INSERT INTO content (company_id, title, summary, url, image_url, status, hashtags, topics, language,
                           publish_at, expires_at, created_by)
      VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8, coalesce($9, now()), $10, $11)
      RETURNING id
      """;
  private static final String UPDATE = """
      UPDATE content SET title = $3, summary = $4, url = $5, image_url = $6, hashtags = $7, topics = $8,
             language = $9, publish_at = coalesce($10, CASE WHEN status = 'approved' THEN publish_at ELSE now() END),
             expires_at = $11, version = $12, updated_at = now()
       WHERE company_id = $1 AND id = $2
      """;
  private static final String CLEAR_TEXTS = "DELETE FROM content_variant WHERE content_id = $1";
  private static final String INSERT_TEXTS = """
      INSERT INTO content_variant (content_id, network, text)
      SELECT $1, n, t FROM unnest($2::text[], $3::text[]) AS u (n, t) WHERE t IS NOT NULL
      """;
  private static final String CLEAR_OFFICES = "DELETE FROM content_office WHERE content_id = $1";
  private static final String INSERT_OFFICES = "INSERT INTO content_office (content_id, office_id) SELECT $1, unnest($2::bigint[])";
  private static final String CLEAR_TEAMS = "DELETE FROM content_team WHERE content_id = $1";
  private static final String INSERT_TEAMS = "INSERT INTO content_team (content_id, team_id) SELECT $1, unnest($2::bigint[])";
  // What the item says now, as its current version (kept once: a second write of the same version is a no-op).
  private static final String KEEP_VERSION = """
      INSERT INTO content_version (content_id, version, title, summary, url, hashtags, linkedin_text, x_text, created_by)
      SELECT c.id, c.version, c.title, c.summary, c.url, c.hashtags,
             (SELECT v.text FROM content_variant v WHERE v.content_id = c.id AND v.network = 'linkedin'),
             (SELECT v.text FROM content_variant v WHERE v.content_id = c.id AND v.network = 'x'), $2
        FROM content c WHERE c.id = $1
      ON CONFLICT DO NOTHING
      """;
  // Approval makes the item live from its "from", or from now when that has passed: freshness is when
  // employees could first see it.
  private static final String APPROVE = """
      UPDATE content SET status = 'approved', approved_by = $3, approved_at = now(),
             publish_at = greatest(publish_at, now()), updated_at = now()
       WHERE company_id = $1 AND id = $2 AND status = 'draft' AND (expires_at IS NULL OR expires_at > now())
      RETURNING id
      """;
  private static final String SCHEDULE = """
      UPDATE content SET publish_at = coalesce($3, CASE WHEN status = 'approved' THEN least(publish_at, now())
                                                        ELSE now() END),
             expires_at = $4, updated_at = now()
       WHERE company_id = $1 AND id = $2 AND status <> 'archived'
      RETURNING id
      """;
  private static final String ARCHIVE = """
      UPDATE content SET status = 'archived', archived_at = now(), archived_by = $3, updated_at = now()
       WHERE company_id = $1 AND id = $2 AND status <> 'archived'
      """;
  private static final String STATUS = "SELECT status, expires_at <= now() AS ended FROM content WHERE company_id = $1 AND id = $2";

  private final Pool pool;

  LibraryStore(Pool pool) {
    this.pool = pool;
  }

  /** A draft's window, read by the routes (the shared draft holds its instants as text). */
  record Window(Instant from, Instant until) {}

  Future<List<LibraryItem>> page(long companyId, String status, Long before, int limit) {
    return pool.preparedQuery(PAGE).execute(Tuple.of(companyId, status, before, limit)).map(rows -> {
      List<LibraryItem> out = new ArrayList<>();
      rows.forEach(r -> out.add(item(r)));
      return out;
    });
  }

  Future<LibraryItem> item(long companyId, long id) {
    return pool.preparedQuery(ONE).execute(Tuple.of(companyId, id)).map(rows -> {
      if (rows.size() == 0) {
        throw new ApiException(ErrorCode.ITEM_NOT_FOUND);
      }
      return item(rows.iterator().next());
    });
  }

  Future<Long> create(long companyId, long liaisonId, LibraryDraft d, Window w) {
    return pool.withTransaction(conn -> placesOfCompany(conn, companyId, d)
        .compose(v -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {companyId, d.title(), d.summary(),
            d.url(), d.imageUrl(), strings(d.hashtags()), strings(d.topics()), d.language(), at(w.from()),
            at(w.until()), liaisonId})))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(id -> writeParts(conn, id, d).map(id)));
  }

  /** Replaces the item's fields; a change to an approved item's words makes a new version. */
  Future<Void> update(long companyId, long id, long liaisonId, LibraryDraft d, Window w) {
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK).execute(Tuple.of(companyId, id)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.failedFuture(new ApiException(ErrorCode.ITEM_NOT_FOUND));
      }
      Row now = rows.iterator().next();
      if (LibraryItem.ARCHIVED.equals(now.getString("status"))) {
        return Future.failedFuture(new ApiException(ErrorCode.ITEM_ARCHIVED));
      }
      boolean newVersion = LibraryItem.APPROVED.equals(now.getString("status")) && wordsChanged(now, d);
      int version = now.getInteger("version") + (newVersion ? 1 : 0);
      Future<?> before = newVersion ? conn.preparedQuery(KEEP_VERSION).execute(Tuple.of(id, liaisonId))
          : Future.succeededFuture();
      return before.compose(v -> placesOfCompany(conn, companyId, d))
          .compose(v -> conn.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {companyId, id, d.title(),
              d.summary(), d.url(), d.imageUrl(), strings(d.hashtags()), strings(d.topics()), d.language(),
              at(w.from()), at(w.until()), version})))
          .compose(v -> conn.preparedQuery(CLEAR_TEXTS).execute(Tuple.of(id)))
          .compose(v -> conn.preparedQuery(CLEAR_OFFICES).execute(Tuple.of(id)))
          .compose(v -> conn.preparedQuery(CLEAR_TEAMS).execute(Tuple.of(id)))
          .compose(v -> writeParts(conn, id, d))
          .compose(v -> newVersion ? conn.preparedQuery(KEEP_VERSION).execute(Tuple.of(id, liaisonId)).mapEmpty()
              : Future.succeededFuture());
    }));
  }

  /** Draft → approved (again: no change); the approved words are kept as the item's version. */
  Future<Void> approve(long companyId, long id, long liaisonId) {
    return pool.withTransaction(conn -> conn.preparedQuery(APPROVE).execute(Tuple.of(companyId, id, liaisonId))
        .compose(rows -> rows.size() == 1 ? Future.succeededFuture() : whyNot(conn, companyId, id, true))
        .compose(v -> conn.preparedQuery(KEEP_VERSION).execute(Tuple.of(id, liaisonId)))
        .mapEmpty());
  }

  Future<Void> schedule(long companyId, long id, Window w) {
    return pool.preparedQuery(SCHEDULE).execute(Tuple.of(companyId, id, at(w.from()), at(w.until())))
        .compose(rows -> rows.size() == 1 ? Future.succeededFuture() : whyNot(pool, companyId, id, false));
  }

  /** Any state → archived (again: no change). Shares of it keep their points. */
  Future<Void> archive(long companyId, long id, long liaisonId) {
    return pool.preparedQuery(ARCHIVE).execute(Tuple.of(companyId, id, liaisonId))
        .compose(rows -> rows.rowCount() == 1 ? Future.succeededFuture() : item(companyId, id).mapEmpty());
  }

  private static Future<Void> whyNot(io.vertx.sqlclient.SqlClient sql, long companyId, long id, boolean approving) {
    return sql.preparedQuery(STATUS).execute(Tuple.of(companyId, id)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.failedFuture(new ApiException(ErrorCode.ITEM_NOT_FOUND));
      }
      Row r = rows.iterator().next();
      if (LibraryItem.ARCHIVED.equals(r.getString("status"))) {
        return Future.failedFuture(new ApiException(ErrorCode.ITEM_ARCHIVED));
      }
      if (approving && LibraryItem.DRAFT.equals(r.getString("status")) && Boolean.TRUE.equals(r.getBoolean("ended"))) {
        return Future.failedFuture(new ApiException(ErrorCode.INVALID_FIELD,
            "This item's window has already ended: give it a later 'until' before approving it.", "until"));
      }
      return Future.succeededFuture();
    });
  }

  private static Future<Void> placesOfCompany(SqlConnection conn, long companyId, LibraryDraft d) {
    Long[] offices = ids(d.offices());
    Long[] teams = ids(d.teams());
    Future<Long> o = offices.length == 0 ? Future.succeededFuture(0L) : conn.preparedQuery(OFFICES_OF_COMPANY)
        .execute(Tuple.tuple().addLong(companyId).addArrayOfLong(offices)).map(rows -> rows.iterator().next().getLong("n"));
    Future<Long> t = teams.length == 0 ? Future.succeededFuture(0L) : conn.preparedQuery(TEAMS_OF_COMPANY)
        .execute(Tuple.tuple().addLong(companyId).addArrayOfLong(teams)).map(rows -> rows.iterator().next().getLong("n"));
    return Future.all(o, t).compose(v -> {
      if (o.result() != offices.length) {
        return Future.failedFuture(new ApiException(ErrorCode.OFFICE_NOT_FOUND,
            "'offices' names an office your company does not have.", "offices"));
      }
      if (t.result() != teams.length) {
        return Future.failedFuture(new ApiException(ErrorCode.TEAM_NOT_FOUND,
            "'teams' names a team your company does not have.", "teams"));
      }
      return Future.succeededFuture();
    });
  }

  private static Future<Void> writeParts(SqlConnection conn, long id, LibraryDraft d) {
    return conn.preparedQuery(INSERT_TEXTS)
        .execute(Tuple.tuple().addLong(id).addArrayOfString(new String[] {"linkedin", "x"})
            .addArrayOfString(new String[] {d.linkedinText(), d.xText()}))
        .compose(v -> d.offices().isEmpty() ? Future.succeededFuture()
            : conn.preparedQuery(INSERT_OFFICES).execute(Tuple.tuple().addLong(id).addArrayOfLong(ids(d.offices()))))
        .compose(v -> d.teams().isEmpty() ? Future.succeededFuture()
            : conn.preparedQuery(INSERT_TEAMS).execute(Tuple.tuple().addLong(id).addArrayOfLong(ids(d.teams()))))
        .mapEmpty();
  }

  private static boolean wordsChanged(Row now, LibraryDraft d) {
    return !Objects.equals(now.getString("title"), d.title()) || !Objects.equals(now.getString("url"), d.url())
        || !Arrays.asList(now.getArrayOfStrings("hashtags")).equals(d.hashtags())
        || !Objects.equals(now.getString("linkedin_text"), d.linkedinText())
        || !Objects.equals(now.getString("x_text"), d.xText());
  }

  private static LibraryItem item(Row r) {
    LibraryDraft draft = new LibraryDraft(r.getString("title"), r.getString("summary"), r.getString("url"),
        r.getString("image_url"), r.getString("linkedin_text"), r.getString("x_text"),
        List.of(r.getArrayOfStrings("hashtags")), List.of(r.getArrayOfStrings("topics")), r.getString("language"),
        places(r, "offices"), places(r, "teams"), iso(r.getOffsetDateTime("publish_at")),
        iso(r.getOffsetDateTime("expires_at")));
    return new LibraryItem(r.getLong("id"), r.getString("status"), r.getInteger("version"), r.getBoolean("live"),
        draft, iso(r.getOffsetDateTime("created_at")), iso(r.getOffsetDateTime("updated_at")),
        iso(r.getOffsetDateTime("approved_at")), r.getLong("shares"));
  }

  private static List<ItemPlace> places(Row r, String column) {
    Object value = r.getValue(column);
    JsonArray array = value instanceof JsonArray a ? a : new JsonArray(String.valueOf(value));
    List<ItemPlace> out = new ArrayList<>();
    for (Object o : array) {
      JsonObject p = (JsonObject) o;
      out.add(new ItemPlace(p.getLong("id"), p.getString("name")));
    }
    return out;
  }

  private static Long[] ids(List<ItemPlace> places) {
    return places.stream().map(ItemPlace::id).toArray(Long[]::new);
  }

  private static String[] strings(List<String> values) {
    return values.toArray(new String[0]);
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String iso(OffsetDateTime t) {
    return t == null ? null : t.toInstant().toString();
  }
}
