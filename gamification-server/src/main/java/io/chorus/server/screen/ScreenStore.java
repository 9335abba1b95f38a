package io.chorus.server.screen;

import io.chorus.shared.wire.ScreenLine;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The SQL of office screens: each display token names one row, which a liaison can revoke. */
public final class ScreenStore {
  private static final String CREATE = """
      INSERT INTO display_screen (company_id, name, created_by) VALUES ($1, $2, $3) RETURNING id
      """;
  private static final String REVOKE = """
      UPDATE display_screen SET revoked_at = now()
       WHERE id = $1 AND company_id = $2 AND revoked_at IS NULL
      RETURNING id
      """;

  // Newest first; the cursor is the last screen of the page before (screens are never deleted).
  private static final String PAGE = """
      SELECT d.id, d.name, d.created_at, e.display_name AS created_by, d.last_seen_at, d.revoked_at
        FROM display_screen d
        LEFT JOIN employee e ON e.id = d.created_by
       WHERE d.company_id = $1
         AND ($2::uuid IS NULL OR (d.created_at, d.id) <
              (SELECT c.created_at, c.id FROM display_screen c WHERE c.id = $2 AND c.company_id = $1))
       ORDER BY d.created_at DESC, d.id DESC
       LIMIT $3
      """;

  private final Pool pool;

  public ScreenStore(Pool pool) {
    this.pool = pool;
  }

  public Future<UUID> create(long companyId, String name, Long createdBy) {
    return pool.preparedQuery(CREATE).execute(Tuple.of(companyId, name, createdBy))
        .map(rows -> rows.iterator().next().getUUID("id"));
  }

  /** Whether a live screen of this company was revoked (false: no such screen, or already revoked). */
  public Future<Boolean> revoke(UUID screenId, long companyId) {
    return pool.preparedQuery(REVOKE).execute(Tuple.of(screenId, companyId)).map(rows -> rows.size() == 1);
  }

  /** Up to {@code rows} of the company's screens made before screen {@code before} (null: the newest). */
  public Future<List<ScreenLine>> page(long companyId, UUID before, int rows) {
    return pool.preparedQuery(PAGE).execute(Tuple.of(companyId, before, rows)).map(result -> {
      List<ScreenLine> out = new ArrayList<>();
      for (Row r : result) {
        out.add(new ScreenLine(r.getUUID("id").toString(), r.getString("name"), millis(r.getOffsetDateTime("created_at")),
            r.getString("created_by"), millis(r.getOffsetDateTime("last_seen_at")),
            millis(r.getOffsetDateTime("revoked_at"))));
      }
      return out;
    });
  }

  private static long millis(OffsetDateTime t) {
    return t == null ? 0 : t.toInstant().toEpochMilli();
  }
}
