package io.chorus.server.contests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Verifying a contest draw", run exactly as written on the files the server published. */
@ExtendWith(VertxExtension.class)
@DisplayName("Anyone re-runs a contest's draw from the published files with the README's commands and gets the same winners")
class ContestDrawVerifyTest {
  private static TestNode node;
  private static ContestWorld world;
  private static Seed seed;
  private static long contest;

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    node = TestNode.start(vertx, "contest_draw");
    world = new ContestWorld(node);
    seed = new Seed(node);
    String tag = ContestWorld.freshTag();
    contest = world.live(ContestWorld.draft(tag).put("graceHours", 0).put("drawWinners", 3).put("drawMinEntries", 2));
    // Seven people, one with a name a spreadsheet would run and a comma in it; one with a single entry (not drawn).
    for (int i = 0; i < 7; i++) {
      String name = i == 0 ? "=HYPERLINK(\"x\",\"Eve, the tester\")" : "Draw Person " + i;
      String token = node.signIn(seed.employee(name));
      for (int e = 0; e < (i == 6 ? 1 : 2); e++) {
        Api.Reply r = world.ownPost(token, "Entry " + e + " #" + tag);
        assertEquals(201, r.status(), r.text());
      }
    }
    assertEquals(200, world.post(contest, "end").status());
    assertTrue(Waits.until(() -> "final".equals(node.sql.text("SELECT status FROM contest WHERE id = ?", contest)),
        Duration.ofSeconds(10)));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** The n-th fenced block of the README after its "Verifying a contest draw" heading. */
  private static String readmeBlock(int n) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("### Verifying a contest draw"));
    int at = 0;
    for (int i = 0; i <= n; i++) {
      at = section.indexOf("```\n", at) + 4;
      int end = section.indexOf("\n```", at);
      if (i == n) {
        return section.substring(at, end + 1);
      }
      at = end + 4;
    }
    throw new IllegalStateException("no block " + n);
  }

  private static String run(Path dir, String command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    return p.exitValue() + "\n" + out.trim();
  }

  /** The published files, saved as the README says, in a folder of their own. */
  private static JsonObject publish(Path dir) throws IOException {
    Api.Reply results = node.api.get("/api/contests/" + contest + "/results", node.screenToken());
    Api.Reply csv = node.api.get("/api/contests/" + contest + "/entrants.csv", node.screenToken());
    assertEquals(200, results.status(), results.text());
    assertEquals(200, csv.status(), csv.text());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    Files.writeString(dir.resolve("results.json"), results.text(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("entrants.csv"), csv.text(), StandardCharsets.UTF_8);
    return results.json();
  }

  private static String drawnIds(JsonObject results) {
    List<String> ids = new ArrayList<>();
    JsonArray winners = results.getJsonArray("winners");
    for (int i = 0; i < winners.size(); i++) {
      if ("draw".equals(winners.getJsonObject(i).getString("reason"))) {
        ids.add(String.valueOf(winners.getJsonObject(i).getLong("employeeId")));
      }
    }
    return String.join("\n", ids);
  }

  @Test
  @DisplayName("python3 (the README's lines) on results.json and entrants.csv prints the results' drawn winners, in order")
  void pythonRerun(@TempDir Path dir) throws Exception {
    JsonObject results = publish(dir);
    assertEquals(3, results.getJsonArray("winners").size(), results.encode());
    assertEquals(6, results.getInteger("entrants"), "the person with one entry is not in the draw");

    assertEquals("0\n" + drawnIds(results), run(dir, readmeBlock(0), Map.of()));
  }

  @Test
  @DisplayName("sha256sum and sort (the README's line) give the same winners")
  void coreutilsRerun(@TempDir Path dir) throws Exception {
    JsonObject results = publish(dir);

    String out = run(dir, readmeBlock(1), Map.of("SEED", results.getString("seed"),
        "K", String.valueOf(results.getInteger("drawWinners"))));

    assertEquals("0\n" + drawnIds(results), out);
  }

  @Test
  @DisplayName("A seed that is not the committed one is caught by the README's check")
  void wrongSeedRefused(@TempDir Path dir) throws Exception {
    JsonObject results = publish(dir);
    String seedHex = results.getString("seed");
    String forged = (seedHex.charAt(0) == '0' ? "1" : "0") + seedHex.substring(1);
    Files.writeString(dir.resolve("results.json"), results.copy().put("seed", forged).encode());

    String out = run(dir, readmeBlock(0), Map.of());

    assertNotEquals('0', out.charAt(0), out);
    assertTrue(out.contains("the seed does not match its commitment"), out);
  }

  @Test
  @DisplayName("The CSV lists entrants by id, quotes a comma and defuses a formula; the results name each winner once, badge held")
  void csvAndBadges(@TempDir Path dir) throws Exception {
    publish(dir);
    List<String> lines = Files.readAllLines(dir.resolve("entrants.csv"));
    assertEquals("employee_id,display_name,entries", lines.get(0));
    assertEquals(7, lines.size());
    assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+,\"'=HYPERLINK\\(\"\"x\"\",\"\"Eve, the tester\"\"\\)\",2")),
        String.join("\n", lines));
    assertEquals(3, node.sql.number("SELECT count(*) FROM badge_award WHERE badge = 'contest-winner' AND employee_id "
        + "IN (SELECT employee_id FROM contest_winner WHERE contest_id = ?)", contest));
  }
}
