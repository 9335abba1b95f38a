package io.chorus.bench.extension;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SelfSignedCertificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The test fixtures of www.linkedin.com and x.com (gamification-server/src/test/resources/fixtures),
 * served over local HTTPS as the browser tests serve them: a file when the path names one, else the
 * site's index.html (both sites are single-page apps).
 */
final class FixtureServer implements AutoCloseable {
  private static final Map<String, String> SITES = Map.of("www.linkedin.com", "linkedin", "x.com", "x");
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

  private final Vertx vertx;
  private final HttpServer server;
  private final SelfSignedCertificate certificate;

  private FixtureServer(Vertx vertx, HttpServer server, SelfSignedCertificate certificate) {
    this.vertx = vertx;
    this.server = server;
    this.certificate = certificate;
  }

  static FixtureServer start(Path fixtures) throws Exception {
    if (!Files.isDirectory(fixtures.resolve("linkedin")) || !Files.isDirectory(fixtures.resolve("x"))) {
      throw new IllegalArgumentException("No fixtures in " + fixtures.toAbsolutePath()
          + ": run from the repository's root, or give --fixtures=<folder>");
    }
    Vertx vertx = Vertx.vertx();
    SelfSignedCertificate certificate = SelfSignedCertificate.create("www.linkedin.com");
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0)
        .setSsl(true).setKeyCertOptions(certificate.keyCertOptions()));
    server.requestHandler(req -> serve(fixtures, req));
    server.listen().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    return new FixtureServer(vertx, server, certificate);
  }

  private static void serve(Path fixtures, HttpServerRequest req) {
    String host = req.authority() == null ? "" : req.authority().host().toLowerCase();
    String site = SITES.get(host);
    String path = req.path();
    if (site == null || path.contains("..")) {
      req.response().setStatusCode(404).end();
      return;
    }
    Path file = fixtures.resolve(site).resolve(path.substring(1));
    if (path.endsWith("/") || !Files.isRegularFile(file)) {
      file = fixtures.resolve(site).resolve("index.html");
    }
    String name = file.getFileName().toString();
    req.response().putHeader("content-type", TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"))
        .putHeader("cache-control", "no-store")
        .sendFile(file.toString());
  }

  /** Chromium's --host-resolver-rules: the two sites here, nothing else anywhere. */
  String hostResolverRules() {
    int port = server.actualPort();
    return "MAP www.linkedin.com:443 127.0.0.1:" + port + ", MAP x.com:443 127.0.0.1:" + port
        + ", MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost";
  }

  @Override
  public void close() throws Exception {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } finally {
      certificate.delete();
    }
  }
}
