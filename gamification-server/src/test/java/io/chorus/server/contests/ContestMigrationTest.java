package io.chorus.server.contests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.db.Migrations;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An installation from before contests (schema V14, contests as V1 rows) upgraded by V15_1. */
@DisplayName("Contests written before V15 come through the upgrade with a state from their times, a seed and its commitment")
class ContestMigrationTest {
  private static DatabaseTarget db;
  private static Sql sql;

  @BeforeAll
  static void upgrade() throws Exception {
    db = TestDatabases.empty("contest_migration");
    Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).locations("classpath:db/migration")
        .target("14.1").load().migrate();
    sql = new Sql(db);
    long company = sql.number("INSERT INTO company (slug, name, time_zone) VALUES ('old', 'Old Co', 'Europe/Riga') "
        + "RETURNING id");
    sql.update("INSERT INTO contest (company_id, name, hashtag, starts_at, ends_at) VALUES "
        + "(?, 'long ago', 'LongAgo', now() - interval '9 days', now() - interval '3 days'), "
        + "(?, 'just ended', 'JustEnded', now() - interval '3 days', now() - interval '1 hour'), "
        + "(?, 'running', 'WorkSomewhereYouLove', now() - interval '2 days', now() + interval '5 days'), "
        + "(?, 'later', 'Later', now() + interval '2 days', now() + interval '5 days')",
        company, company, company, company);
    Migrations.migrate(db);
  }

  @AfterAll
  static void drop() {
    sql.close();
    TestDatabases.drop(db);
  }

  @Test
  @DisplayName("Each old contest's state follows its times; every one has a 32-byte seed whose SHA-256 is its commitment")
  void statesAndSeeds() {
    assertEquals("long ago=final just ended=ended running=live later=scheduled", sql.text(
        "SELECT string_agg(name || '=' || status, ' ' ORDER BY id) FROM contest"));
    assertEquals(4, sql.number("SELECT count(*) FROM contest WHERE length(seed) = 32 "
        + "AND commitment = encode(sha256(seed), 'hex')"));
    assertEquals("worksomewhereyoulove", sql.text("SELECT hashtag_key FROM contest WHERE name = 'running'"));
    assertEquals(sql.text("SELECT to_char(starts_at AT TIME ZONE 'Europe/Riga', 'YYYY-MM-DD\"T\"HH24:MI') "
        + "FROM contest WHERE name = 'later'"), sql.text("SELECT starts_local FROM contest WHERE name = 'later'"));
  }
}
