package io.chorus.server.digest;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/**
 * Posts a digest to a Slack-compatible incoming webhook. The address is checked again right before the
 * post ({@link WebhookTargets}): the name is resolved here, every address it has must be public, and the
 * connection goes to the address that was checked (TLS still verifies the name), so a name re-pointed
 * at a private address after it was saved reaches nothing. No redirects are followed. Each post carries
 * an {@code Idempotency-Key}: the same on every attempt of one week's message.
 */
final class WebhookSender {
  static final int CONNECT_TIMEOUT_MS = 10_000;
  static final int IDLE_TIMEOUT_MS = 15_000;
  /** The longest a post may take from start to answer. */
  static final Duration DEADLINE = Duration.ofSeconds(30);

  /** How a post ended. */
  record Outcome(Kind kind, int status, String detail, Duration retryAfter) {
    enum Kind { SENT, RETRY, FAILED }

    static Outcome sent(int status) {
      return new Outcome(Kind.SENT, status, "HTTP " + status, Duration.ZERO);
    }

    static Outcome retry(int status, String detail, Duration retryAfter) {
      return new Outcome(Kind.RETRY, status, detail, retryAfter);
    }

    static Outcome failed(int status, String detail) {
      return new Outcome(Kind.FAILED, status, detail, Duration.ZERO);
    }
  }

  private final Vertx vertx;
  private final HttpClient http;
  private final boolean allowLoopback;

  WebhookSender(Vertx vertx, boolean allowLoopback) {
    this.vertx = vertx;
    this.allowLoopback = allowLoopback;
    this.http = vertx.createHttpClient(new HttpClientOptions()
        .setKeepAlive(false)
        .setVerifyHost(true)
        .setForceSni(true)
        .setConnectTimeout(CONNECT_TIMEOUT_MS)
        .setIdleTimeout(IDLE_TIMEOUT_MS / 1000));
  }

  /** Posts {@code body}; never fails: every end is an {@link Outcome}. */
  Future<Outcome> post(String url, JsonObject body, String idempotencyKey) {
    WebhookTargets.Target target;
    try {
      target = WebhookTargets.parse(url, allowLoopback);
    } catch (WebhookTargets.Refused e) {
      return Future.succeededFuture(Outcome.failed(0, e.getMessage()));
    }
    return resolve(target)
        .compose(addresses -> {
          InetAddress address;
          try {
            address = WebhookTargets.choose(target, addresses, allowLoopback);
          } catch (WebhookTargets.Refused e) {
            return Future.succeededFuture(Outcome.failed(0, e.getMessage()));
          }
          return send(target, address, body, idempotencyKey);
        }, failure -> Future.succeededFuture(failure instanceof UnknownHostException
            ? Outcome.retry(0, "The webhook's host '" + target.host() + "' was not found.", Duration.ZERO)
            : Outcome.retry(0, "The webhook's host could not be looked up: " + failure.getMessage(), Duration.ZERO)));
  }

  private Future<List<InetAddress>> resolve(WebhookTargets.Target target) {
    if (target.literal() != null) {
      return Future.succeededFuture(List.of(target.literal()));
    }
    if (target.host().equals("localhost") || target.host().endsWith(".localhost")) {
      return Future.succeededFuture(List.of(InetAddress.getLoopbackAddress()));
    }
    // The JDK's resolver blocks: off the event loop.
    return vertx.executeBlocking(() -> List.of(InetAddress.getAllByName(target.host())), false);
  }

  private Future<Outcome> send(WebhookTargets.Target target, InetAddress address, JsonObject body, String key) {
    RequestOptions options = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setAbsoluteURI(target.uri().toString())
        .setServer(SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()))
        .setFollowRedirects(false)
        .setConnectTimeout(CONNECT_TIMEOUT_MS)
        .setIdleTimeout(IDLE_TIMEOUT_MS)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("User-Agent", "Chorus digest")
        .putHeader("Idempotency-Key", key);
    Future<Outcome> attempt = http.request(options)
        .compose(request -> {
          long deadline = vertx.setTimer(DEADLINE.toMillis(), id -> request.reset());
          return request.send(body.toBuffer())
              .compose(response -> {
                // The answer's body is not needed (Slack says "ok"): drain it without keeping it.
                response.handler(chunk -> { });
                return response.end().map(v -> judge(response.statusCode(), response.getHeader("Retry-After")));
              })
              .onComplete(r -> vertx.cancelTimer(deadline));
        });
    return attempt.recover(e -> Future.succeededFuture(
        Outcome.retry(0, "The webhook could not be reached: " + describe(e), Duration.ZERO)));
  }

  /** 2xx sent; 408, 425, 429 and 5xx retried (after Retry-After when given); any other answer is final. */
  static Outcome judge(int status, String retryAfter) {
    if (status >= 200 && status < 300) {
      return Outcome.sent(status);
    }
    if (status == 408 || status == 425 || status == 429 || status >= 500) {
      return Outcome.retry(status, "The webhook answered " + status + "; it is tried again later.",
          retryAfter(retryAfter));
    }
    return Outcome.failed(status, "The webhook answered " + status + (status >= 300 && status < 400
        ? " (a redirect; give the webhook's final address)" : "; check its address") + ".");
  }

  private static Duration retryAfter(String header) {
    if (header == null) {
      return Duration.ZERO;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return Duration.ofSeconds(Math.max(0, Math.min(seconds, 3600)));
    } catch (NumberFormatException e) {
      return Duration.ZERO; // an HTTP date: the backoff decides
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  Future<Void> close() {
    return http.close();
  }
}
