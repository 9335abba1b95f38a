package io.chorus.bench.ingest;

import io.chorus.server.Main;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.shared.wire.ApiPaths;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server under test, in its own JVM started the way {@code java -jar chorus-server.jar} starts it
 * (its Main, its defaults: one HTTP event loop per core, a pool of 8), with only the database, port, token key
 * and demo switch set. Its own process so its heap, GC and JIT are not the load generator's, just as
 * PostgreSQL is not pgbench's. Any CHORUS_* variable in the bench's environment reaches it too.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private ServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static ServerProcess start(DatabaseTarget database, String tokenSecret, String javaOptions, Path log)
      throws IOException, InterruptedException {
    return start(database, tokenSecret, javaOptions, log, Map.of());
  }

  /** The same, with more settings for the server (cluster, metrics: the stream bench's nodes). */
  public static ServerProcess start(DatabaseTarget database, String tokenSecret, String javaOptions, Path log,
      Map<String, String> moreSettings) throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : javaOptions.split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(Map.of(
        "CHORUS_DATABASE_URL", "postgresql://" + database.user()
            + (database.password() == null ? "" : ":" + database.password())
            + "@" + database.host() + ":" + database.port() + "/" + database.database(),
        "CHORUS_HTTP_HOST", "127.0.0.1",
        "CHORUS_HTTP_PORT", String.valueOf(port),
        "CHORUS_JWT_SECRET", tokenSecret,
        "CHORUS_DEMO", "off",
        "CHORUS_EMBEDDED_DATABASE", "never"));
    builder.environment().putAll(moreSettings);
    ServerProcess server = new ServerProcess(builder.start(), port, log);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bench-server-stop"));
    server.awaitReady(Duration.ofSeconds(90));
    return server;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  /** CPU time the server's JVM has used so far (all its threads), in milliseconds; NaN where the OS does not say. */
  double cpuMillis() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
  }

  /** Polls the health route; waiting on the process between polls notices at once if it died. */
  private void awaitReady(Duration limit) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ApiPaths.HEALTH))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("The server exited with " + process.exitValue() + "; see " + log);
      }
    }
    throw new IllegalStateException("The server did not become ready in " + limit.toSeconds() + " s; see " + log);
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** SIGTERM (the server's shutdown hook closes it cleanly), then a hard stop if it lingers. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
