package io.chorus.server.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The company's extension settings on the real PostgreSQL: the defaults, a liaison's change that every
 * employee then reads, refusals (an employee writing, a tag that is no hashtag) that change nothing, and
 * a share report's disclosure kept with the share.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Extension settings: in-page panel, disclosure tag, blocklist; a share's disclosure")
class ExtensionSettingsTest {
  private static final String PATH = "/api/extension/settings";
  private static TestNode node;
  private static String liaison;
  private static String employee;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "extension_settings");
    liaison = node.signIn("liga@acme.example");
    employee = node.signIn("sanne@acme.example");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  @DisplayName("Defaults, then a liaison's settings read back by an employee (tag without '#', words trimmed and once each)")
  void liaisonSetsEmployeeReads() {
    Reply before = node.api.get(PATH, employee);
    assertEquals(200, before.status());
    // No tag is left out of the answer (the wire writer drops nulls).
    assertEquals(new JsonObject().put("inPagePanel", true).put("blocklist", new JsonArray()), before.json());

    Reply saved = node.api.putJson(PATH, liaison,
        "{\"inPagePanel\":false,\"disclosureTag\":\"#AcmeEmployee\",\"blocklist\":[\" guaranteed \",\"insider\",\"guaranteed\"]}");
    assertEquals(200, saved.status(), saved.text());
    JsonObject expected = new JsonObject().put("inPagePanel", false).put("disclosureTag", "AcmeEmployee")
        .put("blocklist", new JsonArray().add("guaranteed").add("insider"));
    assertEquals(expected, saved.json());
    assertEquals(expected, node.api.get(PATH, employee).json());
    node.api.putJson(PATH, liaison, "{\"inPagePanel\":true,\"disclosureTag\":null,\"blocklist\":[]}");
  }

  @Test
  @DisplayName("An employee cannot change them (403), nor can anyone set a tag that is not one hashtag (400 naming the field); nothing changes")
  void refusals() {
    assertEquals(403, node.api.putJson(PATH, employee, "{\"inPagePanel\":false}").status());
    Reply bad = node.api.putJson(PATH, liaison, "{\"disclosureTag\":\"Acme Employee <b>\"}");
    assertEquals(400, bad.status());
    assertEquals("disclosureTag", bad.json().getJsonObject("error").getString("field"));
    assertEquals(true, node.api.get(PATH, employee).json().getBoolean("inPagePanel"));
  }

  @Test
  @DisplayName("A share reported without the company's disclosure tag is stored as undisclosed; one with it as disclosed")
  void disclosureIsStored() {
    long first = node.sql.number("SELECT id FROM content WHERE status = 'approved' ORDER BY id LIMIT 1");
    long second = node.sql.number("SELECT id FROM content WHERE status = 'approved' AND id > ? ORDER BY id LIMIT 1", first);
    String jan = node.signIn("janis@acme.example");
    Reply without = node.api.report(jan, UUID.randomUUID().toString(), new JsonObject().put("contentId", first)
        .put("network", "x").put("postedText", "My words https://acme.example").put("disclosed", false));
    Reply with = node.api.report(jan, UUID.randomUUID().toString(), new JsonObject().put("contentId", second)
        .put("network", "x").put("postedText", "#AcmeEmployee words https://acme.example").put("disclosed", true));
    assertEquals(201, without.status(), without.text());
    assertEquals(201, with.status(), with.text());
    long janis = node.employeeId("janis@acme.example");
    assertEquals("false", node.sql.text("SELECT disclosed::text FROM share WHERE employee_id = ? AND content_id = ? AND network = 'x'", janis, first));
    assertEquals("true", node.sql.text("SELECT disclosed::text FROM share WHERE employee_id = ? AND content_id = ? AND network = 'x'", janis, second));
  }
}
