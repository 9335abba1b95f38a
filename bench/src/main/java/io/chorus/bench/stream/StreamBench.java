package io.chorus.bench.stream;

import io.chorus.bench.Jvm;
import io.chorus.bench.MachineLine;
import io.chorus.bench.ingest.BenchDatabase;
import io.chorus.bench.ingest.ServerProcess;
import io.chorus.server.auth.TokenIssuer;
import io.chorus.server.auth.TokenKeys;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.shared.wire.Role;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * From a committed share to many connected SSE clients, against a bare Vert.x SSE broadcaster measured
 * in the same run:
 * <ol>
 *   <li>the baseline ({@link BareBroadcaster}, its own JVM): N streams open, then rounds of one
 *       {@code POST /publish} each, fanned out to every stream;</li>
 *   <li>Chorus, two clustered nodes A and B (their own JVMs, a fresh database): N streams open on B
 *       ({@code /api/leaderboard/stream}), then rounds of one share each posted to B (same node), then
 *       rounds of one share each posted to A (the event crosses the clustered event bus).</li>
 * </ol>
 * A delivery's latency runs from the moment the bench sends the request (so Chorus's includes its share
 * transaction, its ledger follower and any coalescing of a burst) to the moment a stream reads the frame's
 * {@code event:} line; every stream of every measured round is one sample. Each round waits until every
 * stream has the frame, then pauses. Heap per client: the server's live heap after a full GC (jcmd), with
 * the N streams open minus before. Bytes per stream and share: what the streams read during the measured
 * rounds (heartbeats included), over streams × rounds. Prints the table and PASS/MISS per target; exits 0
 * either way.
 *
 * <p>The streams ask for what the office screen asks for ({@link #SCREEN_STREAM}, as
 * {@code ScreenLink.streamPath()} builds it): the week's top ten, with board patches ({@code patches=1}:
 * after the first whole board, only what changed). {@code patches=false} leaves the parameter out, as
 * an older client would (whole boards).
 *
 * <p>Options as {@code name=value}: {@code clients} (10000), {@code rounds} (20), {@code warmup} (3),
 * {@code pause} (300 ms), {@code timeout} (15000 ms a round), {@code patches} (true), {@code loops} (the
 * HTTP event loops of both the Chorus nodes and the baseline: one per core, Chorus's default), {@code database}
 * (postgresql://postgres@127.0.0.1:5432/chorus_bench_stream, dropped and recreated), {@code serverJava}
 * ("-Xms1g -Xmx1g"). 10,000 streams need at least 10,000 open files in the bench and in each server:
 * every JVM raises its soft limit to the hard one, so check {@code ulimit -Hn} (raise it as root, or
 * with {@code prlimit}).
 */
public final class StreamBench {
  static final double TARGET_RATIO = 1.5;
  static final double TARGET_SAME_NODE_P99_MS = 250;
  static final double TARGET_CROSS_NODE_P99_MS = 400;
  static final double TARGET_HEAP_PER_CLIENT_KB = 20;
  /** The office screen's stream of the company's week board (ScreenLink.streamPath), with board patches. */
  static final String SCREEN_STREAM = "/api/leaderboard/stream?period=week&limit=10&patches=1";

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  record Settings(int clients, int rounds, int warmup, long pauseMillis, long timeoutMillis, boolean patches,
      String database, String serverJava, int loops) {
    static Settings from(String[] args) {
      Map<String, String> o = new HashMap<>();
      for (String a : args) {
        String[] kv = a.replaceFirst("^--", "").split("=", 2);
        o.put(kv[0], kv.length > 1 ? kv[1] : "true");
      }
      return new Settings(Integer.parseInt(o.getOrDefault("clients", "10000")),
          Integer.parseInt(o.getOrDefault("rounds", "20")), Integer.parseInt(o.getOrDefault("warmup", "3")),
          Long.parseLong(o.getOrDefault("pause", "300")), Long.parseLong(o.getOrDefault("timeout", "15000")),
          Boolean.parseBoolean(o.getOrDefault("patches", "true")),
          o.getOrDefault("database", "postgresql://postgres@127.0.0.1:5432/chorus_bench_stream"),
          o.getOrDefault("serverJava", "-Xms1g -Xmx1g"),
          // Chorus's default (CHORUS_HTTP_LOOPS: one per core); both sides get the same number.
          Integer.parseInt(o.getOrDefault("loops", String.valueOf(Runtime.getRuntime().availableProcessors()))));
    }

    int shares() {
      return warmup + rounds;
    }

    String streamPath() {
      return patches ? SCREEN_STREAM : SCREEN_STREAM.replace("&patches=1", "");
    }
  }

  /** One line of the table. */
  record Row(String what, Latencies latencies, List<Double> allStreamsMillis, int missed, double heapPerClientKb,
      double bytesPerStreamPerShare, Latencies answers) {
    double p(double percentile) {
      return latencies.percentileMillis(percentile);
    }

    double medianAllStreams() {
      double[] sorted = allStreamsMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return sorted.length == 0 ? Double.NaN : sorted[(sorted.length - 1) / 2];
    }
  }

  private StreamBench() {}

  public static void main(String[] args) throws Exception {
    Settings s = Settings.from(args);
    Path work = Files.createTempDirectory("chorus-stream-bench");
    say("Work files (server logs): " + work);
    say("Machine: " + MachineLine.now() + "; " + s.clients() + " streams, "
        + s.rounds() + " measured rounds (+" + s.warmup() + " warm-up) per line; " + s.loops()
        + " HTTP event loop(s) in Chorus and in the baseline");
    long files = Jvm.openFilesHardLimit();
    if (files >= 0 && files < s.clients() + 1_000L) {
      say("WARNING: the open-files hard limit is " + files + "; " + s.clients() + " streams need "
          + (s.clients() + 1_000) + " or more (ulimit -Hn, prlimit --nofile)");
    }

    Row baseline = baseline(s, work);
    List<Row> chorus = chorus(s, work);

    List<Row> rows = new ArrayList<>();
    rows.add(baseline);
    rows.addAll(chorus);
    say("");
    say(String.format("%-44s %9s %9s %9s %12s %7s %11s %12s %11s", "from the request to each stream", "p50 ms", "p99 ms",
        "max ms", "all had it*", "missed", "heap/client", "B/stream/share", "answer** ms"));
    for (Row r : rows) {
      say(String.format(Locale.ROOT, "%-44s %9.1f %9.1f %9.1f %12.1f %7d %8.1f KB %12.0f %11.1f", r.what(), r.p(50),
          r.p(99), r.p(100), r.medianAllStreams(), r.missed(), r.heapPerClientKb(), r.bytesPerStreamPerShare(),
          r.answers().percentileMillis(50)));
    }
    say("  * the median over rounds of the time until every stream had the frame");
    say("  ** the median time to the request's own answer: Chorus answers a share once it is committed and its"
        + " streams are told (before they are written); the baseline answers after writing its own loop's streams");
    Row same = chorus.get(0);
    Row cross = chorus.get(1);
    double ratio = same.p(99) / baseline.p(99);
    say("");
    say(String.format(Locale.ROOT, "Same node: p99 %.1f ms = %.2f x the baseline's (target <= %.1f x and < %.0f ms): %s",
        same.p(99), ratio, TARGET_RATIO, TARGET_SAME_NODE_P99_MS,
        ratio <= TARGET_RATIO && same.p(99) < TARGET_SAME_NODE_P99_MS && same.missed() == 0 ? "PASS" : "MISS"));
    say(String.format(Locale.ROOT, "Across nodes: p99 %.1f ms (target < %.0f ms): %s", cross.p(99),
        TARGET_CROSS_NODE_P99_MS, cross.p(99) < TARGET_CROSS_NODE_P99_MS && cross.missed() == 0 ? "PASS" : "MISS"));
    say(String.format(Locale.ROOT, "Heap per connected client: %.1f KB (target < %.0f KB): %s", same.heapPerClientKb(),
        TARGET_HEAP_PER_CLIENT_KB, same.heapPerClientKb() < TARGET_HEAP_PER_CLIENT_KB ? "PASS" : "MISS"));
  }

  private static Row baseline(Settings s, Path work) throws Exception {
    int port = ServerProcess.freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.stream(s.serverJava().split("\\s+")).filter(o -> !o.isBlank()).toList());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareBroadcaster.class.getName(),
        String.valueOf(port), String.valueOf(s.loops())));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("baseline.log").toFile()).start();
    try {
      awaitAnswer("http://127.0.0.1:" + port + "/health", process);
      say("Baseline up (pid " + process.pid() + "); opening " + s.clients() + " streams ...");
      long before = Jvm.liveHeapBytes(process.pid());
      try (SseClients clients = new SseClients(s.clients(), s.shares())) {
        clients.connect(port, "/stream", null, s.clients());
        double heapKb = (Jvm.liveHeapBytes(process.pid()) - before) / 1024.0 / s.clients();
        String sample = new JsonObject().put("seq", 1).put("employeeName", "Person 1").put("office", "Office 1")
            .put("contentTitle", "Bench item 0").put("network", "linkedin").put("points", 10)
            .put("at", System.currentTimeMillis()).encode();
        return rounds("bare Vert.x SSE broadcaster (baseline)", s, clients, 0, heapKb, k -> {
          HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/publish"))
              .POST(HttpRequest.BodyPublishers.ofString(sample)).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() != 200) {
            throw new IllegalStateException("publish answered " + r.statusCode());
          }
        });
      }
    } finally {
      process.destroy();
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static List<Row> chorus(Settings s, Path work) throws Exception {
    DatabaseTarget target = DatabaseTarget.parse(s.database());
    int employees = 2 * s.shares() + 1;
    try (BenchDatabase db = BenchDatabase.recreate(target)) {
      say("Seeding " + target.describe() + " ...");
      db.seed(employees, 2, 0);
      long company = db.number("SELECT id FROM company");
      long firstEmployee = db.firstOfConsecutiveIds("employee", employees);
      long content = db.firstOfConsecutiveIds("content", 2);
      String secret = randomSecret();
      TokenIssuer issuer = new TokenIssuer(TokenKeys.load(ServerConfig.from(Map.of("CHORUS_JWT_SECRET", secret))),
          Clock.systemUTC(), Duration.ofDays(1), Duration.ofDays(1));
      int hzA = ServerProcess.freePort();
      int hzB = ServerProcess.freePort();
      String members = "127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
      try (ServerProcess a = ServerProcess.start(target, secret, s.serverJava(), work.resolve("node-a.log"),
              clusterSettings(members, hzA, s.loops()));
          ServerProcess b = ServerProcess.start(target, secret, s.serverJava(), work.resolve("node-b.log"),
              clusterSettings(members, hzB, s.loops()))) {
        say("Chorus up: node A (pid " + a.pid() + "), node B (pid " + b.pid() + "), clustered; opening "
            + s.clients() + " streams on B ...");
        long before = Jvm.liveHeapBytes(b.pid());
        try (SseClients clients = new SseClients(s.clients(), 2 * s.shares())) {
          String viewer = "Bearer " + issuer.forEmployee(firstEmployee, company, Role.EMPLOYEE).token();
          say("Streams ask for " + s.streamPath());
          clients.connect(b.port(), s.streamPath(), viewer, s.clients());
          double heapKb = (Jvm.liveHeapBytes(b.pid()) - before) / 1024.0 / s.clients();
          Row same = rounds("Chorus: share on node B, streams on B", s, clients, 0, heapKb,
              k -> share(b.port(), issuer, company, firstEmployee + 1 + k, content, k));
          Row cross = rounds("Chorus: share on node A, streams on B", s, clients, s.shares(), heapKb,
              k -> share(a.port(), issuer, company, firstEmployee + 1 + k, content, k));
          return List.of(same, cross);
        }
      }
    }
  }

  private static Map<String, String> clusterSettings(String members, int port, int loops) throws IOException {
    return Map.of("CHORUS_HTTP_LOOPS", String.valueOf(loops),
        "CHORUS_CLUSTER_MEMBERS", members, "CHORUS_CLUSTER_HOST", "127.0.0.1",
        "CHORUS_CLUSTER_PORT", String.valueOf(port), "CHORUS_CLUSTER_NAME", "bench-stream-" + members.hashCode(),
        "CHORUS_EVENTBUS_PORT", String.valueOf(ServerProcess.freePort()));
  }

  private static void share(int port, TokenIssuer issuer, long company, long employee, long content, int k)
      throws IOException, InterruptedException {
    String body = new JsonObject().put("contentId", content).put("network", "linkedin")
        .put("postUrl", "https://www.linkedin.com/feed/update/urn:li:activity:" + (7_100_000_000_000_000_000L + k) + "/")
        .encode();
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/shares"))
        .header("Authorization", "Bearer " + issuer.forEmployee(employee, company, Role.EMPLOYEE).token())
        .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("share answered " + r.statusCode() + ": " + r.body());
    }
  }

  interface Send {
    void send(int k) throws Exception;
  }

  /** Warm-up rounds, then measured ones; slot numbers continue from {@code firstSlot}. */
  private static Row rounds(String what, Settings s, SseClients clients, int firstSlot, double heapKb, Send send)
      throws Exception {
    Latencies latencies = new Latencies();
    Latencies answers = new Latencies();
    List<Double> allStreams = new ArrayList<>();
    int missed = 0;
    long bytesBefore = 0;
    say(what + ": " + s.warmup() + " warm-up and " + s.rounds() + " measured rounds ...");
    for (int k = 0; k < s.shares(); k++) {
      int slot = firstSlot + k;
      if (k == s.warmup()) {
        bytesBefore = clients.bytesRead();
      }
      long sent = System.nanoTime();
      send.send(slot);
      long answered = System.nanoTime();
      boolean all = clients.awaitShares(slot + 1, s.timeoutMillis());
      long allAt = System.nanoTime();
      if (k >= s.warmup()) {
        clients.collect(slot, sent, latencies);
        answers.add(answered - sent);
        if (all) {
          allStreams.add((allAt - sent) / 1e6);
        } else {
          missed += clients.lagging(slot + 1);
        }
      }
      TimeUnit.MILLISECONDS.sleep(s.pauseMillis());
    }
    double bytes = (clients.bytesRead() - bytesBefore) / ((double) clients.size() * s.rounds());
    return new Row(what, latencies, allStreams, missed, heapKb, bytes, answers);
  }

  private static void awaitAnswer(String url, Process process) throws Exception {
    for (int i = 0; i < 300; i++) {
      try {
        if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(url + " exited with " + process.exitValue());
      }
    }
    throw new IllegalStateException(url + " did not answer");
  }

  private static String randomSecret() {
    byte[] bytes = new byte[48];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static void say(String line) {
    System.out.println(line);
  }
}
