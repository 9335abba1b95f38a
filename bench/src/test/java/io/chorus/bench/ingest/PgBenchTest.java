package io.chorus.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PgBenchTest {
  // As PostgreSQL 15's pgbench prints it.
  private static final String SUMMARY = """
      pgbench (15.20 (Debian 15.20-0+deb12u1))
      transaction type: /tmp/x/ingest.pgbench.sql
      scaling factor: 1
      query mode: prepared
      number of clients: 8
      number of threads: 1
      maximum number of tries: 1
      duration: 5 s
      number of transactions actually processed: 4635
      number of failed transactions: 0 (0.000%)
      latency average = 8.399 ms
      initial connection time = 178.530 ms
      tps = 952.494858 (without initial connection time)
      """;

  @Test
  @DisplayName("reads tps, mean latency and counts from pgbench 15's summary")
  void readsTpsLatencyAndCounts() {
    PgBench.Result r = PgBench.parse(SUMMARY);
    assertEquals(952.494858, r.tps());
    assertEquals(8.399, r.latencyAverageMillis());
    assertEquals(4635, r.transactions());
    assertEquals(0, r.failed());
    assertNull(r.problem());
  }

  @Test
  @DisplayName("an aborted pgbench client is reported, not swallowed")
  void anAbortedClientIsReportedNotSwallowed() {
    String aborted = SUMMARY.replace("duration: 5 s\n", "duration: 5 s\n"
        + "pgbench: error: client 3 script 0 aborted in command 13 query 0: ERROR:  duplicate key value\n");
    assertTrue(PgBench.parse(aborted).problem().contains("client 3 script 0 aborted"));
  }

  @Test
  @DisplayName("output without a summary gives no result")
  void noSummaryIsNoResult() {
    assertNull(PgBench.parse("pgbench: error: connection to server failed\n"));
  }
}
