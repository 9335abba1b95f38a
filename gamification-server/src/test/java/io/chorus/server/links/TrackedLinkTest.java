package io.chorus.server.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(VertxExtension.class)
@DisplayName("Tracked links: one per person, item and network; a click redirects, and counts once per human visitor")
class TrackedLinkTest {
  private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
      + "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
  private static TestNode node;
  private static Seed seed;
  private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "tracked_links");
    seed = new Seed(node);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** A visit to a tracked link, as a browser (or bot) with this User-Agent and maybe a cookie makes it. */
  private static HttpResponse<String> visit(String url, String userAgent, String cookie, String method) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.replace("localhost", "127.0.0.1")))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (userAgent != null) {
      b.header("User-Agent", userAgent);
    }
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> click(String url, String userAgent, String cookie) {
    return visit(url, userAgent, cookie, "GET");
  }

  /** The cookie a response set, as a browser would send it back. */
  private static String cookieSet(HttpResponse<String> r) {
    return r.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElse(null);
  }

  private record Shared(String email, String trackedUrl, String contentUrl, long shareId) {}

  /** A new person shares a new item on LinkedIn; answers its tracked link. */
  private static Shared shared(String name) {
    String email = seed.employee(name);
    long item = seed.item(name + "'s item", Duration.ofDays(3));
    Reply r = node.api.report(node.signIn(email), Api.newKey(),
        new JsonObject().put("contentId", item).put("network", "linkedin"));
    assertEquals(201, r.status(), r.text());
    return new Shared(email, r.json().getString("trackedUrl"),
        node.sql.text("SELECT url FROM content WHERE id = ?", item), r.json().getLong("shareId"));
  }

  private static long clicks(String trackedUrl) {
    return node.sql.number("SELECT count(*) FROM link_click WHERE code = ?", code(trackedUrl));
  }

  private static long clickPoints(String email) {
    return node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE kind = 'click' AND employee_id = ?",
        node.employeeId(email));
  }

  private static String code(String trackedUrl) {
    return trackedUrl.substring(trackedUrl.lastIndexOf('/') + 1);
  }

  @Test
  @DisplayName("Every suggestion carries the person's own link; listing again gives the same links; the receipt carries it too")
  void suggestionsAndReceiptCarryTheLink() {
    String email = seed.employee("Listed");
    String token = node.signIn(email);

    Reply first = node.api.get("/api/suggestions?network=x&limit=20", token);
    Reply again = node.api.get("/api/suggestions?network=x&limit=20", token);

    List<JsonObject> suggestions = first.json().getJsonArray("suggestions").stream().map(JsonObject.class::cast).toList();
    assertFalse(suggestions.isEmpty());
    for (JsonObject s : suggestions) {
      assertTrue(s.getString("trackedUrl").matches(node.node.publicUrl() + "/r/[A-Za-z0-9]{10}"), s.encode());
    }
    assertEquals(first.json().getJsonArray("suggestions"), again.json().getJsonArray("suggestions"));
    assertEquals(suggestions.size(), node.sql.number("SELECT count(*) FROM tracked_link WHERE employee_id = ?",
        node.employeeId(email)));
    JsonObject riga = suggestions.stream()
        .filter(s -> s.getString("title").equals("Acme opens its robotics lab in Riga")).findFirst().orElseThrow();

    Reply receipt = node.api.report(token, Api.newKey(),
        new JsonObject().put("contentId", riga.getLong("contentId")).put("network", "x"));

    assertEquals(riga.getString("trackedUrl"), receipt.json().getString("trackedUrl"));
    assertEquals(suggestions.size(), node.sql.number("SELECT count(*) FROM tracked_link WHERE employee_id = ?",
        node.employeeId(email)), "the share used the listed link, it made no other");
  }

  @Test
  @DisplayName("A click: 302 to the content, a visitor cookie (HttpOnly, SameSite=Lax, a year), +1 for the sharer")
  void aClickRedirectsAndCounts() {
    Shared s = shared("Clicked");

    HttpResponse<String> r = click(s.trackedUrl(), BROWSER, null);

    assertEquals(302, r.statusCode());
    assertEquals(s.contentUrl(), r.headers().firstValue("Location").orElse(null));
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.startsWith("chorus_v="), setCookie);
    assertTrue(setCookie.toLowerCase().contains("; httponly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    assertTrue(setCookie.contains("Max-Age=31536000"), setCookie);
    assertEquals(1, clicks(s.trackedUrl()));
    assertEquals(1, clickPoints(s.email()));
  }

  @Test
  @DisplayName("Repeat clicks by one visitor count once: with its cookie, without it, with it from another browser "
      + "string, and without it under another browser name")
  void repeatClicksCountOnce() {
    Shared s = shared("Repeated");
    HttpResponse<String> first = click(s.trackedUrl(), BROWSER, null);
    String cookie = cookieSet(first);
    assertNotNull(cookie);

    HttpResponse<String> withCookie = click(s.trackedUrl(), BROWSER, cookie);
    HttpResponse<String> withoutCookie = click(s.trackedUrl(), BROWSER, null);
    HttpResponse<String> cookieAfterUpdate = click(s.trackedUrl(), BROWSER.replace("126", "127"), cookie);

    for (HttpResponse<String> r : List.of(withCookie, withoutCookie, cookieAfterUpdate)) {
      assertEquals(302, r.statusCode(), "a repeat still reaches the content");
      assertEquals(s.contentUrl(), r.headers().firstValue("Location").orElse(null));
    }
    assertEquals(1, clicks(s.trackedUrl()));
    assertEquals(1, clickPoints(s.email()));

    click(s.trackedUrl(), BROWSER.replace("Windows NT 10.0", "Macintosh; Intel Mac OS X 14_5"), null);

    assertEquals(1, clicks(s.trackedUrl()), "a new browser name from the same address is not a new visitor");
    assertEquals(1, clickPoints(s.email()));
  }

  @DisplayName("A bot is redirected but counts nothing")
  @ParameterizedTest(name = "User-Agent \"{0}\"")
  @ValueSource(strings = {"LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
      "Twitterbot/1.0", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "curl/8.5.0", "python-requests/2.32.3",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36",
      ""})
  void botsCountNothing(String userAgent) {
    Shared s = shared("Previewed");

    HttpResponse<String> r = click(s.trackedUrl(), userAgent.isEmpty() ? null : userAgent, null);

    assertEquals(302, r.statusCode());
    assertEquals(s.contentUrl(), r.headers().firstValue("Location").orElse(null));
    assertEquals(0, clicks(s.trackedUrl()));
    assertEquals(0, clickPoints(s.email()));
  }

  @Test
  @DisplayName("A HEAD request is redirected but not counted")
  void headIsNotAClick() {
    Shared s = shared("Headed");

    HttpResponse<String> r = visit(s.trackedUrl(), BROWSER, null, "HEAD");

    assertEquals(302, r.statusCode());
    assertEquals(0, clicks(s.trackedUrl()));
  }

  @Test
  @DisplayName("An unknown or malformed code: a 404 page saying the link is not known, nothing recorded")
  void unknownCode() {
    String before = node.sql.footprint() + " clicks=" + node.sql.number("SELECT count(*) FROM link_click");

    for (String path : new String[] {"/r/ZZZZZZZZZZ", "/r/abc", "/r/%3Cscript%3E"}) {
      HttpResponse<String> r = click(node.url() + path, BROWSER, null);

      assertEquals(404, r.statusCode(), path);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertTrue(r.body().contains("This link is not known"), r.body());
      assertFalse(r.body().contains("script"), "the code is never echoed");
    }
    assertEquals(before, node.sql.footprint() + " clicks=" + node.sql.number("SELECT count(*) FROM link_click"));
  }

  @Test
  @DisplayName("A link listed but never shared, or whose share was voided: the click is recorded, no one earns points")
  void noPointsWithoutAStandingShare() {
    String email = seed.employee("Lurker");
    Reply listed = node.api.get("/api/suggestions?network=linkedin&limit=1", node.signIn(email));
    String unshared = listed.json().getJsonArray("suggestions").getJsonObject(0).getString("trackedUrl");
    Shared voided = shared("Voided");
    seed.update("UPDATE share SET voided_at = now(), void_reason = 'test' WHERE id = ?", voided.shareId());

    assertEquals(302, click(unshared, BROWSER, null).statusCode());
    assertEquals(302, click(voided.trackedUrl(), BROWSER, null).statusCode());

    assertEquals(1, clicks(unshared));
    assertEquals(1, clicks(voided.trackedUrl()));
    assertEquals(0, clickPoints(email));
    assertEquals(0, clickPoints(voided.email()));
  }
}
