package io.chorus.bench.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What one run measures, from {@code --name=value} arguments or else {@code BENCH_NAME} environment
 * variables (name upper-cased, '-' as '_'), else the sizes. The database is dropped and
 * recreated by every run, so it must be one used for nothing else. The warm-up may be long (it stops
 * early once the rate stops climbing) because the server's JIT needs tens of thousands of reports
 * before it runs at its steady-state speed, which is what a node that has been up a while serves at.
 */
record IngestSettings(
    String databaseUrl,
    int employees,
    int items,
    long seededShares,
    int clients,
    int warmupSeconds,
    int seconds,
    String pgbench,
    String serverJavaOptions) {

  static final String DEFAULT_DATABASE = "postgresql://postgres@127.0.0.1:5432/chorus_bench";

  static IngestSettings from(String[] args, Map<String, String> env) {
    Map<String, String> given = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Arguments look like --clients=8, not '" + arg + "'");
      }
      given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    Lookup s = new Lookup(given, env);
    IngestSettings settings = new IngestSettings(
        s.string("database-url", DEFAULT_DATABASE),
        s.integer("employees", 10_000),
        s.integer("items", 200),
        s.integer("seeded-shares", 1_000_000),
        s.integer("clients", 8),
        s.integer("warmup-seconds", 90),
        s.integer("seconds", 15),
        s.string("pgbench", defaultPgbench()),
        s.string("server-java-options", ""));
    given.keySet().removeAll(s.read);
    if (!given.isEmpty()) {
      throw new IllegalArgumentException("Unknown argument(s): " + given.keySet());
    }
    return settings;
  }

  /** Debian's PostgreSQL 15 keeps pgbench out of PATH; elsewhere it is usually on it. */
  private static String defaultPgbench() {
    Path debian = Path.of("/usr/lib/postgresql/15/bin/pgbench");
    return Files.isExecutable(debian) ? debian.toString() : "pgbench";
  }

  private static final class Lookup {
    private final Map<String, String> args;
    private final Map<String, String> env;
    private final java.util.Set<String> read = new java.util.HashSet<>();

    Lookup(Map<String, String> args, Map<String, String> env) {
      this.args = args;
      this.env = env;
    }

    String string(String name, String otherwise) {
      read.add(name);
      String v = args.get(name);
      if (v == null) {
        v = env.get("BENCH_" + name.toUpperCase().replace('-', '_'));
      }
      return v == null || v.isBlank() ? otherwise : v.trim();
    }

    int integer(String name, int otherwise) {
      String v = string(name, null);
      if (v == null) {
        return otherwise;
      }
      try {
        int n = Integer.parseInt(v.replace("_", ""));
        if (n < 1) {
          throw new IllegalArgumentException(name + " must be at least 1, not " + v);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
      }
    }
  }
}
