package io.chorus.server;

import io.chorus.server.auth.AuthRoutes;
import io.chorus.server.content.ContentRoutes;
import io.chorus.server.digest.DigestRoutes;
import io.chorus.server.http.ApiFailureHandler;
import io.chorus.server.http.InvalidRequests;
import io.chorus.server.http.Responses;
import io.chorus.server.http.WebPolicy;
import io.chorus.server.leaderboard.LeaderboardRoutes;
import io.chorus.server.leaderboard.LeaderboardStream;
import io.chorus.server.links.LinkRoutes;
import io.chorus.server.points.RulesRoutes;
import io.chorus.server.recognition.KudosRoutes;
import io.chorus.server.recognition.KudosService;
import io.chorus.server.recognition.SpotlightRoutes;
import io.chorus.server.screen.ScreenRoutes;
import io.chorus.server.shares.ShareRoutes;
import io.chorus.server.voids.VoidRoutes;
import io.chorus.server.voids.VoidService;
import io.chorus.shared.wire.ApiPaths;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.Supplier;

/** One HTTP server: the route table of every feature, the web policy, and the JSON failure handler. */
public final class HttpVerticle extends VerticleBase {
  private final Services services;
  private final List<String> allowedOrigins;
  private final Buffer screenPage;
  private LeaderboardStream stream;
  private HttpServer server;

  public HttpVerticle(Services services, List<String> allowedOrigins, Buffer screenPage) {
    this.services = services;
    this.allowedOrigins = allowedOrigins;
    this.screenPage = screenPage;
  }

  @Override
  public Future<?> start() {
    stream = new LeaderboardStream(vertx, services.leaderboard(), services.screenStates());
    Router router = Router.router(vertx);
    router.route().handler(WebPolicy.commonHeaders());
    router.route("/api/*").handler(WebPolicy.cors(allowedOrigins)).handler(WebPolicy.body());
    router.get(ApiPaths.HEALTH).handler(this::health);

    new AuthRoutes(services.people(), services.passwords(), services.tokens(), services.signInLimits(),
        services.addresses(), services.auth()).mount(router);
    Supplier<String> publicUrl = () -> services.config().publicUrl(port());
    new ContentRoutes(services.content(), services.auth(), publicUrl).mount(router);
    new ShareRoutes(services.shares(), services.auth(), publicUrl).mount(router);
    new RulesRoutes(services.pool(), services.auth()).mount(router);
    new LinkRoutes(services.links(), services.visitors(), services.addresses(), services.leaderboard(), publicUrl)
        .mount(router);
    new KudosRoutes(new KudosService(services.pool(), services.leaderboard()), services.auth()).mount(router);
    new SpotlightRoutes(services.pool(), services.leaderboard(), services.auth()).mount(router);
    new VoidRoutes(new VoidService(services.pool(), services.leaderboard()), services.auth()).mount(router);
    new LeaderboardRoutes(services.leaderboard(), stream, services.people(), services.auth(),
        services.pool(), services.clock()).mount(router);
    new ScreenRoutes(screenPage, services.screens(), services.tokens(), services.auth(), services.screenStates(),
        publicUrl).mount(router);
    new DigestRoutes(services.digests(), services.auth(), publicUrl).mount(router);
    router.get("/").handler(ctx -> ctx.redirect(ApiPaths.SCREEN_PAGE));

    ApiFailureHandler failures = new ApiFailureHandler();
    router.route().failureHandler(failures);
    // Requests no route accepted (unknown path, method or content type) get the same JSON errors.
    for (int status : new int[] {400, 404, 405, 406, 413, 415}) {
      router.errorHandler(status, failures);
    }

    HttpServerOptions options = new HttpServerOptions()
        .setHost(services.config().httpHost())
        // No compression: a gzip stream may hold back small SSE frames the screens wait for.
        .setCompressionSupported(false);
    return stream.start()
        .compose(v -> vertx.createHttpServer(options).requestHandler(router)
            // Too long an address or headers, or broken HTTP: the same JSON errors as the API's.
            .invalidRequestHandler(InvalidRequests::answer)
            .listen(services.config().httpPort()))
        .onSuccess(s -> server = s);
  }

  @Override
  public Future<?> stop() {
    return stream.stop().compose(v -> server == null ? Future.succeededFuture() : server.close());
  }

  /** The port actually bound (useful when configured as 0). */
  public int port() {
    return server.actualPort();
  }

  private void health(RoutingContext ctx) {
    services.pool().query("SELECT 1").execute()
        .compose(rows -> Responses.ok(ctx, new JsonObject().put("status", "ready")))
        .recover(e -> Responses.json(ctx, 503, new JsonObject().put("status", "database unavailable")));
  }
}
