package io.chorus.server.support;

import io.chorus.server.db.DatabaseTarget;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC for tests: look at what the server stored, or set up what a test needs, directly. */
public final class Sql implements AutoCloseable {
  private final Connection connection;

  public Sql(DatabaseTarget target) {
    try {
      connection = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row, as a long (counts, ids). */
  public long number(String sql, Object... args) {
    try (PreparedStatement st = prepare(sql, args); ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public String text(String sql, Object... args) {
    try (PreparedStatement st = prepare(sql, args); ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement st = prepare(sql, args)) {
      return st.executeUpdate();
    }
  }

  /** Counts of what a share report can write, to show that a refused one changed nothing. */
  public String footprint() {
    return "shares=" + number("SELECT count(*) FROM share")
        + " ledger=" + number("SELECT count(*) FROM ledger_entry")
        + " keys=" + number("SELECT count(*) FROM idempotency_key")
        + " points=" + number("SELECT coalesce(sum(points), 0) FROM ledger_entry");
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement st = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      st.setObject(i + 1, args[i]);
    }
    return st;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing a test connection
    }
  }
}
