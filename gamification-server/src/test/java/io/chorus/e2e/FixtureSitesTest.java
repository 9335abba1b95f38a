package io.chorus.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fixture server's routing, over HTTPS, without a browser. */
@ExtendWith(VertxExtension.class)
class FixtureSitesTest {

  private static FixtureSites sites;
  private WebClient client;

  @BeforeAll
  static void start() {
    sites = FixtureSites.start();
  }

  @AfterAll
  static void stop() {
    sites.close();
  }

  @BeforeEach
  void client(Vertx vertx) {
    client = WebClient.create(vertx, new WebClientOptions().setSsl(true).setTrustAll(true).setVerifyHost(false));
  }

  @ParameterizedTest(name = "{0}{1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      www.linkedin.com | /feed/                                               | 200 | text/html       | id="interop-outlet"
      www.linkedin.com | /feed/?shareActive=true&text=Hello                   | 200 | text/html       | id="interop-outlet"
      www.linkedin.com | /feed/update/urn:li:activity:7123456789012345678/    | 200 | text/html       | id="interop-outlet"
      www.linkedin.com | /app.js                                              | 200 | text/javascript | interop-outlet
      www.linkedin.com | /nothing-here.js                                     | 404 |                 |
      x.com            | /home                                                | 200 | text/html       | id="react-root"
      x.com            | /compose/post                                        | 200 | text/html       | id="react-root"
      x.com            | /intent/tweet?text=Hi&hashtags=a,b                   | 200 | text/html       | id="react-root"
      x.com            | /chorus_advocate/status/1234567890123456789          | 200 | text/html       | id="react-root"
      x.com            | /app.js                                              | 200 | text/javascript | tweetTextarea_0
      twitter.com      | /home                                                | 200 | text/html       | id="react-root"
      example.com      | /                                                    | 421 |                 | no fixture site
      """)
  @DisplayName("Routes by Host: every extension-less path serves the site's SPA index, files come from fixtures/<site>/, other hosts get 421")
  void routes(String host, String path, int status, String type, String body, VertxTestContext test) {
    client.get(sites.port(), "127.0.0.1", path).virtualHost(host).send()
        .onComplete(test.succeeding(response -> test.verify(() -> {
          assertEquals(status, response.statusCode());
          if (type != null) {
            assertTrue(response.getHeader("content-type").startsWith(type), response.getHeader("content-type"));
          }
          if (body != null) {
            assertTrue(response.bodyAsString().contains(body), response.bodyAsString());
          }
          test.completeNow();
        })));
  }

  @Test
  @DisplayName("Pages carry a Content-Security-Policy that, like the real sites', forbids inline script and eval")
  void contentSecurityPolicy(VertxTestContext test) {
    client.get(sites.port(), "127.0.0.1", "/home").virtualHost("x.com").send()
        .onComplete(test.succeeding(response -> test.verify(() -> {
          String csp = response.getHeader("content-security-policy");
          assertTrue(csp.contains("script-src 'self';"), csp);
          test.completeNow();
        })));
  }

  @Test
  @DisplayName("hostResolverRules maps the three real hosts to this server's port and every other name to NOTFOUND, except loopback")
  void hostResolverRules() {
    int port = sites.port();
    assertEquals("MAP www.linkedin.com:443 127.0.0.1:" + port + ", MAP x.com:443 127.0.0.1:" + port
        + ", MAP twitter.com:443 127.0.0.1:" + port + ", MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
        sites.hostResolverRules());
  }
}
