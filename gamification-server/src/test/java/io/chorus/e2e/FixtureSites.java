package io.chorus.e2e;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SelfSignedCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Local HTTPS stand-ins for www.linkedin.com and x.com / twitter.com, so that browser tests run the
 * extension's real manifest match patterns on pages shaped (and as hostile) as the real sites.
 *
 * <p>Chromium reaches it through {@link #hostResolverRules()}; the site is chosen by the {@code Host}
 * header. Both sites are single-page apps: a path naming a file under {@code fixtures/<site>/} on
 * the test classpath is served as that file, any other path (without a file extension) gets the
 * site's {@code index.html}. Vert.x, not the JDK's HttpServer: Chromium keeps idle pre-connected TLS
 * sockets open, which starve a single-threaded server.
 */
public final class FixtureSites implements AutoCloseable {

  /** The real host names served, and the fixture folder each one maps to. */
  public static final Map<String, String> SITE_BY_HOST =
      Map.of("www.linkedin.com", "linkedin", "x.com", "x", "twitter.com", "x");

  // Like both real sites: no inline script and no eval in the page's own world. Content scripts are
  // not bound by it, but anything an extension injects into the page is.
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";

  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "json", "application/json",
      "png", "image/png",
      "ico", "image/x-icon");

  private final Vertx vertx;
  private final HttpServer server;
  private final SelfSignedCertificate certificate;
  private final Map<String, Optional<Buffer>> cache = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();

  private FixtureSites(Vertx vertx, HttpServer server, SelfSignedCertificate certificate) {
    this.vertx = vertx;
    this.server = server;
    this.certificate = certificate;
  }

  /**
   * Starts the server on 127.0.0.1 on a free port, with a self-signed certificate made for this run
   * (Chromium runs with --ignore-certificate-errors; Netty's generator works on JDK 17).
   */
  public static FixtureSites start() {
    Vertx vertx = Vertx.vertx();
    SelfSignedCertificate certificate = SelfSignedCertificate.create("www.linkedin.com");
    try {
      HttpServerOptions options = new HttpServerOptions()
          .setHost("127.0.0.1")
          .setPort(0)
          .setSsl(true)
          .setKeyCertOptions(certificate.keyCertOptions());
      HttpServer server = vertx.createHttpServer(options);
      FixtureSites sites = new FixtureSites(vertx, server, certificate);
      server.requestHandler(sites::handle);
      server.listen().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
      return sites;
    } catch (Exception e) {
      vertx.close();
      certificate.delete();
      throw new IllegalStateException("fixture server did not start", e);
    }
  }

  public int port() {
    return server.actualPort();
  }

  /** The value for Chromium's {@code --host-resolver-rules}: the real hosts here, nothing else anywhere. */
  public String hostResolverRules() {
    List<String> rules = new ArrayList<>();
    for (String host : List.of("www.linkedin.com", "x.com", "twitter.com")) {
      rules.add("MAP " + host + ":443 127.0.0.1:" + port());
    }
    rules.add("MAP * ~NOTFOUND");
    rules.add("EXCLUDE 127.0.0.1");
    rules.add("EXCLUDE localhost");
    return String.join(", ", rules);
  }

  /** Every request seen so far, as {@code "host /path?query"}; for diagnostics and assertions. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpServerRequest req) {
    String host = req.authority() == null ? "" : req.authority().host().toLowerCase();
    requests.add(host + " " + req.uri());
    String site = SITE_BY_HOST.get(host);
    if (site == null) {
      req.response().setStatusCode(421).end("no fixture site for host " + host);
      return;
    }
    String path = req.path();
    if (path.contains("..") || path.contains("\\")) {
      req.response().setStatusCode(400).end();
      return;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    // A path ending in '/' is a route, never a file (a classpath folder would read as a listing).
    Optional<Buffer> file = path.endsWith("/") ? Optional.empty() : resource(site + path);
    String served = site + path;
    if (file.isEmpty()) {
      if (name.contains(".")) {
        req.response().setStatusCode(404).end();
        return;
      }
      served = site + "/index.html";
      file = resource(served);
    }
    String extension = served.substring(served.lastIndexOf('.') + 1);
    req.response()
        .putHeader("content-type", CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"))
        .putHeader("cache-control", "no-store")
        .putHeader("content-security-policy", CSP)
        .putHeader("x-content-type-options", "nosniff")
        .end(file.orElseThrow(() -> new IllegalStateException("missing fixture " + site + "/index.html")));
  }

  private Optional<Buffer> resource(String relative) {
    return cache.computeIfAbsent(relative, r -> {
      try (InputStream in = FixtureSites.class.getClassLoader().getResourceAsStream("fixtures/" + r)) {
        return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public void close() {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("fixture server did not stop", e);
    } finally {
      certificate.delete();
    }
  }
}
