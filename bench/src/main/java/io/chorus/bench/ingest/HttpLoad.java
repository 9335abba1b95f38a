package io.chorus.bench.ingest;

import io.chorus.shared.wire.ApiPaths;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends {@code POST /api/shares} to the server from one Vert.x event loop (a single-threaded client,
 * like pgbench's default one thread), in a closed loop (N clients, each sending its next report when
 * the last is answered: the most the server takes) or an open loop (reports sent on a fixed schedule
 * whatever the answers: latency is counted from each report's scheduled time, so a stall is not hidden
 * by the sender waiting for it).
 */
final class HttpLoad implements AutoCloseable {
  /** What a phase measured: answered 201 reports, the failures by status (-1: no answer), the latencies. */
  record Result(long created, Map<Integer, Long> failures, String firstFailure, double seconds, Latencies latencies) {
    double perSecond() {
      return created / seconds;
    }

    long failed() {
      return failures.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
  private final int port;
  private final ShareRequests requests;

  HttpLoad(int port, ShareRequests requests) {
    this.port = port;
    this.requests = requests;
  }

  Result closedLoop(int clients, Duration duration) throws Exception {
    HttpClientAgent client = client(clients);
    try {
      CompletableFuture<Result> done = new CompletableFuture<>();
      vertx.runOnContext(v -> {
        Tally tally = new Tally(duration.toNanos() / 1e9);
        long end = System.nanoTime() + duration.toNanos();
        int[] running = {clients};
        for (int i = 0; i < clients; i++) {
          loop(client, tally, end, running, done);
        }
      });
      return done.get(duration.toSeconds() + 60, TimeUnit.SECONDS);
    } finally {
      client.close();
    }
  }

  private void loop(HttpClientAgent client, Tally tally, long end, int[] running, CompletableFuture<Result> done) {
    long start = System.nanoTime();
    send(client).onComplete(answer -> {
      long now = System.nanoTime();
      if (now <= end) {
        tally.record(answer, now - start);
        loop(client, tally, end, running, done);
      } else if (--running[0] == 0) {
        done.complete(tally.result());
      }
    });
  }

  Result openLoop(double perSecond, Duration duration, int maxConnections) throws Exception {
    HttpClientAgent client = client(maxConnections);
    try {
      long total = Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
      double intervalNanos = 1e9 / perSecond;
      CompletableFuture<Result> done = new CompletableFuture<>();
      vertx.runOnContext(v -> {
        Tally tally = new Tally(duration.toNanos() / 1e9);
        long start = System.nanoTime();
        long[] sent = {0};
        long[] answered = {0};
        vertx.setPeriodic(1, timer -> {
          long now = System.nanoTime();
          while (sent[0] < total && start + (long) (sent[0] * intervalNanos) <= now) {
            long scheduled = start + (long) (sent[0] * intervalNanos);
            sent[0]++;
            send(client).onComplete(answer -> {
              tally.record(answer, System.nanoTime() - scheduled);
              if (++answered[0] == total) {
                done.complete(tally.result());
              }
            });
          }
          if (sent[0] == total) {
            vertx.cancelTimer(timer);
          }
        });
      });
      return done.get(duration.toSeconds() + 60, TimeUnit.SECONDS);
    } finally {
      client.close();
    }
  }

  /** One report; answers its HTTP status (the body is read in full, and kept only for a failure). */
  private Future<Answer> send(HttpClientAgent client) {
    ShareRequests.Request r = requests.next();
    RequestOptions options = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setHost("127.0.0.1")
        .setPort(port)
        .setURI(ApiPaths.SHARES)
        .setIdleTimeout(30_000)
        .putHeader("Authorization", r.authorization())
        .putHeader(ApiPaths.IDEMPOTENCY_KEY_HEADER, r.idempotencyKey())
        .putHeader("Content-Type", "application/json");
    return client.request(options)
        .compose(request -> request.send(r.body()))
        .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body.toString())));
  }

  private HttpClientAgent client(int connections) {
    return vertx.httpClientBuilder()
        .with(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true))
        .with(new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1))
        .build();
  }

  private record Answer(int status, String body) {}

  /** Counts on the one event loop, so plain fields suffice. */
  private static final class Tally {
    private final double seconds;
    private final Latencies latencies = new Latencies();
    private final Map<Integer, Long> failures = new TreeMap<>();
    private long created;
    private String firstFailure;

    Tally(double seconds) {
      this.seconds = seconds;
    }

    void record(AsyncResult<Answer> answer, long nanos) {
      if (answer.succeeded() && answer.result().status() == 201) {
        created++;
        latencies.add(nanos);
        return;
      }
      int status = answer.succeeded() ? answer.result().status() : -1;
      failures.merge(status, 1L, Long::sum);
      if (firstFailure == null) {
        firstFailure = answer.succeeded() ? status + " " + answer.result().body() : answer.cause().toString();
      }
    }

    Result result() {
      return new Result(created, failures, firstFailure, seconds, latencies);
    }
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
