package io.chorus.bench.ingest;

import java.util.List;
import java.util.Locale;

/** The figures of one run and the two targets, printed as a small table. */
record IngestReport(
    long employees,
    long shares,
    long ledgerRows,
    int items,
    int clients,
    int seconds,
    String machine,
    String setup,
    PgBench.Result pgbenchBefore,
    PgBench.Result pgbenchAfter,
    HttpLoad.Result closed,
    double closedCpuMillis,
    double loaderCpuMillis,
    double transactionsPerReport,
    double openRate,
    List<HttpLoad.Result> opens,
    List<Double> openCpuMillis,
    List<Double> openAllocBytes) {

  static final double TARGET_RATIO = 0.9;
  static final double TARGET_P99_MILLIS = 50;

  /** The mean of the two pgbench runs around the server's closed loop. */
  double pgbenchTps() {
    return (pgbenchBefore.tps() + pgbenchAfter.tps()) / 2;
  }

  double ratio() {
    return closed.perSecond() / pgbenchTps();
  }

  boolean ratioMet() {
    return ratio() >= TARGET_RATIO && closed.failed() == 0 && pgbenchBefore.problem() == null
        && pgbenchAfter.problem() == null;
  }

  /** The worst p99 of the open-loop runs: the target holds only if it holds in every one. */
  double openP99() {
    return opens.stream().mapToDouble(o -> o.latencies().percentileMillis(99)).max().orElse(Double.NaN);
  }

  boolean latencyMet() {
    return openP99() < TARGET_P99_MILLIS && opens.stream().allMatch(o -> o.failed() == 0);
  }

  String render() {
    StringBuilder b = new StringBuilder();
    b.append(f("%nShare ingest: %,d employees, %,d ledger rows (%,d shares) on %d items; %d clients; %d s per phase%n",
        employees, ledgerRows, shares, items, clients, seconds));
    b.append("machine: ").append(machine).append('\n');
    b.append("setup: ").append(setup).append("\n\n");
    b.append(f("%-44s %10s %9s %9s %8s %12s %10s%n", "", "reports/s", "p50 ms", "p99 ms", "failed", "CPU ms/rep",
        "KB/rep"));
    b.append(pgbenchRow("pgbench, same transaction, before the server", pgbenchBefore));
    b.append(pgbenchRow("pgbench, same transaction, after the server", pgbenchAfter));
    b.append(f("%-44s %10.1f%n", "pgbench, mean of the two", pgbenchTps()));
    b.append(row("server, closed loop (" + clients + " clients)", closed, closedCpuMillis));
    for (int i = 0; i < opens.size(); i++) {
      b.append(row(f("server, open loop %d at %.1f/s (half of pgbench)", i + 1, openRate), opens.get(i),
          openCpuMillis.get(i)).stripTrailing()).append(f(" %10.1f%n", openAllocBytes.get(i) / 1024));
    }
    b.append("  * pgbench prints its mean latency, not a median; CPU ms/rep: the server JVM's own CPU per report;\n");
    b.append("    KB/rep: what the server allocated per report, from its GC log and its heap in use at each end\n");
    b.append(f("  the load generator (this JVM) used %.2f ms of CPU per report in the closed loop, on the same cores%n",
        loaderCpuMillis));
    b.append(f("  closed loop: %.3f PostgreSQL writing transactions per report (about %.2f reports per transaction: the"
        + " average batch; transactions that only read get no id and are not counted)%n%n", transactionsPerReport, 1 / transactionsPerReport));
    b.append(f("%-44s %10.3f   target >= %.2f      %s%n", "server / pgbench reports per second", ratio(), TARGET_RATIO,
        ratioMet() ? "PASS" : "MISS"));
    b.append(f("%-44s %10.1f   target < %.0f ms      %s%n", "server p99 at half of pgbench's rate, worst of "
        + opens.size() + " (ms)", openP99(), TARGET_P99_MILLIS, latencyMet() ? "PASS" : "MISS"));
    for (int i = 0; i < opens.size(); i++) {
      b.append("  open loop ").append(i + 1).append(" p99 (ms) second by second, by when each report was due:");
      opens.get(i).p99BySecond().forEach(p -> b.append(f(" %.0f", p)));
      b.append('\n');
    }
    for (PgBench.Result pgbench : new PgBench.Result[] {pgbenchBefore, pgbenchAfter}) {
      if (pgbench.problem() != null) {
        b.append("pgbench reported: ").append(pgbench.problem()).append('\n');
      }
    }
    failures(b, "closed loop", closed);
    for (HttpLoad.Result open : opens) {
      failures(b, "open loop", open);
    }
    return b.toString();
  }

  private static String pgbenchRow(String name, PgBench.Result r) {
    return f("%-44s %10.1f %9s %9s %8d %12s%n", name, r.tps(), f("%.2f*", r.latencyAverageMillis()), "-", r.failed(),
        "-");
  }

  private static String row(String name, HttpLoad.Result r, double cpuMillis) {
    return f("%-44s %10.1f %9.2f %9.2f %8d %12.2f%n", name, r.perSecond(), r.latencies().percentileMillis(50),
        r.latencies().percentileMillis(99), r.failed(), cpuMillis);
  }

  private static void failures(StringBuilder b, String phase, HttpLoad.Result r) {
    if (r.failed() > 0) {
      b.append(phase).append(" failures by status (-1 = no answer): ").append(r.failures())
          .append("; first: ").append(r.firstFailure()).append('\n');
    }
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
