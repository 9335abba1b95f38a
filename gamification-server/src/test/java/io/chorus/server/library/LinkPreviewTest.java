package io.chorus.server.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.http.ApiException;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.chorus.shared.wire.LinkPreview;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Fill from a link" against a web server the test runs on loopback: a normal page, and every way a
 * link could hold the server up or make it read what it must not — a page that never answers, one that
 * never stops, loopback and the cloud metadata address, a redirect into a private network, too many
 * redirects. The fetcher is the real one, with a deadline short enough for a test.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Fill from a link: Open Graph read; timeouts, size cap, private addresses and redirects refused")
class LinkPreviewTest {
  private static final String PAGE = """
      <!doctype html><html><head>
      <title>Plain title</title>
      <meta property="og:title" content="  Acme opens a lab\n in Riga ">
      <meta property="og:description" content="Forty robots &amp; one coffee machine.">
      <meta property="og:image" content="/img/lab.jpg">
      <meta name="description" content="not this one">
      </head><body><p>Hello</p></body></html>
      """;
  private static Vertx vertx;
  private static HttpServer web;
  private static int port;
  private static final AtomicLong endlessSent = new AtomicLong();
  private static final AtomicBoolean endlessClosed = new AtomicBoolean();
  private static TestNode node;

  @BeforeAll
  static void start(Vertx v) {
    vertx = v;
    web = TestNode.await(vertx.createHttpServer().requestHandler(req -> {
      switch (req.path()) {
        case "/page" -> req.response().putHeader("Content-Type", "text/html; charset=utf-8").end(PAGE);
        case "/plain" -> req.response().putHeader("Content-Type", "text/html")
            .end("<html><head><title><img src=x onerror=alert(1)></title></head></html>");
        case "/silent" -> { } // never answers
        case "/endless" -> endless(req.response());
        case "/to-metadata" -> req.response().setStatusCode(302)
            .putHeader("Location", "http://169.254.169.254/latest/meta-data/").end();
        case "/to-private" -> req.response().setStatusCode(301).putHeader("Location", "http://10.1.2.3/").end();
        case "/hop" -> {
          int n = Integer.parseInt(req.getParam("n"));
          req.response().setStatusCode(302).putHeader("Location", n == 0 ? "/page" : "/hop?n=" + (n - 1)).end();
        }
        case "/picture" -> req.response().putHeader("Content-Type", "image/png").end(Buffer.buffer(new byte[10]));
        default -> req.response().setStatusCode(404).end();
      }
    }).listen(0, "127.0.0.1"));
    port = web.actualPort();
    node = TestNode.start(vertx, "linkpreview", Map.of("CHORUS_LINK_PREVIEW_ALLOW_LOOPBACK", "true"));
  }

  @AfterAll
  static void stop() {
    node.close();
    TestNode.await(web.close());
  }

  /** 64 KB chunks for as long as the client reads, counting what was sent. */
  private static void endless(io.vertx.core.http.HttpServerResponse response) {
    response.setChunked(true).putHeader("Content-Type", "text/html");
    response.closeHandler(v -> endlessClosed.set(true));
    Buffer chunk = Buffer.buffer("<p>" + "x".repeat(64 * 1024 - 7) + "</p>");
    vertx.setPeriodic(5, id -> {
      if (endlessClosed.get() || response.closed()) {
        vertx.cancelTimer(id);
        endlessClosed.set(true);
        return;
      }
      if (!response.writeQueueFull()) {
        endlessSent.addAndGet(chunk.length());
        response.write(chunk);
      }
    });
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private static ApiException refusal(LinkPreviews previews, String url) {
    Future<LinkPreview> f = previews.preview(url);
    try {
      TestNode.await(f);
    } catch (IllegalStateException expected) {
      // awaited below
    }
    assertTrue(f.failed(), "expected a refusal of " + url);
    return (ApiException) f.cause();
  }

  @Test
  @DisplayName("A page's Open Graph title, description and picture (made absolute), as one line of text")
  void normalPage() {
    LinkPreview p = TestNode.await(new LinkPreviews(vertx, true).preview(url("/page")));

    assertEquals("Acme opens a lab in Riga", p.title());
    assertEquals("Forty robots & one coffee machine.", p.description());
    assertNull(p.imageUrl(), "an http picture is left out: items hold https pictures only");
    assertEquals(url("/page"), p.url());
  }

  @Test
  @DisplayName("Without Open Graph, the <title>; a title that is HTML comes back as its text")
  void plainTitle() {
    LinkPreview p = TestNode.await(new LinkPreviews(vertx, true).preview(url("/plain")));
    assertEquals("<img src=x onerror=alert(1)>", p.title());
  }

  @Test
  @DisplayName("A page that never answers: refused after the deadline, not later")
  void timeout() {
    long start = System.nanoTime();
    ApiException e = refusal(new LinkPreviews(vertx, true, Duration.ofSeconds(1)), url("/silent"));
    long took = (System.nanoTime() - start) / 1_000_000;

    assertEquals("link_unreadable", e.code().code());
    assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
    assertTrue(took < 3000, "answered after " + took + " ms");
  }

  @Test
  @DisplayName("A page that never stops: refused at 1 MB, and the connection is dropped")
  void tooLarge() {
    ApiException e = refusal(new LinkPreviews(vertx, true, Duration.ofSeconds(20)), url("/endless"));

    assertEquals("link_unreadable", e.code().code());
    assertTrue(e.getMessage().contains("larger than 1 MB"), e.getMessage());
    assertTrue(Waits.until(endlessClosed::get, Duration.ofSeconds(5)), "the server still writes");
    assertTrue(endlessSent.get() < 8 * 1024 * 1024, "sent " + endlessSent.get());
  }

  @Test
  @DisplayName("127.0.0.1, localhost, ::1, 169.254.169.254, 10.x and 0.0.0.0 are refused with loopback not allowed")
  void privateAddresses() {
    LinkPreviews strict = new LinkPreviews(vertx, false);
    for (String url : new String[] {url("/page"), "http://localhost:" + port + "/page", "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://0.0.0.0/", "http://2130706433/",
        "https://192.168.1.1/"}) {
      ApiException e = refusal(strict, url);
      assertEquals("link_refused", e.code().code(), url + ": " + e.getMessage());
      assertEquals("url", e.field());
    }
    assertEquals("link_refused", refusal(strict, "file:///etc/passwd").code().code());
    assertEquals("link_refused", refusal(strict, "http://user:pw@acme.example/").code().code());
  }

  @Test
  @DisplayName("Redirects are checked again: to the metadata address or a private network, refused; more than 3, refused")
  void redirects() {
    LinkPreviews previews = new LinkPreviews(vertx, true);
    assertEquals("link_refused", refusal(previews, url("/to-metadata")).code().code());
    assertEquals("link_refused", refusal(previews, url("/to-private")).code().code());
    assertEquals("Acme opens a lab in Riga", TestNode.await(previews.preview(url("/hop?n=2"))).title());
    ApiException tooMany = refusal(previews, url("/hop?n=3"));
    assertEquals("link_unreadable", tooMany.code().code());
    assertTrue(tooMany.getMessage().contains("more than 3"), tooMany.getMessage());
    assertEquals("link_unreadable", refusal(previews, url("/picture")).code().code());
    assertEquals("link_unreadable", refusal(previews, url("/missing")).code().code());
  }

  @Test
  @DisplayName("Through the API: a liaison gets the page's fields; an employee is refused; no url is a 400 naming it")
  void throughTheApi() {
    String liaison = node.signIn("liga@acme.example");
    Reply filled = node.api.postJson("/api/library/preview-link", liaison, new JsonObject().put("url", url("/page")).encode());
    assertEquals(200, filled.status(), filled.text());
    assertEquals("Acme opens a lab in Riga", filled.json().getString("title"));

    Reply metadata = node.api.postJson("/api/library/preview-link", liaison,
        new JsonObject().put("url", "http://169.254.169.254/latest/meta-data/").encode());
    assertEquals(422, metadata.status());
    assertEquals("link_refused", metadata.errorCode());
    assertEquals("url", metadata.json().getJsonObject("error").getString("field"));

    assertEquals("url", node.api.postJson("/api/library/preview-link", liaison, "{}").json()
        .getJsonObject("error").getString("field"));
    assertEquals(403, node.api.postJson("/api/library/preview-link", node.signIn("janis@acme.example"),
        new JsonObject().put("url", url("/page")).encode()).status());
  }
}
