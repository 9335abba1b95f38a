package io.chorus.server.contests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.support.Api;
import io.chorus.server.support.TestNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.UUID;

/** Contests for a test: drafts in the demo company's time zone, launched through the API as a liaison would. */
final class ContestWorld {
  static final ZoneId ACME_ZONE = ZoneId.of("Europe/Riga");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
  private static final Random RANDOM = new Random();

  final TestNode node;
  final String liaison;

  ContestWorld(TestNode node) {
    this.node = node;
    this.liaison = node.signIn("liga@acme.example");
  }

  /** A hashtag no other test uses: letters only, mixed case (compared case-insensitively). */
  static String freshTag() {
    StringBuilder tag = new StringBuilder("Chorus");
    for (int i = 0; i < 10; i++) {
      tag.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return tag.toString();
  }

  static String local(Instant t) {
    return LocalDateTime.ofInstant(t, ACME_ZONE).format(LOCAL);
  }

  /** A draft from an hour ago to a day ahead, shares and own posts, 10 points an entry. */
  static JsonObject draft(String hashtag) {
    return new JsonObject().put("name", "Contest " + hashtag).put("hashtag", "#" + hashtag)
        .put("description", "Post with the tag.").put("starts", local(Instant.now().minus(Duration.ofHours(1))))
        .put("ends", local(Instant.now().plus(Duration.ofDays(1))));
  }

  Api.Reply create(JsonObject draft) {
    return node.api.postJson("/api/contests", liaison, draft.encode());
  }

  long created(JsonObject draft) {
    Api.Reply r = create(draft);
    assertEquals(201, r.status(), r.text());
    return r.json().getLong("id");
  }

  Api.Reply post(long id, String step) {
    return node.api.postJson("/api/contests/" + id + "/" + step, liaison, "");
  }

  /** A live contest with this draft: created, then launched now. */
  long live(JsonObject draft) {
    long id = created(draft);
    Api.Reply r = post(id, "launch");
    assertEquals(200, r.status(), r.text());
    assertEquals("live", r.json().getString("status"));
    return id;
  }

  /** An own post with this text, posted now, with a fresh URL and key. */
  Api.Reply ownPost(String token, String text) {
    return ownPost(token, text, Instant.now(), Api.newKey());
  }

  Api.Reply ownPost(String token, String text, Instant postedAt, String key) {
    JsonObject body = new JsonObject().put("network", "x")
        .put("postUrl", "https://x.com/someone/status/" + Math.abs(UUID.randomUUID().getMostSignificantBits()))
        .put("text", text).put("postedAt", postedAt.toEpochMilli());
    return node.api.postJson("/api/contest-entries", token, body.encode(), "Idempotency-Key", key);
  }

  JsonObject board(long id, String token) {
    Api.Reply r = node.api.get("/api/contests/" + id + "/board", token);
    assertEquals(200, r.status(), r.text());
    return r.json();
  }

  /** A board's rows as "name:points:entries", rank order. */
  static String rows(JsonObject board) {
    StringBuilder out = new StringBuilder();
    JsonArray rows = board.getJsonArray("rows");
    for (int i = 0; i < rows.size(); i++) {
      JsonObject row = rows.getJsonObject(i);
      out.append(i == 0 ? "" : " ").append(row.getString("displayName")).append(':').append(row.getLong("points"))
          .append(':').append(row.getLong("entries"));
    }
    return out.toString();
  }

  /** Counts of what contests write, to show that a refused request changed nothing. */
  String footprint() {
    return "contests=" + node.sql.number("SELECT count(*) FROM contest")
        + " updated=" + node.sql.text("SELECT max(updated_at)::text FROM contest")
        + " entries=" + node.sql.number("SELECT count(*) FROM contest_entry")
        + " ownPosts=" + node.sql.number("SELECT count(*) FROM own_post")
        + " ledger=" + node.sql.number("SELECT count(*) FROM ledger_entry")
        + " keys=" + node.sql.number("SELECT count(*) FROM idempotency_key");
  }
}
