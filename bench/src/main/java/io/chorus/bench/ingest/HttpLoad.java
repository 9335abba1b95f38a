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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends {@code POST /api/shares} to the server from one Vert.x event loop (a single-threaded client,
 * like pgbench's default one thread), in a closed loop (N clients, each sending its next report when
 * the last is answered: the most the server takes) or an open loop (reports sent on a fixed schedule
 * whatever the answers: latency is counted from each report's scheduled time, so a stall is not hidden
 * by the sender waiting for it).
 */
final class HttpLoad implements AutoCloseable {
  /** What a phase measured: answered 201 reports, the failures by status (-1: no answer), the latencies. */
  record Result(long created, Map<Integer, Long> failures, String firstFailure, double seconds, Latencies latencies,
      String timeline, List<Double> p99BySecond) {
    double perSecond() {
      return created / seconds;
    }

    long failed() {
      return failures.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** How long after a phase's end its last answers may still come in. */
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
  private static final int MAX_CONNECTIONS = 64;

  private final int port;
  private final ShareRequests requests;
  private final HttpClientAgent client;

  HttpLoad(int port, ShareRequests requests) {
    this.port = port;
    this.requests = requests;
    // One client for every phase: its keep-alive connections, opened in the warm-up, carry the measured
    // phases too (a closed loop uses as many as it has clients; an open loop opens more only if it must).
    this.client = vertx.httpClientBuilder()
        .with(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true))
        .with(new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS).setMaxWaitQueueSize(-1))
        .build();
  }

  Result closedLoop(int clients, Duration duration) throws Exception {
    CompletableFuture<Result> done = new CompletableFuture<>();
    vertx.runOnContext(v -> {
      Tally tally = new Tally(duration.toNanos() / 1e9);
      long end = System.nanoTime() + duration.toNanos();
      int[] running = {clients};
      for (int i = 0; i < clients; i++) {
        loop(tally, end, running, done);
      }
      giveUpAfter(duration.plus(GRACE), done, () -> tally.result(running[0]));
    });
    return done.get();
  }

  /** One report, answered before anything else is measured (the first one loads the company's board). */
  Result single() throws Exception {
    CompletableFuture<Result> done = new CompletableFuture<>();
    vertx.runOnContext(v -> {
      Tally tally = new Tally(1);
      long start = System.nanoTime();
      send().onComplete(answer -> {
        tally.record(answer, System.nanoTime() - start);
        done.complete(tally.result(0));
      });
      giveUpAfter(GRACE, done, () -> tally.result(1));
    });
    return done.get();
  }

  private void loop(Tally tally, long end, int[] running, CompletableFuture<Result> done) {
    long start = System.nanoTime();
    send().onComplete(answer -> {
      long now = System.nanoTime();
      if (now <= end) {
        tally.record(answer, now - start);
        loop(tally, end, running, done);
      } else if (--running[0] == 0) {
        done.complete(tally.result(0));
      }
    });
  }

  /**
   * Reports due at a fixed rate for {@code settle} plus {@code duration}; only those due after the settle
   * time are counted (the first seconds at a new rate carry whatever the phase before left behind).
   */
  Result openLoop(double perSecond, Duration settle, Duration duration) throws Exception {
    long total = Math.max(1, Math.round(perSecond * (settle.toNanos() + duration.toNanos()) / 1e9));
    double intervalNanos = 1e9 / perSecond;
    CompletableFuture<Result> done = new CompletableFuture<>();
    vertx.runOnContext(v -> {
      Tally tally = new Tally(duration.toNanos() / 1e9);
      long start = System.nanoTime();
      long counted = start + settle.toNanos();
      long[] sent = {0};
      long[] answered = {0};
      vertx.setPeriodic(1, timer -> {
        long now = System.nanoTime();
        while (sent[0] < total && start + (long) (sent[0] * intervalNanos) <= now) {
          long scheduled = start + (long) (sent[0] * intervalNanos);
          sent[0]++;
          send().onComplete(answer -> {
            long latency = System.nanoTime() - scheduled;
            if (scheduled >= counted) {
              tally.record(answer, latency);
              tally.timeline(scheduled - counted, latency, answer);
            }
            if (++answered[0] == total) {
              done.complete(tally.result(0));
            }
          });
        }
        if (sent[0] == total) {
          vertx.cancelTimer(timer);
        }
      });
      giveUpAfter(settle.plus(duration).plus(GRACE), done, () -> tally.result(total - answered[0]));
    });
    return done.get();
  }

  /**
   * Ends a phase whose answers are overdue (a server far behind an open loop would otherwise keep the
   * run going for minutes): whatever is still unanswered counts as failed, status -1.
   */
  private void giveUpAfter(Duration limit, CompletableFuture<Result> done, Supplier<Result> now) {
    long timer = vertx.setTimer(limit.toMillis(), t -> done.complete(now.get()));
    done.whenComplete((result, failure) -> vertx.cancelTimer(timer));
  }

  /** One report; answers its HTTP status (the body is read in full, and kept only for a failure). */
  private Future<Answer> send() {
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


  private record Answer(int status, String body) {}

  /** Counts on the one event loop, so plain fields suffice. */
  private static final class Tally {
    private final double seconds;
    private final Latencies latencies = new Latencies();
    private final Map<Integer, Long> failures = new TreeMap<>();
    private final StringBuilder timeline = new StringBuilder("scheduled_ms,latency_ms,status\n");
    private final Map<Integer, Latencies> bySecond = new TreeMap<>();
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

    /** One answer of an open loop, for a CSV that shows when the slow ones came (a pause, or spread out). */
    void timeline(long scheduledNanos, long latencyNanos, AsyncResult<Answer> answer) {
      timeline.append(String.format(java.util.Locale.ROOT, "%.1f,%.2f,%d%n", scheduledNanos / 1e6, latencyNanos / 1e6,
          answer.succeeded() ? answer.result().status() : -1));
      bySecond.computeIfAbsent((int) (scheduledNanos / 1_000_000_000L), second -> new Latencies()).add(latencyNanos);
    }

    /** The tally so far, with {@code unanswered} reports counted as failed (status -1). */
    Result result(long unanswered) {
      Map<Integer, Long> all = new TreeMap<>(failures);
      if (unanswered > 0) {
        all.merge(-1, unanswered, Long::sum);
      }
      return new Result(created, all, firstFailure == null && unanswered > 0
          ? unanswered + " not answered within " + GRACE.toSeconds() + " s after the phase" : firstFailure,
          seconds, latencies.copy(), timeline.toString(),
          bySecond.values().stream().map(l -> l.percentileMillis(99)).toList());
    }
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
