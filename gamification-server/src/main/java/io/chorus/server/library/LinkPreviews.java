package io.chorus.server.library;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.LinkPreview;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.codec.BodyCodec;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;

/**
 * "Fill from a link": reads a public page's title, description and picture with Vert.x's web client.
 * Bounded in every way a page could hold the server up: each address (and each of at most
 * {@link #MAX_REDIRECTS} redirects) is checked by {@link LinkTargets} and connected to by the checked
 * address; the whole read has a deadline; at most {@link #MAX_BYTES} are read (the connection is dropped
 * there: such a page is refused); only HTML is parsed, off the event loop.
 */
public final class LinkPreviews {
  static final int MAX_REDIRECTS = 3;
  static final int MAX_BYTES = 1024 * 1024;

  private final Vertx vertx;
  private final LinkTargets targets;
  private final WebClientOptions options;
  private final Duration deadline;

  public LinkPreviews(Vertx vertx, boolean allowLoopback) {
    this(vertx, allowLoopback, Duration.ofSeconds(5));
  }

  LinkPreviews(Vertx vertx, boolean allowLoopback, Duration deadline) {
    this.vertx = vertx;
    this.targets = new LinkTargets(vertx, allowLoopback);
    this.deadline = deadline;
    this.options = new WebClientOptions()
        .setFollowRedirects(false)
        .setKeepAlive(false)
        .setVerifyHost(true)
        .setForceSni(true)
        .setConnectTimeout((int) Math.min(deadline.toMillis(), 3000))
        .setUserAgent("Chorus link preview")
        .setDecompressionSupported(true);
  }

  /** The page's preview, or a failed future with an {@link ApiException} naming the field "url". */
  public Future<LinkPreview> preview(String url) {
    long ends = System.nanoTime() + deadline.toNanos();
    try {
      return fetch(targets.parse(url), 0, ends);
    } catch (ApiException e) {
      return Future.failedFuture(e);
    }
  }

  private Future<LinkPreview> fetch(LinkTargets.Target target, int redirects, long ends) {
    return targets.check(target).compose(address -> get(target, address, ends)).compose(page -> {
      HttpResponse<Void> response = page.response();
      int status = response.statusCode();
      String location = response.getHeader("Location");
      if (status >= 300 && status < 400 && location != null) {
        if (redirects == MAX_REDIRECTS) {
          return Future.failedFuture(unreadable("The page redirects more than " + MAX_REDIRECTS + " times."));
        }
        LinkTargets.Target next;
        try {
          next = targets.parse(target.uri().resolve(location.trim()).toString());
        } catch (IllegalArgumentException | ApiException e) {
          return Future.failedFuture(LinkTargets.refused("The page redirects to an address Chorus does not read."));
        }
        return fetch(next, redirects + 1, ends);
      }
      if (status < 200 || status >= 300) {
        return Future.failedFuture(unreadable("The page answered " + status + "."));
      }
      String type = response.getHeader("Content-Type");
      if (type != null && !(type.startsWith("text/html") || type.startsWith("application/xhtml"))) {
        return Future.failedFuture(unreadable("The address is not a web page (" + type.split(";")[0].trim() + ")."));
      }
      if (page.body().length() == 0) {
        return Future.failedFuture(unreadable("The page was empty."));
      }
      URI uri = target.uri();
      String charset = charset(type);
      return vertx.executeBlocking(() -> PageMeta.read(page.body().getBytes(), charset, uri), false);
    });
  }

  private record Page(HttpResponse<Void> response, Buffer body) {}

  private Future<Page> get(LinkTargets.Target target, InetAddress address, long ends) {
    long left = Math.max(1, (ends - System.nanoTime()) / 1_000_000);
    CappedBody body = new CappedBody(MAX_BYTES);
    // The deadline holds for the whole read, however slowly a page sends: past it, the next chunk fails
    // the read (and the timer fails a read that gets no chunk at all).
    long timer = vertx.setTimer(left, id -> body.expire());
    // A client per read (one connection: no keep-alive), so a refused read can drop its connection at once.
    HttpClientAgent http = vertx.httpClientBuilder().with(options).withConnectHandler(body::connected).build();
    return WebClient.wrap(http, options)
        .request(HttpMethod.GET, SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()),
            target.port(), target.host(), target.pathAndQuery())
        .ssl(target.https())
        .timeout(left)
        .putHeader("Accept", "text/html,application/xhtml+xml")
        .as(BodyCodec.pipe(body))
        .send()
        .map(response -> new Page(response, body.bytes()))
        .recover(e -> Future.failedFuture(body.wasCut()
            ? unreadable("The page is larger than 1 MB: Chorus stops reading there.")
            : body.expired() || isTimeout(e)
                ? unreadable("The page did not answer within " + deadline.toSeconds() + " seconds.")
                : unreadable("The page could not be read (" + e.getMessage() + ").")))
        .onComplete(r -> {
          vertx.cancelTimer(timer);
          http.close();
        });
  }

  private static boolean isTimeout(Throwable e) {
    String name = e.getClass().getSimpleName();
    return name.contains("Timeout") || (e.getMessage() != null && e.getMessage().toLowerCase().contains("timeout"));
  }

  private static String charset(String type) {
    if (type == null) {
      return null;
    }
    int at = type.toLowerCase().indexOf("charset=");
    return at < 0 ? null : type.substring(at + "charset=".length()).replace("\"", "").split(";")[0].trim();
  }

  static ApiException unreadable(String message) {
    return new ApiException(ErrorCode.LINK_UNREADABLE, message, "url");
  }
}
