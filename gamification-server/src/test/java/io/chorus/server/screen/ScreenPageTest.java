package io.chorus.server.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("The office screen page and its links")
class ScreenPageTest {
  private static TestNode node;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "screen");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  @DisplayName("The page is served with a strict CSP (no inline script, same-origin only) and loads screen.js")
  void pageHasStrictPolicy() {
    Reply page = node.api.get("/screen", null);

    assertEquals(200, page.status());
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), csp);
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(null));
    assertTrue(page.text().contains("<script src=\"/screen/screen.js\"></script>"));
    Reply script = node.api.get("/screen/screen.js", null);
    assertEquals(200, script.status());
    assertTrue(script.text().length() > 1000, "the compiled GWT screen module");
  }

  @Test
  @DisplayName("A liaison creates a screen link (token in the fragment); revoking it locks the screen out")
  void liaisonCreatesAndRevokesScreens() {
    String liaison = node.signIn("liga@acme.example");
    Reply created = node.api.postJson("/api/screens", liaison, new JsonObject().put("name", "Milan kitchen").encode());
    assertEquals(201, created.status(), created.text());
    String token = created.json().getString("token");
    assertTrue(created.json().getString("url").endsWith("/screen#t=" + token));
    assertEquals(200, node.api.get("/api/leaderboard", token).status());

    Reply revoked = node.api.postJson("/api/screens/" + created.json().getString("screenId") + "/revoke", liaison, "{}");
    Reply after = node.api.get("/api/leaderboard", token);

    assertEquals(200, revoked.status());
    assertEquals(401, after.status());
    assertEquals("token_revoked", after.errorCode());
  }

  @Test
  @DisplayName("An employee cannot create screens (403); unknown API paths are a JSON 404")
  void onlyLiaisonsCreateScreens() {
    String employee = node.signIn("daan@acme.example");
    Reply r = node.api.postJson("/api/screens", employee, "{\"name\":\"x\"}");
    assertEquals(403, r.status());
    assertEquals("forbidden", r.errorCode());
    Reply missing = node.api.get("/api/nothing-here", employee);
    assertEquals(404, missing.status());
    assertEquals("not_found", missing.errorCode());
  }
}
