package io.chorus.server.db;

import io.chorus.server.config.ServerConfig;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.Map;

/**
 * The node's one PostgreSQL pool, bounded so it fails fast: a full wait queue becomes a 503 with
 * Retry-After instead of an unbounded backlog, and every statement has a timeout.
 */
public final class Pools {
  private Pools() {}

  public static Pool create(Vertx vertx, DatabaseTarget target, ServerConfig config) {
    PgConnectOptions connect = target.connectOptions()
        .setReconnectAttempts(2)
        .setReconnectInterval(500)
        .setCachePreparedStatements(true)
        .setProperties(Map.of(
            "application_name", "chorus",
            "statement_timeout", String.valueOf(config.dbStatementTimeout().toMillis())));
    PoolOptions pool = new PoolOptions()
        .setMaxSize(config.dbPoolSize())
        .setMaxWaitQueueSize(config.dbWaitQueue())
        .setConnectionTimeout(10)
        .setIdleTimeout(60)
        // Its name in the metrics (pool_name="chorus-db").
        .setName("chorus-db")
        .setShared(false);
    return PgBuilder.pool().with(pool).connectingTo(connect).using(vertx).build();
  }
}
