package io.chorus.server.support;

import io.chorus.server.db.DatabaseLocator;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.db.EmbeddedDatabase;
import io.chorus.server.db.Migrations;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, migrated database per test class on the real PostgreSQL: CHORUS_TEST_DATABASE_URL when set,
 * else 127.0.0.1:5432 as user postgres, else (for a non-root newcomer without PostgreSQL) one embedded
 * server for the whole test run.
 */
public final class TestDatabases {
  private static DatabaseTarget server;

  private TestDatabases() {}

  /** Creates and migrates a new database whose name starts with the test's name. */
  public static DatabaseTarget fresh(String testName) {
    String name = ("chorus_t_" + testName + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    DatabaseTarget target = server().withDatabase(name);
    DatabaseLocator.createDatabaseIfMissing(target);
    Migrations.migrate(target);
    return target;
  }

  /** A new database with no schema at all, for a test that migrates it step by step itself. */
  public static DatabaseTarget empty(String testName) {
    String name = ("chorus_t_" + testName + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    DatabaseTarget target = server().withDatabase(name);
    DatabaseLocator.createDatabaseIfMissing(target);
    return target;
  }

  public static void drop(DatabaseTarget target) {
    if (target != null) {
      DatabaseLocator.dropDatabase(target);
    }
  }

  private static synchronized DatabaseTarget server() {
    if (server != null) {
      return server;
    }
    String configured = System.getenv("CHORUS_TEST_DATABASE_URL");
    DatabaseTarget local = DatabaseTarget.parse(configured != null ? configured : "postgresql://postgres@127.0.0.1:5432/postgres");
    if (configured != null || answers(local)) {
      server = local;
      return server;
    }
    try {
      EmbeddedDatabase embedded = EmbeddedDatabase.start(Files.createTempDirectory("chorus-test-pg").resolve("data"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> DatabaseLocator.close(embedded)));
      server = embedded.target("postgres");
      return server;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("No PostgreSQL for the tests: set CHORUS_TEST_DATABASE_URL", e);
    }
  }

  private static boolean answers(DatabaseTarget target) {
    try (Connection ignored = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password())) {
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
