package io.chorus.bench.stream;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the least a Vert.x server can do to fan an event out over SSE. One verticle (so one
 * event loop writes every stream, as in Chorus's one HTTP verticle) keeps the open responses in a list;
 * {@code POST /publish} writes its body as one {@code event: share} frame to each of them, then answers.
 * No authentication, no board, no coalescing: what is left is the cost of the writes themselves.
 * Run by the bench in a JVM of its own: {@code BareBroadcaster <port>}.
 */
public final class BareBroadcaster extends VerticleBase {
  private final int port;
  private final List<HttpServerResponse> streams = new ArrayList<>();
  private long nextId;

  private BareBroadcaster(int port) {
    this.port = port;
  }

  public static void main(String[] args) {
    Vertx.vertx().deployVerticle(new BareBroadcaster(Integer.parseInt(args[0])))
        .onSuccess(id -> System.out.println("Bare broadcaster listening on 127.0.0.1:" + args[0]))
        .onFailure(e -> {
          e.printStackTrace();
          System.exit(1);
        });
  }

  @Override
  public Future<?> start() {
    return vertx.createHttpServer().requestHandler(request -> {
      switch (request.path()) {
        case "/stream" -> {
          HttpServerResponse response = request.response().setChunked(true)
              .putHeader("Content-Type", "text/event-stream; charset=utf-8")
              .putHeader("Cache-Control", "no-cache");
          response.write("retry: 2000\n\n");
          streams.add(response);
          response.closeHandler(v -> streams.remove(response));
        }
        case "/publish" -> request.body().onSuccess(body -> {
          Buffer frame = Buffer.buffer("id: " + (++nextId) + "\nevent: share\ndata: " + body + "\n\n");
          for (HttpServerResponse s : streams) {
            if (!s.writeQueueFull()) {
              s.write(frame);
            }
          }
          request.response().end(String.valueOf(streams.size()));
        });
        case "/health" -> request.response().end("ok");
        default -> request.response().setStatusCode(404).end();
      }
    }).listen(port, "127.0.0.1");
  }
}
