package io.chorus.server.console;

import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.Api.Reply;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The console as a browser runs it, over plain HTTP: it keeps the session cookie it was given (as the
 * browser's cookie jar would) and the anti-forgery token from the JSON, and marks its requests the way
 * Chromium marks a page's own fetches ({@code Sec-Fetch-Site: same-origin} and its {@code Origin}).
 * Tests take away or change any of those to play an attacker.
 */
public final class ConsoleClient {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  String cookie;
  String csrf;
  /** The last Set-Cookie header the server sent, whole. */
  String lastSetCookie;

  public ConsoleClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Signs in through the console's endpoint with the demo password; keeps cookie and CSRF token on success. */
  public Reply signIn(String email) {
    Reply r = send("POST", "/api/console/sign-in",
        new JsonObject().put("email", email).put("password", DemoCompany.PASSWORD).encode(), ownPage());
    if (r.status() == 200) {
      csrf = r.json().getString("csrfToken");
    }
    return r;
  }

  /** A GET as the console makes it (cookie only: reads need no anti-forgery token). */
  public Reply get(String path) {
    return send("GET", path, null, withCookie(new ArrayList<>()));
  }

  /** A change as the console makes it: cookie, anti-forgery token, and the marks of its own page. */
  public Reply change(String method, String path, String json) {
    List<String> headers = withCookie(ownPage());
    if (csrf != null) {
      headers.addAll(List.of("X-CSRF-Token", csrf));
    }
    return send(method, path, json, headers);
  }

  /** A change with exactly these extra headers besides the cookie (no CSRF token unless given). */
  public Reply changeWith(String method, String path, String json, String... headers) {
    List<String> all = withCookie(new ArrayList<>(List.of(headers)));
    return send(method, path, json, all);
  }

  /** A file upload as the console sends it (cookie, anti-forgery token, its page's marks), with its own type. */
  public Reply upload(String path, byte[] body, String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
    List<String> headers = withCookie(ownPage());
    if (csrf != null) {
      headers.addAll(List.of("X-CSRF-Token", csrf));
    }
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      b.header(headers.get(i), headers.get(i + 1));
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      String type = r.headers().firstValue("Content-Type").orElse("");
      JsonObject json = type.startsWith("application/json") ? new JsonObject(r.body()) : null;
      return new Reply(r.statusCode(), json, r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public List<String> ownPage() {
    return new ArrayList<>(List.of("Sec-Fetch-Site", "same-origin", "Origin", baseUrl));
  }

  private List<String> withCookie(List<String> headers) {
    if (cookie != null) {
      headers.addAll(List.of("Cookie", cookie));
    }
    return headers;
  }

  public Reply send(String method, String path, String json, List<String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      b.header(headers.get(i), headers.get(i + 1));
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      r.headers().firstValue("Set-Cookie").ifPresent(set -> {
        lastSetCookie = set;
        String pair = set.split(";", 2)[0];
        cookie = pair.endsWith("=") ? null : pair;
      });
      String type = r.headers().firstValue("Content-Type").orElse("");
      JsonObject body = type.startsWith("application/json") ? new JsonObject(r.body()) : null;
      return new Reply(r.statusCode(), body, r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
