package io.chorus.server.support;

import io.chorus.server.ChorusNode;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.demo.DemoCompany;
import io.jsonwebtoken.security.Keys;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKey;

/**
 * A real node for a test class: its own migrated database on the real PostgreSQL, the demo company
 * seeded exactly as the quickstart seeds it, an HTTP server on a free port, and a client for it.
 */
public final class TestNode implements AutoCloseable {
  public final DatabaseTarget database;
  public final ChorusNode node;
  public final SecretKey key;
  public final Api api;
  public final Sql sql;

  /** Whether closing this node drops the database (false for a second node on another's database). */
  private final boolean ownsDatabase;

  private TestNode(DatabaseTarget database, ChorusNode node, SecretKey key, boolean ownsDatabase) {
    this.database = database;
    this.node = node;
    this.key = key;
    this.ownsDatabase = ownsDatabase;
    this.api = new Api("http://127.0.0.1:" + node.port());
    this.sql = new Sql(database);
  }

  public static TestNode start(Vertx vertx, String name) {
    return start(vertx, name, Map.of());
  }

  /** A node with these settings (environment variables) on top of the test defaults. */
  public static TestNode start(Vertx vertx, String name, Map<String, String> settings) {
    return start(vertx, name, settings, UnaryOperator.identity());
  }

  /**
   * A node that reaches its database by another way than the test does, e.g. through a proxy the test
   * controls ({@code route} maps the database's real address to the one the node uses). The test's own
   * {@link #sql} goes straight to the database.
   */
  public static TestNode start(Vertx vertx, String name, Map<String, String> settings,
      UnaryOperator<DatabaseTarget> route) {
    return start(vertx, name, settings, route, Clock.systemUTC());
  }

  /** A node with these settings whose clock the test controls (the weekly digest's schedule). */
  public static TestNode start(Vertx vertx, String name, Map<String, String> settings, Clock clock) {
    return start(vertx, name, settings, UnaryOperator.identity(), clock);
  }

  private static TestNode start(Vertx vertx, String name, Map<String, String> settings,
      UnaryOperator<DatabaseTarget> route, Clock clock) {
    DatabaseTarget database = TestDatabases.fresh(name);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    SecretKey key = Keys.hmacShaKeyFor(secret);
    Map<String, String> env = new HashMap<>(Map.of("CHORUS_HTTP_PORT", "0", "CHORUS_DEMO", "on"));
    env.putAll(settings);
    ServerConfig config = ServerConfig.from(env);
    ChorusNode node = await(ChorusNode.start(vertx, config, route.apply(database), key, clock));
    return new TestNode(database, node, key, true);
  }

  /**
   * A second node on the first one's database and token key, as another member of a deployment would
   * be. Started on its own Vertx, it shares no event bus with the first (like a node that missed a message).
   */
  public static TestNode join(Vertx vertx, TestNode first) {
    return join(vertx, first, Map.of(), Clock.systemUTC());
  }

  /** A second node with these settings, reading the given clock (the test moves both nodes' time together). */
  public static TestNode join(Vertx vertx, TestNode first, Map<String, String> settings, Clock clock) {
    Map<String, String> env = new HashMap<>(Map.of("CHORUS_HTTP_PORT", "0", "CHORUS_DEMO", "off"));
    env.putAll(settings);
    ChorusNode node = await(ChorusNode.start(vertx, ServerConfig.from(env), first.database, first.key, clock));
    return new TestNode(first.database, node, first.key, false);
  }

  /**
   * Two nodes on one database and one event bus (one Vertx), as two members of a cluster behind a balancer
   * are; both take {@code settings}. Closing the pair stops the second, then the first (which drops the database).
   */
  public static Pair pair(Vertx vertx, String name, Map<String, String> settings) {
    TestNode first = start(vertx, name, settings);
    try {
      return new Pair(first, join(vertx, first, settings, Clock.systemUTC()));
    } catch (RuntimeException e) {
      first.close();
      throw e;
    }
  }

  /** See {@link #pair}. */
  public record Pair(TestNode first, TestNode second) implements AutoCloseable {
    @Override
    public void close() {
      try {
        second.close();
      } finally {
        first.close();
      }
    }
  }

  public String url() {
    return "http://127.0.0.1:" + node.port();
  }

  /** Signs in through the API with the demo password and returns the bearer token. */
  public String signIn(String email) {
    Api.Reply r = api.postJson("/api/auth/sign-in", null,
        new JsonObject().put("email", email).put("password", DemoCompany.PASSWORD).encode());
    if (r.status() != 200) {
      throw new IllegalStateException("Sign-in of " + email + " failed: " + r.text());
    }
    return r.json().getString("token");
  }

  /** A display token for the demo company's lobby screen. */
  public String screenToken() {
    DemoCompany.Demo demo = node.demo();
    return node.services().tokens().forScreen(demo.screenId().toString(), demo.companyId()).token();
  }

  public long contentId(String title) {
    return sql.number("SELECT id FROM content WHERE title = ?", title);
  }

  public long employeeId(String email) {
    return sql.number("SELECT id FROM employee WHERE email = ?", email);
  }

  public static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean stopped;

  /** Stops the node as a shutdown does, keeping its database for the test to look at (close drops it). */
  public void stopNode() {
    if (!stopped) {
      stopped = true;
      await(node.stop());
    }
  }

  @Override
  public void close() {
    sql.close();
    stopNode();
    if (ownsDatabase) {
      TestDatabases.drop(database);
    }
  }
}
