package io.chorus.server.db;

import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before the node listens (migrations first, then traffic).
 * Runs on the starting thread: JDBC blocks, and no event loop is serving yet.
 */
public final class Migrations {
  private Migrations() {}

  /** Applies pending migrations from classpath:db/migration and returns how many ran. */
  public static int migrate(DatabaseTarget target) {
    return Flyway.configure()
        .dataSource(target.jdbcUrl(), target.user(), target.password())
        .locations("classpath:db/migration")
        // Features are built on parallel branches and land in any order; each one's migration only
        // touches its own tables, so a database already at V14 must still accept a later-landing V15.
        .outOfOrder(true)
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
