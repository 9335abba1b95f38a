package io.chorus.server.db;

import io.chorus.server.config.ConfigException;
import io.chorus.server.config.ServerConfig;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the database a node runs on, before Vert.x starts (so blocking JDBC is fine here):
 * CHORUS_DATABASE_URL when set; else a PostgreSQL on 127.0.0.1:5432 (user postgres) when one answers;
 * else an embedded PostgreSQL for a newcomer's laptop (PostgreSQL refuses to run as root, so not for
 * root); else it stops with a message saying how to point Chorus at a database.
 */
public final class DatabaseLocator {
  private static final Logger log = LoggerFactory.getLogger(DatabaseLocator.class);
  static final String LOCAL_URL = "postgresql://postgres@127.0.0.1:5432/chorus";
  /**
   * Tests only: where to look for "a local PostgreSQL" instead of 127.0.0.1:5432, so a test can take the
   * embedded path on a machine whose PostgreSQL answers there. Not a setting: operators use
   * CHORUS_DATABASE_URL.
   */
  public static final String LOCAL_URL_PROPERTY = "chorus.test.localDatabaseUrl";
  /** SQLSTATE of "database … does not exist". */
  private static final String INVALID_CATALOG_NAME = "3D000";

  private DatabaseLocator() {}

  /** The database found, and the embedded server to stop with the node (null when there is none). */
  public record Located(DatabaseTarget target, EmbeddedDatabase embedded, String how) {}

  public static Located locate(ServerConfig config) {
    if (config.databaseUrl() != null) {
      DatabaseTarget target = DatabaseTarget.parse(config.databaseUrl());
      requireReachable(target);
      return new Located(target, null, "CHORUS_DATABASE_URL");
    }
    DatabaseTarget local = DatabaseTarget.parse(System.getProperty(LOCAL_URL_PROPERTY, LOCAL_URL));
    if (answers(local.withDatabase("postgres"))) {
      createDatabaseIfMissing(local);
      return new Located(local, null, "the PostgreSQL on 127.0.0.1:5432");
    }
    if (!config.embeddedDatabaseAllowed()) {
      throw new ConfigException(noDatabaseMessage("CHORUS_EMBEDDED_DATABASE=never"));
    }
    if ("root".equals(System.getProperty("user.name"))) {
      throw new ConfigException(noDatabaseMessage("PostgreSQL refuses to run as root, so the embedded "
          + "database only starts for a normal user"));
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(config.embeddedDataDir());
    DatabaseTarget target = embedded.target("chorus");
    createDatabaseIfMissing(target);
    return new Located(target, embedded, "an embedded PostgreSQL with its data in " + config.embeddedDataDir());
  }

  static String noDatabaseMessage(String why) {
    return "No PostgreSQL answered on 127.0.0.1:5432 and the embedded one cannot start (" + why + ").\n"
        + "Point Chorus at a database with CHORUS_DATABASE_URL, e.g.\n"
        + "  CHORUS_DATABASE_URL=postgresql://chorus:secret@db.internal:5432/chorus\n"
        + "or start a local PostgreSQL that trusts user 'postgres' on 127.0.0.1:5432.";
  }

  /** Creates the target's database (connecting to 'postgres') when it does not exist yet. */
  public static void createDatabaseIfMissing(DatabaseTarget target) {
    try (Connection c = connect(target.withDatabase("postgres"))) {
      var check = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
      check.setString(1, target.database());
      if (!check.executeQuery().next()) {
        // A database name cannot be a bind parameter; it is quoted as an identifier instead.
        c.createStatement().execute("CREATE DATABASE " + quoteIdentifier(target.database()));
        log.info("Created database {}", target.database());
      }
    } catch (SQLException e) {
      if (!"42P04".equals(e.getSQLState())) {
        throw new ConfigException("Could not create database " + target.describe() + ": " + e.getMessage(), e);
      }
    }
  }

  public static void dropDatabase(DatabaseTarget target) {
    try (Connection c = connect(target.withDatabase("postgres"))) {
      c.createStatement().execute("DROP DATABASE IF EXISTS " + quoteIdentifier(target.database()) + " WITH (FORCE)");
    } catch (SQLException e) {
      log.warn("Could not drop database {}: {}", target.database(), e.getMessage());
    }
  }

  static String quoteIdentifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static void requireReachable(DatabaseTarget target) {
    try (Connection ignored = connect(target)) {
      log.debug("Database {} answers", target.describe());
    } catch (SQLException e) {
      if (INVALID_CATALOG_NAME.equals(e.getSQLState())) {
        createNamedDatabase(target);
        return;
      }
      throw new ConfigException("CHORUS_DATABASE_URL points at " + target.describe()
          + ", which does not answer: " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * The server answers but the database named in CHORUS_DATABASE_URL does not exist: create it as that
   * user (through the 'postgres' maintenance database, which needs CREATEDB), or say exactly who must.
   */
  private static void createNamedDatabase(DatabaseTarget target) {
    try (Connection c = connect(target.withDatabase("postgres"))) {
      c.createStatement().execute("CREATE DATABASE " + quoteIdentifier(target.database()));
      log.info("Created database {} (named in CHORUS_DATABASE_URL)", target.describe());
    } catch (SQLException e) {
      if ("42P04".equals(e.getSQLState())) {
        return; // another node created it a moment ago
      }
      String why = "42501".equals(e.getSQLState())
          ? "user " + target.user() + " may not create databases"
          : "Chorus could not create it (" + firstLine(e.getMessage()) + ")";
      throw new ConfigException("The database " + quoteIdentifier(target.database()) + " named in CHORUS_DATABASE_URL"
          + " does not exist on " + target.host() + ":" + target.port() + " and " + why + ": as a superuser, run "
          + "CREATE DATABASE " + quoteIdentifier(target.database()) + " OWNER " + quoteIdentifier(target.user())
          + "; (or grant CREATEDB to " + target.user() + ")", e);
    }
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }

  private static boolean answers(DatabaseTarget target) {
    try (Connection ignored = connect(target)) {
      return true;
    } catch (SQLException e) {
      log.debug("No database at {}: {}", target.describe(), e.getMessage());
      return false;
    }
  }

  static Connection connect(DatabaseTarget target) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", target.user());
    if (target.password() != null) {
      p.setProperty("password", target.password());
    }
    p.setProperty("connectTimeout", "3");
    return DriverManager.getConnection(target.jdbcUrl(), p);
  }

  /** Closes an embedded database quietly (used on shutdown). */
  public static void close(EmbeddedDatabase embedded) {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
      }
    }
  }
}
