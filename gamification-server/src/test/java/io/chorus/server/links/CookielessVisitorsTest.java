package io.chorus.server.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.chorus.shared.sse.SseEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor without our cookie is their network (IPv4 address, IPv6 /64), never their browser's name.
 * The node trusts X-Forwarded-For from 127.0.0.1 (CHORUS_TRUSTED_PROXIES), as it would from HAProxy,
 * so these tests can click from many addresses; a node without trusted proxies ignores the header.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Cookieless clicks count by address only: a new User-Agent is not a new visitor")
class CookielessVisitorsTest {
  private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static TestNode node;
  private static Seed seed;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "cookieless_visitors", Map.of("CHORUS_TRUSTED_PROXIES", "127.0.0.1"));
    seed = new Seed(node);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static String browser(int i) {
    return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + (100 + i)
        + ".0.0.0 Safari/537.36";
  }

  private record Shared(String email, String trackedUrl) {}

  private static Shared shared(TestNode on, String name) {
    Seed s = on == node ? seed : new Seed(on);
    String email = s.employee(name);
    long item = s.item(name + "'s item", Duration.ofDays(3));
    Reply r = on.api.report(on.signIn(email), Api.newKey(), new JsonObject().put("contentId", item).put("network", "x"));
    assertEquals(201, r.status(), r.text());
    return new Shared(email, r.json().getString("trackedUrl").replace("localhost", "127.0.0.1"));
  }

  private static HttpResponse<String> click(String url, String userAgent, String cookie, String forwardedFor) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("User-Agent", userAgent);
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (forwardedFor != null) {
      b.header("X-Forwarded-For", forwardedFor);
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

  private static String cookieSet(HttpResponse<String> r) {
    return r.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElseThrow();
  }

  private static long clicks(TestNode on, Shared s) {
    String code = s.trackedUrl().substring(s.trackedUrl().lastIndexOf('/') + 1);
    return on.sql.number("SELECT count(*) FROM link_click WHERE code = ?", code);
  }

  private static long clickPoints(TestNode on, Shared s) {
    return on.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE kind = 'click' AND employee_id = ?",
        on.employeeId(s.email()));
  }

  @Test
  @DisplayName("Ten User-Agents from one address without a cookie: one click, one point, and no board ever shows more")
  void tenBrowserNamesOneClick() throws Exception {
    Shared s = shared(node, "Ten Names");
    long sharer = node.employeeId(s.email());
    long shares = node.sql.number("SELECT count(*) FROM share");
    long ledger = node.sql.number("SELECT count(*) FROM ledger_entry");
    long badges = node.sql.number("SELECT count(*) FROM badge_award");
    long before = node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE employee_id = ?", sharer);

    try (SseClient screen = new SseClient(node.url() + "/api/leaderboard/stream?limit=50", node.screenToken())) {
      assertNotNull(screen.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS));
      for (int i = 0; i < 10; i++) {
        HttpResponse<String> r = click(s.trackedUrl(), browser(i), null, "203.0.113.60");
        assertEquals(302, r.statusCode(), "every visit still reaches the content");
      }

      assertEquals(1, clicks(node, s));
      assertEquals(1, clickPoints(node, s));
      assertNotNull(screen.await(e -> boardPoints(e, sharer) == before + 1, 5, TimeUnit.SECONDS),
          "the one click moved the board");
      // Events are coalesced and may repeat the same board; what must never come is a second point.
      assertEquals(null, screen.await(e -> boardPoints(e, sharer) > before + 1, 1, TimeUnit.SECONDS),
          "the nine others counted nothing");
    }
    assertEquals(shares, node.sql.number("SELECT count(*) FROM share"));
    assertEquals(ledger + 1, node.sql.number("SELECT count(*) FROM ledger_entry"), "one ledger entry: the one click");
    assertEquals(badges, node.sql.number("SELECT count(*) FROM badge_award"));
  }

  /** The sharer's points in a board event, or -1 for other events and boards without them. */
  private static long boardPoints(SseEvent e, long employeeId) {
    if (!e.type().equals("board")) {
      return -1;
    }
    for (Object row : new JsonObject(e.data()).getJsonArray("rows")) {
      JsonObject r = (JsonObject) row;
      if (r.getLong("employeeId") == employeeId) {
        return r.getLong("points");
      }
    }
    return -1;
  }

  @Test
  @DisplayName("Cookie visitors are unaffected: a cookie from elsewhere is its own visitor on a counted network, "
      + "and the same visitor on any network")
  void cookieVisitorsUnaffected() {
    Shared s = shared(node, "Cookie Mix");
    Shared other = shared(node, "Cookie Source");

    assertEquals(302, click(s.trackedUrl(), browser(1), null, "198.51.100.10").statusCode());
    String cookieFromElsewhere = cookieSet(click(other.trackedUrl(), browser(2), null, "198.51.100.20"));

    click(s.trackedUrl(), browser(2), cookieFromElsewhere, "198.51.100.10");
    assertEquals(2, clicks(node, s), "another person (their own cookie) on an already counted network");
    click(s.trackedUrl(), browser(3), cookieFromElsewhere, "192.0.2.99");
    assertEquals(2, clicks(node, s), "the same person from a third network");
    assertEquals(2, clickPoints(node, s));
  }

  @Test
  @DisplayName("Through a trusted proxy, two addresses are two visitors; IPv6 addresses of one /64 are one")
  void trustedProxyAddresses() {
    Shared s = shared(node, "Proxied");

    click(s.trackedUrl(), browser(1), null, "198.51.100.31");
    click(s.trackedUrl(), browser(1), null, "198.51.100.32");
    click(s.trackedUrl(), browser(1), null, "2001:db8:5:6::1");
    click(s.trackedUrl(), browser(2), null, "2001:db8:5:6:abcd::2");
    click(s.trackedUrl(), browser(3), null, "2001:db8:5:7::1");

    assertEquals(4, clicks(node, s), "two IPv4 addresses and two IPv6 /64s");
    assertEquals(4, clickPoints(node, s));
  }

  @Test
  @DisplayName("Without trusted proxies, X-Forwarded-For is ignored: rotating it from one peer counts one click")
  void forwardedForIgnoredFromUntrustedPeers(Vertx vertx) {
    try (TestNode plain = TestNode.start(vertx, "cookieless_untrusted")) {
      Shared s = shared(plain, "Rotated");
      for (int i = 0; i < 5; i++) {
        assertEquals(302, click(s.trackedUrl(), browser(i), null, "198.18.0." + (i + 1)).statusCode());
      }
      assertEquals(1, clicks(plain, s));
      assertEquals(1, clickPoints(plain, s));
    }
  }
}
