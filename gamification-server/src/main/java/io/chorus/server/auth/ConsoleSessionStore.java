package io.chorus.server.auth;

import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The SQL of console sessions: whether one still stands, and ending one. */
final class ConsoleSessionStore {
  // One round trip per console request: the person's current role and "sign out everywhere" instant,
  // and whether this very session was signed out.
  private static final String STATE = """
      SELECT e.role, e.active, (extract(epoch FROM e.tokens_valid_after) * 1000)::bigint AS valid_after_ms,
             EXISTS (SELECT 1 FROM console_session_end s WHERE s.token_id = $3) AS ended
        FROM employee e
       WHERE e.id = $1 AND e.company_id = $2
      """;
  private static final String END = """
      INSERT INTO console_session_end (token_id, employee_id, company_id, expires_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT (token_id) DO NOTHING
      """;
  // Rows are only needed until their session would have expired anyway.
  private static final String FORGET_EXPIRED = """
      DELETE FROM console_session_end WHERE expires_at < now() - interval '1 day'
      """;

  private final Pool pool;

  ConsoleSessionStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * The person's current role when a session issued at {@code issuedAtMillis} still stands, else null
   * (signed out of the console, signed out everywhere, deactivated, or gone).
   */
  Future<Role> roleIfStands(long employeeId, long companyId, UUID tokenId, long issuedAtMillis) {
    return pool.preparedQuery(STATE).execute(Tuple.of(employeeId, companyId, tokenId)).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row row = rows.iterator().next();
      boolean stands = row.getBoolean("active") && !row.getBoolean("ended")
          && issuedAtMillis >= row.getLong("valid_after_ms");
      return stands ? Role.fromWire(row.getString("role")) : null;
    });
  }

  Future<Void> end(UUID tokenId, long employeeId, long companyId, long expiresAtMillis) {
    OffsetDateTime expires = OffsetDateTime.ofInstant(Instant.ofEpochMilli(expiresAtMillis), ZoneOffset.UTC);
    return pool.preparedQuery(END).execute(Tuple.of(tokenId, employeeId, companyId, expires))
        .compose(v -> pool.query(FORGET_EXPIRED).execute())
        .mapEmpty();
  }
}
