package io.chorus.bench.stream;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Many live streams held open by one Vert.x client (a few event loops, no thread per stream), each
 * stamping the arrival time of every {@code event: share} frame it reads: the k-th share frame of a
 * stream lands in its slot k. The time is taken when the frame's event line arrives, on the client's
 * event loop, with the same clock the bench uses to stamp what it sends.
 */
final class SseClients implements AutoCloseable {
  private static final int CONNECT_AT_ONCE = 200;

  private final Vertx vertx = Vertx.vertx();
  private final HttpClient client;
  private final List<Stream> streams = new ArrayList<>();
  private final int slots;

  private static final class Stream {
    final long[] arrivals;
    final StringBuilder line = new StringBuilder();
    int shares;
    /** Bytes read so far (UTF-8, as they came off the socket), for what each share costs a stream. */
    long bytes;
    volatile boolean closed;

    Stream(int slots) {
      arrivals = new long[slots];
    }

    void feed(Buffer chunk) {
      long now = System.nanoTime();
      bytes += chunk.length();
      String text = chunk.toString();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          if (line.length() == 12 && line.toString().equals("event: share")) {
            if (shares < arrivals.length) {
              arrivals[shares] = now;
            }
            shares++;
          }
          line.setLength(0);
        } else if (line.length() < 64) {
          line.append(c);
        }
      }
    }

    synchronized int shares() {
      return shares;
    }
  }

  SseClients(int clients, int slots) {
    this.slots = slots;
    this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(20_000).setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(clients + 16));
  }

  /** Opens {@code count} streams, {@value #CONNECT_AT_ONCE} at a time; each must answer 200. */
  void connect(int port, String path, String authorization, int count) throws Exception {
    for (int opened = 0; opened < count; opened += CONNECT_AT_ONCE) {
      List<Future<Void>> batch = new ArrayList<>();
      for (int i = opened; i < Math.min(count, opened + CONNECT_AT_ONCE); i++) {
        Stream stream = new Stream(slots);
        synchronized (streams) {
          streams.add(stream);
        }
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port)
            .setURI(path).putHeader("Accept", "text/event-stream");
        if (authorization != null) {
          request.putHeader("Authorization", authorization);
        }
        batch.add(client.request(request).compose(r -> r.send()).compose(response -> {
          if (response.statusCode() != 200) {
            return Future.failedFuture("stream answered " + response.statusCode());
          }
          response.handler(chunk -> {
            synchronized (stream) {
              stream.feed(chunk);
            }
          });
          response.endHandler(v -> stream.closed = true);
          response.exceptionHandler(e -> stream.closed = true);
          return Future.<Void>succeededFuture();
        }));
      }
      Future.all(batch).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
  }

  int size() {
    return streams.size();
  }

  /** Waits until every open stream has read at least {@code shares} share frames; false at the deadline. */
  boolean awaitShares(int shares, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (System.nanoTime() < deadline) {
      if (lagging(shares) == 0) {
        return true;
      }
      TimeUnit.MILLISECONDS.sleep(5);
    }
    return false;
  }

  /** Streams that have not yet read {@code shares} share frames (closed ones count as lagging). */
  int lagging(int shares) {
    int behind = 0;
    synchronized (streams) {
      for (Stream s : streams) {
        if (s.closed || s.shares() < shares) {
          behind++;
        }
      }
    }
    return behind;
  }

  /** Bytes every stream has read so far, summed. */
  long bytesRead() {
    long sum = 0;
    synchronized (streams) {
      for (Stream s : streams) {
        synchronized (s) {
          sum += s.bytes;
        }
      }
    }
    return sum;
  }

  /** Adds, for every stream that got share frame {@code slot}, its arrival minus {@code sentNanos}. */
  void collect(int slot, long sentNanos, Latencies into) {
    synchronized (streams) {
      for (Stream s : streams) {
        long at;
        synchronized (s) {
          at = slot < s.shares ? s.arrivals[slot] : 0;
        }
        if (at != 0) {
          into.add(Math.max(0, at - sentNanos));
        }
      }
    }
  }

  @Override
  public void close() {
    try {
      client.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.out.println("  (closing the clients: " + e + ")");
    }
  }
}
