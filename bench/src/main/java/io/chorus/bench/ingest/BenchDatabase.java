package io.chorus.bench.ingest;

import io.chorus.server.auth.PasswordHasher;
import io.chorus.server.db.DatabaseLocator;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.db.Migrations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A bench's own database (the ingest and stream benches): dropped and created anew, migrated by the server's Flyway migrations,
 * seeded by seed.sql, vacuumed and analyzed, so every run starts from the same data.
 */
public final class BenchDatabase implements AutoCloseable {
  /** The password every seeded employee signs in with (the seed stores its real Argon2id hash). */
  static final String PASSWORD = "chorus-bench";

  private final DatabaseTarget target;
  private final Connection conn;

  private BenchDatabase(DatabaseTarget target, Connection conn) {
    this.target = target;
    this.conn = conn;
  }

  /** A fresh, migrated, empty database. */
  public static BenchDatabase recreate(DatabaseTarget target) throws SQLException {
    if (target.database().equals("postgres") || target.database().equals("chorus")) {
      throw new IllegalArgumentException("The bench drops its database; give it one of its own, not '"
          + target.database() + "'");
    }
    DatabaseLocator.dropDatabase(target);
    DatabaseLocator.createDatabaseIfMissing(target);
    Migrations.migrate(target);
    Properties p = new Properties();
    p.setProperty("user", target.user());
    if (target.password() != null) {
      p.setProperty("password", target.password());
    }
    return new BenchDatabase(target, DriverManager.getConnection(target.jdbcUrl(), p));
  }

  DatabaseTarget target() {
    return target;
  }

  /** The tables the seed fills with a million rows each. */
  private static final String[] BIG_TABLES = {"share", "ledger_entry", "idempotency_key", "tracked_link", "points_day"};

  /**
   * The big tables' indexes that nothing else depends on (plain indexes, and unique or primary keys no
   * foreign key refers to), with the statements that drop and recreate them exactly as the migrations
   * made them. Built once after the bulk insert instead of updated a million times: minutes faster.
   */
  private static final String REBUILDABLE_INDEXES = """
      SELECT format('%I', i.relname) AS index_name, format('%I', t.relname) AS table_name,
             pg_get_indexdef(i.oid) AS create_index, quote_ident(con.conname) AS constraint_name,
             pg_get_constraintdef(con.oid) AS constraint_def
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
        LEFT JOIN pg_constraint con ON con.conindid = i.oid AND con.contype IN ('p', 'u')
       WHERE t.relname = ANY (?)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.oid)
       ORDER BY t.relname, i.relname
      """;

  /** Seeds in one transaction, then VACUUM ANALYZE and a checkpoint so the run starts settled. */
  public void seed(int employees, int items, long shares) throws SQLException {
    conn.setAutoCommit(false);
    try (Statement s = conn.createStatement()) {
      // Seeding only: nothing here must survive a crash before the commit.
      s.execute("SET LOCAL synchronous_commit = off");
      s.execute("SET LOCAL maintenance_work_mem = '256MB'");
      // The seed is consistent by construction; skipping the per-row foreign-key triggers makes it minutes faster.
      s.execute("SET LOCAL session_replication_role = replica");
      set("bench.employees", String.valueOf(employees));
      set("bench.items", String.valueOf(items));
      set("bench.seeded", String.valueOf(shares));
      set("bench.password_hash", PasswordHasher.hashNow(PASSWORD));
      List<String> rebuild = dropRebuildableIndexes(s);
      for (String statement : statements(resource("seed.sql"))) {
        long start = System.nanoTime();
        s.execute(statement);
        System.out.printf("  %-40s %5.1f s%n", statement.lines().findFirst().orElse(""),
            (System.nanoTime() - start) / 1e9);
      }
      long start = System.nanoTime();
      for (String statement : rebuild) {
        s.execute(statement);
      }
      System.out.printf("  %-40s %5.1f s%n", "rebuilt " + rebuild.size() + " indexes", (System.nanoTime() - start) / 1e9);
      conn.commit();
    } catch (SQLException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
    try (Statement s = conn.createStatement()) {
      s.execute("VACUUM (ANALYZE)");
    }
    checkpoint();
  }

  private List<String> dropRebuildableIndexes(Statement s) throws SQLException {
    List<String> drops = new ArrayList<>();
    List<String> rebuilds = new ArrayList<>();
    try (PreparedStatement q = conn.prepareStatement(REBUILDABLE_INDEXES)) {
      q.setArray(1, conn.createArrayOf("text", BIG_TABLES));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          String table = r.getString("table_name");
          if (r.getString("constraint_def") != null) {
            drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + r.getString("constraint_name"));
            rebuilds.add("ALTER TABLE " + table + " ADD CONSTRAINT " + r.getString("constraint_name") + " "
                + r.getString("constraint_def"));
          } else {
            drops.add("DROP INDEX " + r.getString("index_name"));
            rebuilds.add(r.getString("create_index"));
          }
        }
      }
    }
    for (String drop : drops) {
      s.execute(drop);
    }
    return rebuilds;
  }

  /** Before each measured phase, so no phase pays for the writes of the one before it. */
  void checkpoint() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("CHECKPOINT");
    }
  }

  /**
   * The next transaction id PostgreSQL will assign. Only a transaction that writes gets one (every share
   * batch does; reads, such as the follower's checks, do not), and reading it assigns none, so the
   * difference across a phase counts the writing transactions at once — unlike {@code pg_stat_database},
   * which backends update only about once a second.
   */
  long nextTransactionId() throws SQLException {
    return number("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
  }

  public long number(String sql) throws SQLException {
    try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Ids of a table in id order; the bench relies on them being consecutive (a fresh database). */
  public long firstOfConsecutiveIds(String table, long expected) throws SQLException {
    long first = number("SELECT min(id) FROM " + table);
    long last = number("SELECT max(id) FROM " + table);
    long count = number("SELECT count(*) FROM " + table);
    if (count != expected || last - first + 1 != count) {
      throw new IllegalStateException(table + " ids are not " + expected + " consecutive ids");
    }
    return first;
  }

  /** The suggested words, indexed [item index][network index], as the extension would prefill them. */
  String[][] suggestions(long firstContent, int items) throws SQLException {
    String[][] texts = new String[items][2];
    try (PreparedStatement q = conn.prepareStatement(
        "SELECT content_id, network, text FROM content_variant ORDER BY content_id, network")) {
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          texts[(int) (r.getLong(1) - firstContent)]["linkedin".equals(r.getString(2)) ? 0 : 1] = r.getString(3);
        }
      }
    }
    return texts;
  }

  private void set(String name, String value) throws SQLException {
    try (PreparedStatement s = conn.prepareStatement("SELECT set_config(?, ?, true)")) {
      s.setString(1, name);
      s.setString(2, value);
      s.execute();
    }
  }

  static String resource(String name) {
    try (InputStream in = BenchDatabase.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script whose statements each end with ';' at the end of a line; '--' lines are comments. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.stripTrailing().endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
