package io.chorus.bench.ingest;

import io.chorus.server.db.DatabaseTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a pgbench script against the bench database and reads its figures from what it prints. */
final class PgBench {
  private static final Pattern TPS = Pattern.compile("(?m)^tps = ([0-9.]+) \\(without initial connection time\\)");
  private static final Pattern LATENCY = Pattern.compile("(?m)^latency average = ([0-9.]+) ms");
  private static final Pattern PROCESSED = Pattern.compile("(?m)^number of transactions actually processed: (\\d+)");
  private static final Pattern FAILED = Pattern.compile("(?m)^number of failed transactions: (\\d+)");
  private static final Pattern ABORTED = Pattern.compile("(?m)^.*(aborted|ERROR).*$");

  /** pgbench's figures; {@code problem} is its first error or aborted-client line, or null. */
  record Result(double tps, double latencyAverageMillis, long transactions, long failed, String problem) {}

  private PgBench() {}

  static Result run(String pgbench, DatabaseTarget db, Path script, Map<String, Object> variables, int clients,
      int seconds, Path output) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(pgbench, "-h", db.host(), "-p", String.valueOf(db.port()),
        "-U", db.user(), "-n", "-M", "prepared", "-c", String.valueOf(clients), "-j", "1",
        "-T", String.valueOf(seconds), "-f", script.toString()));
    variables.forEach((name, value) -> {
      command.add("-D");
      command.add(name + "=" + value);
    });
    command.add(db.database());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    if (db.password() != null) {
      builder.environment().put("PGPASSWORD", db.password());
    }
    int exit = builder.start().waitFor();
    String text = Files.readString(output, StandardCharsets.UTF_8);
    Result result = parse(text);
    if (result == null) {
      throw new IllegalStateException("pgbench exited with " + exit + " and printed no tps; see " + output);
    }
    return result;
  }

  /** The figures from pgbench's summary, or null when it printed none. */
  static Result parse(String text) {
    Matcher tps = TPS.matcher(text);
    if (!tps.find()) {
      return null;
    }
    Matcher latency = LATENCY.matcher(text);
    Matcher processed = PROCESSED.matcher(text);
    Matcher failed = FAILED.matcher(text);
    Matcher problem = ABORTED.matcher(text);
    return new Result(Double.parseDouble(tps.group(1)),
        latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN,
        processed.find() ? Long.parseLong(processed.group(1)) : 0,
        failed.find() ? Long.parseLong(failed.group(1)) : 0,
        problem.find() ? problem.group().strip() : null);
  }
}
