package io.chorus.server.screen;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
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
}
