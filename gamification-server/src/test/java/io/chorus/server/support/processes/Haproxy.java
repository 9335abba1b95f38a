package io.chorus.server.support.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HAProxy (Debian's package) in front of test nodes, configured from the very template the README
 * and run-local.sh use ({@code src/main/cluster/haproxy.cfg.template}), on free ports. Its status page
 * says which servers it considers up.
 */
public final class Haproxy implements AutoCloseable {
  static final Path TEMPLATE = Path.of("src", "main", "cluster", "haproxy.cfg.template");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final Process process;
  private final Path log;
  private final int port;
  private final int statsPort;

  private Haproxy(Process process, Path log, int port, int statsPort) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.statsPort = statsPort;
  }

  /** Starts HAProxy with one server line per node (named as the nodes are) and waits until it listens. */
  public static Haproxy start(List<NodeProcess> nodes, Path dir) {
    int port = FreePorts.next();
    int statsPort = FreePorts.next();
    StringBuilder servers = new StringBuilder();
    for (NodeProcess n : nodes) {
      servers.append("    server ").append(n.name()).append(" 127.0.0.1:").append(n.httpPort()).append(" check\n");
    }
    try {
      Files.createDirectories(dir);
      String config = Files.readString(TEMPLATE)
          .replace("@BIND@", "127.0.0.1:" + port)
          .replace("@STATS@", "127.0.0.1:" + statsPort)
          .replace("@SERVERS@\n", servers.toString());
      Path file = dir.resolve("haproxy.cfg");
      Files.writeString(file, config);
      Path log = dir.resolve("haproxy.log");
      Process process = new ProcessBuilder(binary(), "-db", "-f", file.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      Haproxy haproxy = new Haproxy(process, log, port, statsPort);
      haproxy.awaitListening(Duration.ofSeconds(10));
      return haproxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Debian installs it in /usr/sbin, which is not on every user's PATH. */
  private static String binary() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "haproxy"))) {
        return Path.of(dir, "haproxy").toString();
      }
    }
    if (Files.isExecutable(Path.of("/usr/sbin/haproxy"))) {
      return "/usr/sbin/haproxy";
    }
    throw new IllegalStateException("HAProxy is not installed (apt-get install haproxy; .ci/run does it)");
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Each server's state as HAProxy's checks see it: "UP", "DOWN", "UP 1/2" (going down), … */
  public Map<String, String> serverStates() {
    String csv = get("http://127.0.0.1:" + statsPort + "/;csv");
    List<String> lines = csv.lines().toList();
    List<String> header = Arrays.asList(lines.get(0).replaceFirst("^# ", "").split(","));
    int pxname = header.indexOf("pxname");
    int svname = header.indexOf("svname");
    int status = header.indexOf("status");
    Map<String, String> states = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells.length > status && cells[pxname].equals("nodes")
          && !cells[svname].equals("BACKEND") && !cells[svname].equals("FRONTEND")) {
        states.put(cells[svname], cells[status]);
      }
    }
    return states;
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitListening(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("HAProxy exited with " + process.exitValue() + ":\n" + log());
      }
      try {
        get("http://127.0.0.1:" + statsPort + "/;csv");
        return;
      } catch (UncheckedIOException notYet) {
        try {
          process.waitFor(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException("HAProxy did not listen within " + limit.toSeconds() + " s:\n" + log());
  }

  private static String get(String url) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
