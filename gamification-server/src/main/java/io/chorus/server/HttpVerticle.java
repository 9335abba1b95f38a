package io.chorus.server;

import io.chorus.server.http.ApiFailureHandler;
import io.chorus.server.http.InvalidRequests;
import io.chorus.server.http.WebPolicy;
import io.chorus.server.leaderboard.LeaderboardStream;
import io.chorus.server.ops.Health;
import io.chorus.server.ops.NodeMetrics;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP server: the web policy, the guarded liaison router, every feature's routes ({@link Features}),
 * and the JSON failure handler. A node runs several, one per event loop, on one port ({@link HttpLoops});
 * what one holds of its own (its router, its live streams) is touched on its loop only.
 */
public final class HttpVerticle extends VerticleBase {
  static final int SEND_BUFFER_BYTES = 128 * 1024;
  /** How long a stopping node waits for requests in flight (a whole stop must stay under 2 s). */
  static final long STOP_GRACE_MS = 1_000;

  private final Services services;
  private final List<String> allowedOrigins;
  private final Mounts.PageShells pages;
  private final Health health;
  private final NodeMetrics metrics;
  /** The configured port, or a negative one that every instance of this node shares (see HttpLoops). */
  private final int listenOn;
  private volatile LeaderboardStream stream;
  private volatile HttpServer server;
  /** The event-loop thread this instance runs on (for the node's per-loop figures). */
  private volatile String loopThread;

  public HttpVerticle(Services services, List<String> allowedOrigins, Mounts.PageShells pages, Health health,
      NodeMetrics metrics, int listenOn) {
    this.services = services;
    this.allowedOrigins = allowedOrigins;
    this.pages = pages;
    this.health = health;
    this.metrics = metrics;
    this.listenOn = listenOn;
  }

  @Override
  public Future<?> start() {
    loopThread = Thread.currentThread().getName();
    stream = new LeaderboardStream(vertx, services.leaderboard(), services.screenStates());
    Router router = Router.router(vertx);
    router.route().handler(WebPolicy.commonHeaders());
    // A change riding on the console's cookie from another site's page stops here, whatever CORS says.
    router.route("/api/*").handler(services.consoleSessions().crossSiteGuard(allowedOrigins));
    router.route("/api/*").handler(WebPolicy.cors(allowedOrigins)).handler(WebPolicy.body());
    health.mount(router);
    router.post(ApiPaths.SHARES).handler(this::countShare);

    // Everything under /api/liaison is for liaisons only, checked once here.
    Router liaison = Router.router(vertx);
    liaison.route().handler(services.auth().require(Role.LIAISON));
    router.route(ApiPaths.LIAISON + "/*").subRouter(liaison);

    Mounts mounts = new Mounts(router, liaison, () -> services.config().publicUrl(port()), stream, pages);
    for (Feature feature : Features.ALL) {
      feature.mount(services, mounts);
    }
    router.get("/").handler(ctx -> ctx.redirect(ApiPaths.SCREEN_PAGE));

    ApiFailureHandler failures = new ApiFailureHandler();
    router.route().failureHandler(failures);
    // Requests no route accepted (unknown path, method or content type) get the same JSON errors.
    for (int status : new int[] {400, 404, 405, 406, 413, 415}) {
      router.errorHandler(status, failures);
    }

    HttpServerOptions options = new HttpServerOptions()
        // Host and port both from the options: listen(port) would bind every interface instead.
        .setHost(services.config().httpHost())
        .setPort(listenOn)
        // No compression: a gzip stream may hold back small SSE frames the screens wait for.
        .setCompressionSupported(false)
        // No WebSockets are served: without their compression extensions Vert.x leaves the WebSocket
        // extension handler out of every connection's pipeline, which each stream write passed through.
        .setPerFrameWebSocketCompressionSupported(false)
        .setPerMessageWebSocketCompressionSupported(false)
        // A fixed send buffer instead of the kernel's autotuning (up to 4 MB a connection): a screen that
        // stops reading then fills it and its write queue soon, and is dropped, instead of the kernel
        // holding megabytes for each of thousands of streams. It is the live streams that need it, but it
        // applies to every connection: a connection becomes a stream only after its request is routed,
        // and Vert.x 5 has no public way to set a socket option on an accepted HTTP connection (only an
        // impl cast to its Netty channel). The cost elsewhere is small: the largest answers (the
        // console's scripts, about 220 KB) need one more round trip on a slow link, and everything else
        // is a few KB.
        .setSendBufferSize(SEND_BUFFER_BYTES);
    return stream.start()
        .compose(v -> vertx.createHttpServer(options).requestHandler(router)
            // Too long an address or headers, or broken HTTP: the same JSON errors as the API's.
            .invalidRequestHandler(InvalidRequests::answer)
            .listen())
        .recover(e -> Future.failedFuture(ListenFailure.explain(e, services.config())))
        .onSuccess(s -> server = s);
  }

  /**
   * Stops accepting at once and lets the requests in flight finish (at most {@link #STOP_GRACE_MS});
   * live streams would hold the server open for good, so they end now, each with a retry hint.
   */
  @Override
  public Future<?> stop() {
    if (server == null) {
      return stream.stop();
    }
    Future<Void> drained = server.shutdown(STOP_GRACE_MS, TimeUnit.MILLISECONDS);
    return Future.join(drained, stream.stop());
  }

  /** The port actually bound (useful when configured as 0). */
  public int port() {
    return server.actualPort();
  }

  /** Live streams open on this server now (read from any thread: a gauge). */
  public int connectedScreens() {
    return stream == null ? 0 : stream.connected();
  }

  /** The event-loop thread this instance serves on. */
  String loopThread() {
    return loopThread;
  }

  /** Counts a share this node recorded (201, not a replay) for the shares-per-second metric. */
  private void countShare(RoutingContext ctx) {
    ctx.addHeadersEndHandler(v -> {
      if (ctx.response().getStatusCode() == 201 && ctx.response().headers().get(ApiPaths.REPLAYED_HEADER) == null) {
        metrics.shareAccepted();
      }
    });
    ctx.next();
  }
}
