package io.chorus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Answers and kept answers (jsonb) are encoded by Vert.x's streaming encoder: the client must get exactly
 * the bytes it got before, and a replay exactly the text first kept.
 */
@DisplayName("JSON is written byte for byte as JsonObject.toBuffer and encode write it")
class JsonEncodingTest {
  @Test
  @DisplayName("A share receipt (nested object, array, big numbers, escapes, non-ASCII, null) is the same bytes")
  void sameBytesAsBefore() {
    JsonObject receipt = new JsonObject().put("shareId", 9_007_199_254_740_993L).put("contentId", 12)
        .put("network", "x").put("points", -5).put("trackedUrl", "http://localhost:8080/r/S00000abc")
        .put("newBadges", new JsonArray().add("first-share").add("shares-10"))
        .put("note", "quote \" backslash \\ tab \t line\n Ünïcødé 🎉 </script>").put("gone", (String) null)
        .put("ratio", 0.25).put("ok", true)
        .put("standing", new JsonObject().put("weekPoints", 40).put("weekRank", 3).put("allTimeRank", 0));

    assertEquals(receipt.toBuffer(), JsonEncoding.buffer(receipt));
    assertEquals(receipt.encode(), JsonEncoding.text(receipt));
  }

  @Test
  @DisplayName("A value plain JSON has no form for is still written as before")
  void otherValuesAsBefore() {
    JsonObject body = new JsonObject().put("at", Instant.ofEpochMilli(1_700_000_000_123L)).put("bytes", new byte[] {1, 2, 3});

    assertEquals(body.toBuffer(), JsonEncoding.buffer(body));
    assertEquals(body.encode(), JsonEncoding.text(body));
  }
}
