package io.chorus.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The points ledger is append-only, enforced by PostgreSQL itself")
class LedgerAppendOnlyTest {
  private static DatabaseTarget db;
  private static Sql sql;

  @BeforeAll
  static void migrate() throws SQLException {
    db = TestDatabases.fresh("ledger");
    sql = new Sql(db);
    long company = sql.number("INSERT INTO company (slug, name) VALUES ('c', 'C') RETURNING id");
    long employee = sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "VALUES (?, 'e@c.example', 'E', 'employee', 'x') RETURNING id", company);
    sql.update("INSERT INTO ledger_entry (company_id, employee_id, kind, points) VALUES (?, ?, 'share', 10)",
        company, employee);
  }

  @AfterAll
  static void drop() {
    sql.close();
    TestDatabases.drop(db);
  }

  @Test
  @DisplayName("UPDATE, DELETE and TRUNCATE of ledger entries are refused; the entry stays as written")
  void refusesEditsAndDeletes() {
    SQLException update = assertThrows(SQLException.class, () -> sql.update("UPDATE ledger_entry SET points = 1000"));
    SQLException delete = assertThrows(SQLException.class, () -> sql.update("DELETE FROM ledger_entry"));
    SQLException truncate = assertThrows(SQLException.class, () -> sql.update("TRUNCATE ledger_entry CASCADE"));

    assertTrue(update.getMessage().contains("append-only"), update.getMessage());
    assertTrue(delete.getMessage().contains("append-only"));
    assertTrue(truncate.getMessage().contains("append-only"));
    assertEquals(10, sql.number("SELECT sum(points) FROM ledger_entry"));
  }

  @Test
  @DisplayName("Migrations run once: a second run applies nothing")
  void migrationsAreIdempotent() {
    assertEquals(0, Migrations.migrate(db));
  }
}
