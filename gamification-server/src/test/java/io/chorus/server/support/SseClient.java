package io.chorus.server.support;

import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.sse.SseParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a live stream the way the office screen does (a bearer token in a header, events parsed by the
 * shared SseParser) and lets a test wait for the event it expects.
 */
public final class SseClient implements AutoCloseable {
  private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private final HttpResponse<Stream<String>> response;
  private final Thread reader;

  public SseClient(String url, String token) throws Exception {
    this(url, token, null);
  }

  /** A reconnect, as EventSource and the office screen make it: the last event's id as Last-Event-ID. */
  public SseClient(String url, String token, String lastEventId) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      builder.header("Last-Event-ID", lastEventId);
    }
    HttpRequest request = builder.build();
    response = http.send(request, HttpResponse.BodyHandlers.ofLines());
    SseParser parser = new SseParser();
    reader = new Thread(() -> {
      try (Stream<String> lines = response.body()) {
        lines.forEach(line -> events.addAll(parser.feed(line + "\n")));
      } catch (RuntimeException closed) {
        // the stream ended or was closed by the test
      } finally {
        ended.countDown();
      }
    }, "sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  public int status() {
    return response.statusCode();
  }

  public String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  /** The next event that matches, waiting at most the given time; null when none came. */
  public SseEvent await(Predicate<SseEvent> wanted, long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      SseEvent e = events.poll(left, TimeUnit.NANOSECONDS);
      if (e != null && wanted.test(e)) {
        return e;
      }
    }
  }

  /** Whether the server ended the stream within the given time. */
  public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
    return ended.await(timeout, unit);
  }

  @Override
  public void close() {
    reader.interrupt();
    try {
      response.body().close();
    } catch (RuntimeException ignored) {
      // already closed
    }
  }
}
