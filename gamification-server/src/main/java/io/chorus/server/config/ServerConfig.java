package io.chorus.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every setting of a node, read once from the environment (the README's configuration table lists
 * them with these defaults). Nothing else in the server reads the environment.
 */
public record ServerConfig(
    String httpHost,
    int httpPort,
    // Issue 14 (loops): how many HTTP verticle instances, each on an event loop of its own.
    int httpLoops,
    String publicUrl,
    String databaseUrl,
    boolean embeddedDatabaseAllowed,
    Path embeddedDataDir,
    int dbPoolSize,
    int dbWaitQueue,
    Duration dbStatementTimeout,
    String jwtSecret,
    Path jwtSecretFile,
    Duration employeeTokenTtl,
    Duration displayTokenTtl,
    List<String> allowedOrigins,
    DemoMode demo,
    // Sign-in, proxies and screens (issue 13, h-auth).
    List<String> trustedProxies,
    int signInWorkers,
    int signInQueue,
    Duration screenSeenFlush,
    // The liaison console (issue 12).
    Duration consoleSessionTtl,
    // The cluster and its operations (issue 14, cluster).
    ClusterConfig cluster,
    MetricsConfig metrics,
    // The weekly digest (issue 16, digest).
    DigestConfig digest,
    // The content library (issue 16, library): tests only, "fill from a link" may read this machine's pages.
    boolean linkPreviewAllowLoopback) {

  /** More HTTP loops than this buys nothing on any machine Chorus runs on, and each holds its own streams. */
  public static final int MOST_HTTP_LOOPS = 64;

  /** Whether the node seeds the demo company: always, never, or only into an empty database. */
  public enum DemoMode { AUTO, ON, OFF }

  public static ServerConfig fromEnvironment() {
    return from(System.getenv());
  }

  public static ServerConfig from(Map<String, String> env) {
    Settings s = new Settings(env);
    int port = s.integer("CHORUS_HTTP_PORT", 8080, 0, 65535);
    String host = s.string("CHORUS_HTTP_HOST", "127.0.0.1");
    return new ServerConfig(
        host,
        port,
        // One per core: requests, share answers and stream writes then spread over every core, where one
        // verticle kept them all on one thread while the other core idled.
        s.integer("CHORUS_HTTP_LOOPS", Runtime.getRuntime().availableProcessors(), 1, MOST_HTTP_LOOPS),
        stripSlash(s.string("CHORUS_PUBLIC_URL", null)),
        s.string("CHORUS_DATABASE_URL", null),
        !s.string("CHORUS_EMBEDDED_DATABASE", "auto").equals("never"),
        Path.of(s.string("CHORUS_EMBEDDED_DATA_DIR",
            Path.of(System.getProperty("user.home"), ".chorus", "postgres").toString())),
        // 8, not "2 x cores": a share's transaction spends most of its time waiting on round trips, so the
        // share-ingest bench persists more with 8 connections than with 4 on a 2-core machine.
        s.integer("CHORUS_DB_POOL_SIZE", 8, 1, 64),
        s.integer("CHORUS_DB_WAIT_QUEUE", 256, 1, 100_000),
        Duration.ofMillis(s.integer("CHORUS_DB_STATEMENT_TIMEOUT_MS", 5000, 100, 600_000)),
        s.string("CHORUS_JWT_SECRET", null),
        s.path("CHORUS_JWT_SECRET_FILE"),
        Duration.ofHours(s.integer("CHORUS_EMPLOYEE_TOKEN_HOURS", 24 * 30, 1, 24 * 365)),
        Duration.ofDays(s.integer("CHORUS_DISPLAY_TOKEN_DAYS", 365, 1, 3650)),
        s.list("CHORUS_ALLOWED_ORIGINS"),
        s.demoMode("CHORUS_DEMO"),
        s.list("CHORUS_TRUSTED_PROXIES"),
        // Argon2id takes ~19 MiB and tens of ms per check: two at a time is what 2 cores can give.
        s.integer("CHORUS_SIGN_IN_WORKERS", 2, 1, 64),
        s.integer("CHORUS_SIGN_IN_QUEUE", 16, 0, 10_000),
        Duration.ofSeconds(s.integer("CHORUS_SCREEN_SEEN_FLUSH_SECONDS", 30, 1, 3600)),
        Duration.ofHours(s.integer("CHORUS_CONSOLE_SESSION_HOURS", 12, 1, 24 * 30)),
        cluster(s),
        new MetricsConfig(s.string("CHORUS_METRICS_HOST", "127.0.0.1"),
            s.string("CHORUS_METRICS_PORT", null) == null ? -1 : s.integer("CHORUS_METRICS_PORT", -1, 0, 65535)),
        digest(s),
        s.bool("CHORUS_LINK_PREVIEW_ALLOW_LOOPBACK", false));
  }

  /** Unset CHORUS_CLUSTER_MEMBERS: one node on its own, as the quickstart runs it. */
  private static ClusterConfig cluster(Settings s) {
    List<ClusterConfig.Member> members = new ArrayList<>();
    for (String member : s.list("CHORUS_CLUSTER_MEMBERS")) {
      members.add(ClusterConfig.Member.parse("CHORUS_CLUSTER_MEMBERS", member));
    }
    String host = s.string("CHORUS_CLUSTER_HOST", "127.0.0.1");
    int port = s.integer("CHORUS_CLUSTER_PORT", ClusterConfig.DEFAULT_PORT, 1, 65535);
    String name = s.string("CHORUS_CLUSTER_NAME", ClusterConfig.DEFAULT_NAME);
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new ConfigException("CHORUS_CLUSTER_NAME must be 1 to 64 letters, digits, '.', '_' or '-', not '" + name + "'");
    }
    return new ClusterConfig(List.copyOf(members), host, port, name, s.integer("CHORUS_EVENTBUS_PORT", 0, 0, 65535),
        s.integer("CHORUS_EVENTBUS_PUBLIC_PORT", 0, 0, 65535));
  }

  /** No CHORUS_SMTP_HOST: no digest email (the webhook still works). A host needs a sender. */
  private static DigestConfig digest(Settings s) {
    boolean loopback = s.bool("CHORUS_WEBHOOK_ALLOW_LOOPBACK", false);
    int tick = s.integer("CHORUS_DIGEST_TICK_SECONDS", 15, 0, 3600);
    String host = s.string("CHORUS_SMTP_HOST", null);
    if (host == null) {
      return new DigestConfig(null, loopback, tick);
    }
    DigestConfig.Tls tls = s.choice("CHORUS_SMTP_STARTTLS", DigestConfig.Tls.REQUIRED, DigestConfig.Tls.values());
    int port = s.integer("CHORUS_SMTP_PORT", tls == DigestConfig.Tls.IMPLICIT ? 465 : 587, 1, 65535);
    String from = s.string("CHORUS_SMTP_FROM", null);
    if (from == null || !from.matches("[^\\s<>@]+@[^\\s<>@]+|[^\\r\\n<>]+<[^\\s<>@]+@[^\\s<>@]+>")) {
      throw new ConfigException("CHORUS_SMTP_FROM must name the sender of digests (chorus@acme.example or "
          + "Chorus <chorus@acme.example>) when CHORUS_SMTP_HOST is set" + (from == null ? "" : ", not '" + from + "'"));
    }
    String user = s.string("CHORUS_SMTP_USER", null);
    String password = s.string("CHORUS_SMTP_PASSWORD", null);
    if ((user == null) != (password == null)) {
      throw new ConfigException("CHORUS_SMTP_USER and CHORUS_SMTP_PASSWORD are set together or not at all");
    }
    return new DigestConfig(new DigestConfig.Smtp(host, port, user, password, tls, from), loopback, tick);
  }

  /** The address people and the extension use, e.g. http://localhost:8080 (no trailing slash). */
  public String publicUrl(int boundPort) {
    if (publicUrl != null) {
      return publicUrl;
    }
    String host = httpHost.equals("0.0.0.0") || httpHost.equals("127.0.0.1") ? "localhost" : httpHost;
    return "http://" + host + ":" + boundPort;
  }

  private static String stripSlash(String url) {
    return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Typed reads with clear errors: a bad setting stops the node at start, naming the variable. */
  private record Settings(Map<String, String> env) {
    String string(String name, String otherwise) {
      String v = env.get(name);
      return v == null || v.isBlank() ? otherwise : v.trim();
    }

    int integer(String name, int otherwise, int min, int max) {
      String v = string(name, null);
      if (v == null) {
        return otherwise;
      }
      try {
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
          throw new ConfigException(name + " must be between " + min + " and " + max + ", not " + v);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new ConfigException(name + " must be a whole number, not '" + v + "'");
      }
    }

    DemoMode demoMode(String name) {
      String v = string(name, "auto");
      for (DemoMode m : DemoMode.values()) {
        if (m.name().equalsIgnoreCase(v)) {
          return m;
        }
      }
      throw new ConfigException(name + " must be auto, on or off, not '" + v + "'");
    }

    boolean bool(String name, boolean otherwise) {
      String v = string(name, null);
      if (v == null) {
        return otherwise;
      }
      if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on")) {
        return true;
      }
      if (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off")) {
        return false;
      }
      throw new ConfigException(name + " must be true or false, not '" + v + "'");
    }

    <E extends Enum<E>> E choice(String name, E otherwise, E[] values) {
      String v = string(name, null);
      if (v == null) {
        return otherwise;
      }
      StringBuilder names = new StringBuilder();
      for (E e : values) {
        if (e.name().equalsIgnoreCase(v)) {
          return e;
        }
        names.append(names.length() == 0 ? "" : ", ").append(e.name().toLowerCase());
      }
      throw new ConfigException(name + " must be one of " + names + ", not '" + v + "'");
    }

    Path path(String name) {
      String v = string(name, null);
      return v == null ? null : Path.of(v);
    }

    List<String> list(String name) {
      List<String> out = new ArrayList<>();
      String v = string(name, null);
      if (v != null) {
        for (String part : v.split(",")) {
          if (!part.isBlank()) {
            out.add(part.trim());
          }
        }
      }
      return out;
    }
  }
}
