package io.chorus.bench.stream;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline: the least a Vert.x server can do to fan an event out over SSE. As many instances of
 * this verticle as the Chorus server under test has HTTP verticles ({@code CHORUS_HTTP_LOOPS}; the bench
 * passes the same number, by default one per core as Chorus's default), each on its own event loop and
 * all on one port, so connections spread over the loops as they do in Chorus. Each instance keeps its
 * open responses in a list; {@code POST /publish} writes its body as one {@code event: share} frame to
 * the receiving instance's streams at once and hands the frame to the other instances (a local event-bus
 * publish, as Chorus tells its streams of a change), which write it to theirs; then it answers. No
 * authentication, no board, no coalescing: what is left is the cost of the writes themselves.
 * Run by the bench in a JVM of its own: {@code BareBroadcaster <port> [instances]}.
 */
public final class BareBroadcaster extends VerticleBase {
  private static final String FRAMES = "bare.frames";
  private static final String FROM = "from";
  private static final AtomicLong NEXT_ID = new AtomicLong();

  private final int port;
  private final int instances;
  private final String self = UUID.randomUUID().toString();
  private final List<HttpServerResponse> streams = new ArrayList<>();

  private BareBroadcaster(int port, int instances) {
    this.port = port;
    this.instances = instances;
  }

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    int instances = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    Vertx.vertx().deployVerticle(() -> new BareBroadcaster(port, instances),
            new DeploymentOptions().setInstances(instances))
        .onSuccess(id -> System.out.println("Bare broadcaster listening on 127.0.0.1:" + port + " with " + instances
            + " instance(s)"))
        .onFailure(e -> {
          e.printStackTrace();
          System.exit(1);
        });
  }

  @Override
  public Future<?> start() {
    MessageConsumer<Buffer> others = vertx.eventBus().localConsumer(FRAMES, msg -> {
      if (!self.equals(msg.headers().get(FROM))) {
        writeAll(msg.body());
      }
    });
    return others.completion().compose(v -> vertx.createHttpServer().requestHandler(request -> {
      switch (request.path()) {
        case "/stream" -> {
          HttpServerResponse response = request.response().setChunked(true)
              .putHeader("Content-Type", "text/event-stream; charset=utf-8")
              .putHeader("Cache-Control", "no-cache");
          response.write("retry: 2000\n\n");
          streams.add(response);
          response.closeHandler(closed -> streams.remove(response));
        }
        case "/publish" -> request.body().onSuccess(body -> {
          Buffer frame = Buffer.buffer("id: " + NEXT_ID.incrementAndGet() + "\nevent: share\ndata: " + body + "\n\n");
          if (instances > 1) {
            vertx.eventBus().publish(FRAMES, frame, new DeliveryOptions().setLocalOnly(true).addHeader(FROM, self));
          }
          writeAll(frame);
          request.response().end(String.valueOf(streams.size()));
        });
        case "/health" -> request.response().end("ok");
        default -> request.response().setStatusCode(404).end();
      }
    }).listen(port, "127.0.0.1"));
  }

  private void writeAll(Buffer frame) {
    for (HttpServerResponse s : streams) {
      if (!s.writeQueueFull()) {
        s.write(frame);
      }
    }
  }
}
