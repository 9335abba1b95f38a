package io.chorus.server.leaderboard;

import io.chorus.server.ChorusNode;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.points.Activity;
import io.chorus.server.points.Ledger;
import io.chorus.server.points.LedgerEvent;
import io.chorus.server.support.Api;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import io.chorus.server.support.TestNode;
import io.chorus.shared.Network;
import io.chorus.shared.wire.Role;
import io.jsonwebtoken.security.Keys;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A real node with no demo company, and companies, offices, teams, people and ledger rows written
 * straight into its database, so a board test controls every point and every instant. Each test makes
 * its own company: a board is loaded on first use, and companies never share one.
 */
final class BoardWorld implements AutoCloseable {
  final DatabaseTarget database;
  final ChorusNode node;
  final Api api;
  final Sql sql;

  private BoardWorld(DatabaseTarget database, ChorusNode node) {
    this.database = database;
    this.node = node;
    this.api = new Api("http://127.0.0.1:" + node.port());
    this.sql = new Sql(database);
  }

  static BoardWorld start(Vertx vertx, String name, Clock clock) {
    DatabaseTarget database = TestDatabases.fresh(name);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    ServerConfig config = ServerConfig.from(Map.of("CHORUS_HTTP_PORT", "0", "CHORUS_DEMO", "off"));
    ChorusNode node = TestNode.await(ChorusNode.start(vertx, config, database, Keys.hmacShaKeyFor(secret), clock));
    return new BoardWorld(database, node);
  }

  String url() {
    return "http://127.0.0.1:" + node.port();
  }

  long company(String name, String zone) {
    return sql.number("INSERT INTO company (slug, name, time_zone) VALUES (?, ?, ?) RETURNING id",
        name.toLowerCase().replaceAll("[^a-z0-9]", "-") + "-" + System.nanoTime(), name, zone);
  }

  long office(long company, String name) {
    return sql.number("INSERT INTO office (company_id, name) VALUES (?, ?) RETURNING id", company, name);
  }

  long team(long company, String name) {
    return sql.number("INSERT INTO team (company_id, name) VALUES (?, ?) RETURNING id", company, name);
  }

  long employee(long company, String name, Long office, Long team) {
    return sql.number("INSERT INTO employee (company_id, office_id, team_id, email, display_name, role, password_hash) "
        + "VALUES (?, ?, ?, ?, ?, 'employee', 'x') RETURNING id", company, office, team,
        name.toLowerCase().replaceAll("[^a-z]", "") + System.nanoTime() + "@example.com", name);
  }

  /** A ledger row written at {@code at}; returns its sequence. */
  long points(long company, long employee, int points, Instant at) {
    return sql.number("INSERT INTO ledger_entry (company_id, employee_id, kind, points, created_at) "
        + "VALUES (?, ?, 'share', ?, ?) RETURNING seq", company, employee, points, utc(at));
  }

  void badge(long company, long employee, String badge, Instant at) {
    sql.number("INSERT INTO badge_award (employee_id, badge, company_id, awarded_at) VALUES (?, ?, ?, ?) "
        + "RETURNING 1", employee, badge, company, utc(at));
  }

  /**
   * A ledger row written at {@code at} (so a test with a fixed clock controls the period) and then told
   * to the boards as a committed entry, with everything the ledger's own events carry.
   */
  void live(long company, long employee, int points, Instant at, String shareTitle) {
    long seq = points(company, employee, points, at);
    LedgerEvent event = new LedgerEvent(seq, sql.number("SELECT xmin::text::bigint FROM ledger_entry WHERE seq = ?", seq),
        company, employee, points, at.toEpochMilli(),
        sql.text("SELECT display_name FROM employee WHERE id = ?", employee),
        nullable(sql.text("SELECT office_id::text FROM employee WHERE id = ?", employee)),
        sql.text("SELECT o.name FROM employee e JOIN office o ON o.id = e.office_id WHERE e.id = ?", employee),
        nullable(sql.text("SELECT team_id::text FROM employee WHERE id = ?", employee)),
        sql.text("SELECT t.name FROM employee e JOIN team t ON t.id = e.team_id WHERE e.id = ?", employee),
        shareTitle, shareTitle == null ? null : Network.LINKEDIN);
    Activity activity = Activity.of(company);
    activity.entries().add(event);
    TestNode.await(index().committed(activity));
  }

  private static Long nullable(String id) {
    return id == null ? null : Long.valueOf(id);
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  String employeeToken(long employee, long company) {
    return node.services().tokens().forEmployee(employee, company, Role.EMPLOYEE).token();
  }

  String screenToken(long company) {
    String screen = sql.text("INSERT INTO display_screen (company_id, name) VALUES (?, 'Lobby') RETURNING id::text",
        company);
    return node.services().tokens().forScreen(screen, company).token();
  }

  LeaderboardIndex index() {
    return node.services().leaderboard();
  }

  /** Appends an entry through the ledger in a transaction, then tells the boards as the services do. */
  void append(Ledger.Entry entry) {
    TestNode.await(node.services().pool().withTransaction(conn -> Ledger.append(conn, entry))
        .compose(event -> {
          Activity activity = Activity.of(entry.companyId());
          activity.entries().add(event);
          return index().committed(activity);
        }));
  }

  /** The board's rows as name → points. */
  static Map<String, Long> points(JsonObject board) {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    JsonArray rows = board.getJsonArray("rows");
    for (int i = 0; i < rows.size(); i++) {
      out.put(rows.getJsonObject(i).getString("name"), rows.getJsonObject(i).getLong("points"));
    }
    return out;
  }

  @Override
  public void close() {
    sql.close();
    TestNode.await(node.stop());
    TestDatabases.drop(database);
  }
}
