package io.chorus.server.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("Suggestions: approved, live content for the network, not yet shared there")
class SuggestionsTest {
  private static TestNode node;
  private static String janis;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "suggestions");
    janis = node.signIn("janis@acme.example");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static List<String> titles(Reply r) {
    return r.json().getJsonArray("suggestions").stream().map(o -> ((JsonObject) o).getString("title")).toList();
  }

  @Test
  @DisplayName("LinkedIn: items of the live #worksomewhereyoulove contest first, then newest first; no drafts, no closed windows, nothing Jānis already shared on LinkedIn")
  void linkedInSuggestions() {
    Reply r = node.api.get("/api/suggestions?network=linkedin&limit=20", janis);

    assertEquals(200, r.status(), r.text());
    List<String> titles = titles(r);
    assertEquals(List.of("Acme opens its robotics lab in Riga", "A day with our field technicians",
        "We're hiring in Amsterdam and Milan", "How Kuala Lumpur cut delivery times by 30%"), titles);
    assertEquals(List.of("worksomewhereyoulove", "worksomewhereyoulove"), r.json().getJsonArray("suggestions").stream()
        .map(o -> ((JsonObject) o).getString("contestHashtag")).filter(java.util.Objects::nonNull).toList());
    JsonObject first = r.json().getJsonArray("suggestions").getJsonObject(0);
    assertEquals("linkedin", first.getString("network"));
    assertEquals("https://acme.example/news/riga-robotics-lab", first.getString("url"));
    assertTrue(first.getJsonArray("hashtags").contains("AcmeEmployee"));
    assertTrue(first.getString("text").startsWith("Our new robotics lab in Riga"));
  }

  @Test
  @DisplayName("X: an item shared on LinkedIn is still offered on X, with X's own words")
  void xSuggestionsAreIndependentOfLinkedIn() {
    Reply r = node.api.get("/api/suggestions?network=x&limit=20", janis);

    assertTrue(titles(r).contains("Our warehouse robot wins a Red Dot award"));
    assertFalse(titles(r).contains("Q4 results preview"));
    assertFalse(titles(r).contains("Spring hackathon recap"));
  }

  @Test
  @DisplayName("The default is five suggestions at most; limit and network are validated")
  void limitsAndValidation() {
    assertTrue(titles(node.api.get("/api/suggestions?network=x", janis)).size() <= 5);
    assertEquals(2, titles(node.api.get("/api/suggestions?network=x&limit=2", janis)).size());
    assertEquals("invalid_field", node.api.get("/api/suggestions?network=facebook", janis).errorCode());
    assertEquals("invalid_field", node.api.get("/api/suggestions?network=x&limit=500", janis).errorCode());
    assertEquals(403, node.api.get("/api/suggestions?network=x", node.screenToken()).status());
  }
}
