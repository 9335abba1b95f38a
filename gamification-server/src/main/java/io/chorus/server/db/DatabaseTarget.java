package io.chorus.server.db;

import io.chorus.server.config.ConfigException;
import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Where the store of record is: one PostgreSQL database, reachable over TCP. */
public record DatabaseTarget(String host, int port, String database, String user, String password) {

  /** Parses {@code postgresql://user:password@host:port/database} (the form of CHORUS_DATABASE_URL). */
  public static DatabaseTarget parse(String url) {
    try {
      URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
      if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
        throw new ConfigException("CHORUS_DATABASE_URL must start with postgresql://, not '" + url + "'");
      }
      String user = "postgres";
      String password = null;
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getRawUserInfo().split(":", 2);
        user = decode(parts[0]);
        password = parts.length > 1 ? decode(parts[1]) : null;
      }
      String db = uri.getPath() == null || uri.getPath().length() <= 1 ? "chorus" : uri.getPath().substring(1);
      return new DatabaseTarget(uri.getHost() == null ? "127.0.0.1" : uri.getHost(),
          uri.getPort() < 0 ? 5432 : uri.getPort(), db, user, password);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("CHORUS_DATABASE_URL is not a URL: " + url, e);
    }
  }

  public DatabaseTarget withDatabase(String name) {
    return new DatabaseTarget(host, port, name, user, password);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public PgConnectOptions connectOptions() {
    PgConnectOptions options = new PgConnectOptions()
        .setHost(host)
        .setPort(port)
        .setDatabase(database)
        .setUser(user);
    if (password != null) {
      options.setPassword(password);
    }
    return options;
  }

  /** For logs and banners: everything but the password. */
  public String describe() {
    return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
