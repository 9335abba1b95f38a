package io.chorus.server.support;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** A plain HTTP client for the node under test, speaking to it exactly as the extension and screen do. */
public final class Api {
  private final HttpClient http;
  private final String baseUrl;

  public Api(String baseUrl) {
    this(baseUrl, HttpClient.Version.HTTP_2);
  }

  private Api(String baseUrl, HttpClient.Version version) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * A client that opens one HTTP/1.1 connection per request in flight, as a crowd of browsers (or an
   * attacker's script) does; the default one may multiplex everything on one HTTP/2 connection.
   */
  public static Api http1(String baseUrl) {
    return new Api(baseUrl, HttpClient.Version.HTTP_1_1);
  }

  /** An answer: status, JSON body (null when the body is not JSON), headers, raw text. */
  public record Reply(int status, JsonObject json, HttpHeaders headers, String text) {
    /** The stable error code of an error answer. */
    public String errorCode() {
      return json == null || json.getJsonObject("error") == null ? null : json.getJsonObject("error").getString("code");
    }
  }

  public Reply get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  public Reply postJson(String path, String token, String body, String... headers) {
    return send(postRequest(path, token, body, "application/json", headers));
  }

  public Reply putJson(String path, String token, String body) {
    return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").build());
  }

  /** A JSON POST of exact bytes, for bodies no Java string encodes (invalid UTF-8, say). */
  public Reply postBytes(String path, String token, byte[] body, String... headers) {
    HttpRequest.Builder b = request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Content-Type", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  public Reply post(String path, String token, String body, String contentType, String... headers) {
    return send(postRequest(path, token, body, contentType, headers));
  }

  /** A share report as the extension's worker sends it. */
  public Reply report(String token, String key, JsonObject body) {
    return postJson("/api/shares", token, body.encode(), "Idempotency-Key", key);
  }

  public CompletableFuture<Reply> reportAsync(String token, String key, JsonObject body) {
    HttpRequest r = postRequest("/api/shares", token, body.encode(), "application/json", "Idempotency-Key", key);
    return http.sendAsync(r, HttpResponse.BodyHandlers.ofString()).thenApply(Api::reply);
  }

  public static String newKey() {
    return UUID.randomUUID().toString();
  }

  private HttpRequest postRequest(String path, String token, String body, String contentType, String... headers) {
    HttpRequest.Builder b = request(path, token).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Reply send(HttpRequest request) {
    try {
      return reply(http.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Reply reply(HttpResponse<String> r) {
    JsonObject json = null;
    String type = r.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/json")) {
      json = new JsonObject(r.body());
    }
    return new Reply(r.statusCode(), json, r.headers(), r.body());
  }
}
