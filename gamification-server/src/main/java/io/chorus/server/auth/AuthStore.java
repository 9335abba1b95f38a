package io.chorus.server.auth;

import io.chorus.shared.wire.Profile;
import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The SQL of signing in and of checking that a token has not been revoked. */
public final class AuthStore {
  private static final String PERSON = """
      SELECT e.id, e.company_id, e.role, e.password_hash, e.display_name, e.email,
             c.name AS company, o.name AS office, t.name AS team
        FROM employee e
        JOIN company c ON c.id = e.company_id
        LEFT JOIN office o ON o.id = e.office_id
        LEFT JOIN team t ON t.id = e.team_id
      """;
  private static final String BY_EMAIL = PERSON + " WHERE lower(e.email) = lower($1) AND e.active";
  private static final String BY_ID = PERSON + " WHERE e.id = $1 AND e.company_id = $2 AND e.active";
  /**
   * What decides whether an employee's token still stands, as columns of the employee row {@code e}: read
   * here for most routes, and by a share's first statements (ShareStore.CONTEXT) for share reports, so
   * their check costs no round trip of its own. Parsed by {@link #tokenState(Row)}.
   */
  public static final String TOKEN_STATE_COLUMNS = """
      e.company_id AS token_company_id, (extract(epoch FROM e.tokens_valid_after) * 1000)::bigint AS valid_after_ms,
             e.active AS token_active, e.role AS token_role""";
  // For every request that arrived together (TokenStates): one statement instead of one each.
  private static final String TOKEN_STATES = "SELECT e.id, " + TOKEN_STATE_COLUMNS
      + " FROM employee e WHERE e.id = ANY($1::bigint[])";
  // Whole seconds: token iat has second precision, so a token from this very second is revoked too.
  private static final String SIGN_OUT_EVERYWHERE = """
      UPDATE employee SET tokens_valid_after = date_trunc('second', now()) + interval '1 second'
       WHERE id = $1 AND company_id = $2
      """;
  private static final String SCREEN_STANDS = """
      SELECT revoked_at IS NULL AS stands FROM display_screen WHERE id = $1 AND company_id = $2
      """;
  // One statement for every screen seen since the last flush; never moves last_seen_at backwards.
  private static final String SCREENS_SEEN = """
      UPDATE display_screen d SET last_seen_at = greatest(d.last_seen_at, v.seen)
        FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, seen)
       WHERE d.id = v.id
      """;

  private final Pool pool;

  public AuthStore(Pool pool) {
    this.pool = pool;
  }

  /** An account as sign-in needs it; {@code passwordHash} is never sent anywhere. */
  public record Account(Profile profile, long companyId, String passwordHash) {}

  /** The active account with this email, or null. */
  public Future<Account> accountByEmail(String email) {
    return pool.preparedQuery(BY_EMAIL).execute(Tuple.of(email))
        .map(rows -> rows.size() == 0 ? null : account(rows.iterator().next()));
  }

  /** The caller's profile, or null when the account is gone. */
  public Future<Profile> profile(long employeeId, long companyId) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(employeeId, companyId))
        .map(rows -> rows.size() == 0 ? null : account(rows.iterator().next()).profile());
  }

  /** What decides whether an employee's token still stands, as the database has it now. */
  public record TokenState(long companyId, long validAfterMillis, boolean active, Role role) {
    /**
     * The employee's current role when a token for {@code companyId} issued at {@code issuedAtMillis}
     * still stands, else null (signed out everywhere, deactivated, or another company's). The role
     * comes from the database, not the token, so a liaison who is demoted loses liaison rights at once.
     */
    public Role roleIfStands(long companyId, long issuedAtMillis) {
      boolean stands = companyId == this.companyId && active && issuedAtMillis >= validAfterMillis;
      return stands ? role : null;
    }
  }

  /** The token states of these employees, by id; an id with no employee is absent. */
  public Future<Map<Long, TokenState>> tokenStates(List<Long> employeeIds) {
    return pool.preparedQuery(TOKEN_STATES).execute(Tuple.of(employeeIds.toArray(new Long[0])))
        .map(rows -> {
          Map<Long, TokenState> out = new HashMap<>();
          for (Row row : rows) {
            out.put(row.getLong("id"), tokenState(row));
          }
          return out;
        });
  }

  /** The token state in a row that selected {@link #TOKEN_STATE_COLUMNS}. */
  public static TokenState tokenState(Row row) {
    return new TokenState(row.getLong("token_company_id"), row.getLong("valid_after_ms"),
        row.getBoolean("token_active"), Role.fromWire(row.getString("token_role")));
  }

  /** Whether a screen's token still stands: the screen exists in that company and is not revoked. */
  public Future<Boolean> screenStands(UUID screenId, long companyId) {
    return pool.preparedQuery(SCREEN_STANDS).execute(Tuple.of(screenId, companyId))
        .map(rows -> rows.size() == 1 && rows.iterator().next().getBoolean("stands"));
  }

  /** Records when screens were last seen, in one UPDATE. */
  public Future<Void> screensSeen(UUID[] screenIds, OffsetDateTime[] seenAt) {
    return pool.preparedQuery(SCREENS_SEEN)
        .execute(Tuple.tuple().addArrayOfUUID(screenIds).addArrayOfOffsetDateTime(seenAt)).mapEmpty();
  }

  public Future<Void> signOutEverywhere(long employeeId, long companyId) {
    return pool.preparedQuery(SIGN_OUT_EVERYWHERE).execute(Tuple.of(employeeId, companyId)).mapEmpty();
  }

  private static Account account(Row r) {
    Profile profile = new Profile(r.getLong("id"), r.getString("display_name"), r.getString("email"),
        Role.fromWire(r.getString("role")), r.getString("company"), r.getString("office"), r.getString("team"));
    return new Account(profile, r.getLong("company_id"), r.getString("password_hash"));
  }
}
