package io.chorus.server.support.processes;

import io.chorus.server.Main;
import io.chorus.shared.wire.ApiPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Chorus node in a JVM of its own, started as {@code java -jar chorus-server.jar} starts it (its
 * Main, configured only by environment variables) but from the test classpath, so it runs the code
 * under test without a package step. Its output goes to a log file the test can read.
 */
public final class NodeProcess implements AutoCloseable {
  /** Small and quick to start: a node in a test holds little, and the machine is shared. */
  private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
      "-XX:TieredStopAtLevel=1", "-Xss512k");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final String name;
  private final Process process;
  private final Path log;
  private final int httpPort;
  private final int metricsPort;

  private NodeProcess(String name, Process process, Path log, int httpPort, int metricsPort) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.httpPort = httpPort;
    this.metricsPort = metricsPort;
  }

  /**
   * Starts a node with exactly these CHORUS_* settings (none inherited from the test's environment) plus
   * its HTTP and metrics ports; does not wait for it (see {@link #awaitReady}).
   */
  public static NodeProcess start(String name, Map<String, String> settings, Path logDir) {
    int httpPort = FreePorts.next();
    int metricsPort = FreePorts.next();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    try {
      Files.createDirectories(logDir);
      Path log = logDir.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().keySet().removeIf(k -> k.startsWith("CHORUS_"));
      builder.environment().putAll(settings);
      builder.environment().put("CHORUS_HTTP_HOST", "127.0.0.1");
      builder.environment().put("CHORUS_HTTP_PORT", String.valueOf(httpPort));
      builder.environment().put("CHORUS_METRICS_PORT", String.valueOf(metricsPort));
      builder.environment().put("CHORUS_EMBEDDED_DATABASE", "never");
      return new NodeProcess(name, builder.start(), log, httpPort, metricsPort);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public int httpPort() {
    return httpPort;
  }

  public String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  public String metricsUrl() {
    return "http://127.0.0.1:" + metricsPort + ApiPaths.METRICS;
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** Waits until /health/ready answers 200; fails at once, with the log's tail, if the node exits. */
  public NodeProcess awaitReady(Duration limit) {
    HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + ApiPaths.HEALTH_READY))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (waitFor(Duration.ofMillis(200))) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail(40));
      }
    }
    throw new IllegalStateException(name + " was not ready within " + limit.toSeconds() + " s:\n" + tail(40));
  }

  /** The node's metrics text (its own listener, never through the balancer). */
  public String metrics() {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(metricsUrl())).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String tail(int lines) {
    List<String> all = log().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** SIGKILL: the node dies mid-whatever, as a crashed machine does. */
  public void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(10));
  }

  /** SIGTERM: the node's shutdown hook runs; true when it exited within the limit. */
  public boolean terminate(Duration limit) {
    process.destroy();
    return waitFor(limit);
  }

  private boolean waitFor(Duration limit) {
    try {
      return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Whatever state it is in: SIGTERM, and SIGKILL if it has not gone within 5 s. */
  @Override
  public void close() {
    if (process.isAlive() && !terminate(Duration.ofSeconds(5))) {
      kill();
    }
  }
}
