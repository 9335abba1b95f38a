package io.chorus.bench.ingest;

import io.chorus.bench.Jvm;
import io.chorus.bench.MachineLine;
import io.chorus.server.auth.TokenIssuer;
import io.chorus.server.auth.TokenKeys;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;

/**
 * Share ingest, the server against pgbench running the very same transaction on the very same
 * database, back to back in one run:
 * <ol>
 *   <li>a fresh database, migrated by the server's Flyway migrations and seeded (seed.sql);</li>
 *   <li>the server in its own JVM, warmed up by a closed loop (until its rate stops climbing) whose figures
 *       are dropped;</li>
 *   <li>pgbench, N clients for the phase's length: the most the database persists;</li>
 *   <li>the server, N HTTP clients for the same length: the most it reports;</li>
 *   <li>pgbench again (the server is compared with the mean of the two runs around it);</li>
 *   <li>the server at half of pgbench's mean rate on a fixed schedule, three runs in a row: its latency when
 *       not saturated, and what it allocates per report (from its GC log and its heap in use at each end, by jcmd).</li>
 * </ol>
 * A checkpoint after seeding only: a checkpoint right before a phase would make its first second pay
 * full-page writes for every page it touches (the warm-up pays those once). Prints the table and
 * PASS/MISS per target, and exits 0 either way: the figures are the result.
 */
public final class IngestBench {
  private static final Duration WARMUP_SLICE = Duration.ofSeconds(5);
  private static final Duration WARMUP_OPEN = Duration.ofSeconds(10);
  /** The open loop's first seconds, not counted: they carry the writes pgbench has just left to flush. */
  private static final Duration OPEN_SETTLE = Duration.ofSeconds(5);
  /** The latency target must hold in this many open-loop runs in a row. */
  private static final int OPEN_RUNS = 3;

  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    IngestSettings settings = IngestSettings.from(args, System.getenv());
    Path work = Files.createTempDirectory("chorus-ingest-bench");
    String machine = MachineLine.now();
    say("Work files (server log, pgbench output, open-loop.csv of every open-loop answer): " + work);
    say("Machine: " + machine);

    DatabaseTarget target = DatabaseTarget.parse(settings.databaseUrl());
    Combos combos = new Combos(settings.employees(), settings.items(), settings.seededShares());
    long started = System.nanoTime();
    try (BenchDatabase db = BenchDatabase.recreate(target)) {
      say("Seeding " + target.describe() + " ...");
      db.seed(settings.employees(), settings.items(), settings.seededShares());
      long employees = db.number("SELECT count(*) FROM employee");
      long shares = db.number("SELECT count(*) FROM share");
      long ledgerRows = db.number("SELECT count(*) FROM ledger_entry");
      long company = db.number("SELECT id FROM company");
      long firstEmployee = db.firstOfConsecutiveIds("employee", settings.employees());
      long firstContent = db.firstOfConsecutiveIds("content", settings.items());
      say(String.format("Seeded %,d employees, %,d shares, %,d ledger rows in %.0f s", employees, shares, ledgerRows,
          (System.nanoTime() - started) / 1e9));

      String secret = randomSecret();
      String[] tokens = tokens(secret, company, firstEmployee, settings.employees());
      ShareRequests requests = new ShareRequests(combos, firstContent, tokens,
          db.suggestions(firstContent, settings.items()));
      Duration phase = Duration.ofSeconds(settings.seconds());

      // The server logs its collections: what it allocates per report is read from them (GcLog).
      Path gcLog = work.resolve("server-gc.log");
      Files.deleteIfExists(gcLog);
      try (ServerProcess server = ServerProcess.start(target, secret,
          settings.serverJavaOptions() + " -Xlog:gc:file=" + gcLog, work.resolve("server.log"));
          HttpLoad load = new HttpLoad(server.port(), requests)) {
        say("Server up (pid " + server.pid() + ", port " + server.port() + "); its first report loads the board ...");
        HttpLoad.Result first = load.single();
        say(String.format("  %.0f ms%s", first.latencies().percentileMillis(100),
            first.failed() > 0 ? ", failed: " + first.firstFailure() : ""));
        warmUp(load, settings);

        say("pgbench, " + settings.clients() + " clients, " + settings.seconds() + " s ...");
        Path script = work.resolve("ingest.pgbench.sql");
        Files.writeString(script, BenchDatabase.resource("ingest.pgbench.sql"), StandardCharsets.UTF_8);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("company", company);
        variables.put("first_employee", firstEmployee);
        variables.put("first_content", firstContent);
        variables.put("employees", (long) settings.employees());
        variables.put("items", (long) settings.items());
        variables.put("first_k", combos.pgbenchFirst());
        variables.put("clients", (long) settings.clients());
        variables.put("points", db.number("SELECT linkedin_share FROM scoring_rules WHERE x_share = linkedin_share"));
        variables.put("daily_cap", db.number("SELECT daily_cap FROM scoring_rules"));
        variables.put("linkedin_post_prefix", ShareRequests.LINKEDIN_POST_PREFIX);
        variables.put("tracked_url_prefix", "http://localhost:" + server.port() + ApiPaths.TRACKED_LINK_PREFIX);
        variables.put("n", 0L);
        PgBench.Result before = PgBench.run(settings.pgbench(), target, script, variables, settings.clients(),
            settings.seconds(), work.resolve("pgbench-before.out"));
        say(String.format("  %.1f tps", before.tps()));

        say("Server, closed loop, " + settings.clients() + " clients, " + settings.seconds() + " s ...");
        long transactionsBefore = db.nextTransactionId();
        double cpuBefore = server.cpuMillis();
        double loaderBefore = ownCpuMillis();
        HttpLoad.Result closed = load.closedLoop(settings.clients(), phase);
        double closedCpu = (server.cpuMillis() - cpuBefore) / Math.max(1, closed.created() + closed.failed());
        double loaderCpu = (ownCpuMillis() - loaderBefore) / Math.max(1, closed.created() + closed.failed());
        double transactionsPerReport = (db.nextTransactionId() - transactionsBefore)
            / (double) Math.max(1, closed.created() + closed.failed());
        say(String.format("  %.1f reports/s; %.3f writing transactions per report (about %.2f reports per"
            + " transaction)", closed.perSecond(), transactionsPerReport, 1 / transactionsPerReport));

        // pgbench again, after the server: the machine's other work drifts, and the mean of the two runs
        // around the server's is what the server is compared with. Its own k range: after the first run's.
        say("pgbench again, " + settings.clients() + " clients, " + settings.seconds() + " s ...");
        variables.put("first_k", combos.pgbenchFirst() + (before.transactions() + 1) * settings.clients());
        PgBench.Result after = PgBench.run(settings.pgbench(), target, script, variables, settings.clients(),
            settings.seconds(), work.resolve("pgbench-after.out"));
        say(String.format("  %.1f tps", after.tps()));

        double openRate = (before.tps() + after.tps()) / 4;
        List<HttpLoad.Result> opens = new ArrayList<>();
        List<Double> openCpu = new ArrayList<>();
        List<Double> openAlloc = new ArrayList<>();
        for (int run = 1; run <= OPEN_RUNS; run++) {
          say(String.format("Server, open loop %d of %d at %.1f reports/s, %d s settling + %d s counted, from %s ...", run,
              OPEN_RUNS, openRate, OPEN_SETTLE.toSeconds(), settings.seconds(), java.time.LocalTime.now()));
          int gcFrom = GcLog.lines(gcLog);
          long heapBefore = Jvm.usedHeapBytes(server.pid());
          cpuBefore = server.cpuMillis();
          HttpLoad.Result open = load.openLoop(openRate, OPEN_SETTLE, phase);
          // Over every report sent, the settling ones included: the CPU was spent on all of them.
          double sent = Math.max(1, openRate * (OPEN_SETTLE.toSeconds() + settings.seconds()));
          openCpu.add((server.cpuMillis() - cpuBefore) / sent);
          openAlloc.add(GcLog.allocated(gcLog, gcFrom, heapBefore, Jvm.usedHeapBytes(server.pid())) / sent);
          opens.add(open);
          say(String.format("  p99 %.1f ms, %.1f KB allocated per report", open.latencies().percentileMillis(99),
              openAlloc.get(openAlloc.size() - 1) / 1024));
          Files.writeString(work.resolve("open-loop-" + run + ".csv"), open.timeline(), StandardCharsets.UTF_8);
        }

        IngestReport report = new IngestReport(employees, shares, ledgerRows, settings.items(), settings.clients(),
            settings.seconds(), machine, setup(settings), before, after, closed, closedCpu, loaderCpu, transactionsPerReport,
            openRate, opens,
            openCpu, openAlloc);
        System.out.println(report.render());
      }
    }
    say(String.format("Total %.0f s. The database %s is left for inspection; the next run drops it.",
        (System.nanoTime() - started) / 1e9, target.database()));
    System.exit(0);
  }

  /** What the two sides ran with: the server's HTTP loops and pool (its defaults unless set), pgbench's clients. */
  private static String setup(IngestSettings settings) {
    ServerConfig server = ServerConfig.fromEnvironment();
    int pool = server.dbPoolSize();
    return "server with its defaults (" + server.httpLoops() + " HTTP event loop(s)"
        + (System.getenv("CHORUS_HTTP_LOOPS") == null ? ", one per core" : ", CHORUS_HTTP_LOOPS") + "), pool of "
        + pool + " connections"
        + (System.getenv("CHORUS_DB_POOL_SIZE") == null ? "" : " (CHORUS_DB_POOL_SIZE)")
        + (settings.serverJavaOptions().isBlank() ? "" : ", JVM options " + settings.serverJavaOptions())
        + "; pgbench with " + settings.clients() + " connections, one thread";
  }

  /**
   * Closed-loop slices of {@link #WARMUP_SLICE} until the rate stops climbing (two slices in a row no
   * better than the best before them: the JIT has compiled the hot paths, steady state as on a node that
   * has been up a while) or the warm-up time is spent.
   */
  private static void warmUp(HttpLoad load, IngestSettings settings) throws Exception {
    say("Warming up (closed loop, until the rate stops climbing, at most " + settings.warmupSeconds() + " s) ...");
    long deadline = System.nanoTime() + Duration.ofSeconds(settings.warmupSeconds()).toNanos();
    double best = 0;
    int flat = 0;
    StringBuilder rates = new StringBuilder("  reports/s per " + WARMUP_SLICE.toSeconds() + " s:");
    while (System.nanoTime() < deadline && flat < 2) {
      HttpLoad.Result slice = load.closedLoop(settings.clients(), WARMUP_SLICE);
      rates.append(String.format(" %.0f", slice.perSecond()));
      if (slice.failed() > 0) {
        rates.append(" (").append(slice.failed()).append(" failed: ").append(slice.firstFailure()).append(')');
      }
      flat = slice.perSecond() < best * 1.03 ? flat + 1 : 0;
      best = Math.max(best, slice.perSecond());
    }
    say(rates.toString());
    // A server below saturation runs other code (a free pooled connection at once, one request per
    // wake-up) than one at saturation; warm that up too, or the open loop's first seconds pay for its JIT.
    HttpLoad.Result open = load.openLoop(best / 2, Duration.ZERO, WARMUP_OPEN);
    say(String.format("  then an open loop at %.0f/s for %d s: p50 %.1f ms, p99 %.1f ms%s", best / 2,
        WARMUP_OPEN.toSeconds(), open.latencies().percentileMillis(50), open.latencies().percentileMillis(99),
        open.failed() > 0 ? ", " + open.failed() + " failed: " + open.firstFailure() : ""));
  }

  private static double ownCpuMillis() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
  }

  private static String[] tokens(String secret, long company, long firstEmployee, int employees) {
    SecretKey key = TokenKeys.load(ServerConfig.from(Map.of("CHORUS_JWT_SECRET", secret)));
    TokenIssuer issuer = new TokenIssuer(key, Clock.systemUTC(), Duration.ofDays(1), Duration.ofDays(1));
    String[] tokens = new String[employees];
    for (int i = 0; i < employees; i++) {
      tokens[i] = issuer.forEmployee(firstEmployee + i, company, Role.EMPLOYEE).token();
    }
    return tokens;
  }

  private static String randomSecret() {
    byte[] bytes = new byte[48];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Cores and load average: other work on the machine moves the figures, so the table says how busy it was. */
  private static void say(String line) {
    System.out.println(line);
  }
}
