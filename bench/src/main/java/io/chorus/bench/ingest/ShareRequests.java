package io.chorus.bench.ingest;

import io.chorus.shared.Network;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * The reports the server run sends, one per k of the server's range: the employee's bearer token, a
 * fresh idempotency key, and a body as the extension sends it after a post (its post URL, the
 * suggested words as posted, when it was posted).
 */
final class ShareRequests {
  static final String LINKEDIN_POST_PREFIX = "https://www.linkedin.com/feed/update/urn:li:activity:";

  record Request(long k, String authorization, String idempotencyKey, Buffer body) {}

  private final Combos combos;
  private final long firstContent;
  private final String[] tokens;
  private final String[][] suggestions;
  private long next;

  ShareRequests(Combos combos, long firstContent, String[] tokens, String[][] suggestions) {
    this.combos = combos;
    this.firstContent = firstContent;
    this.tokens = tokens;
    this.suggestions = suggestions;
    this.next = combos.serverFirst();
  }

  /** Called from the load generator's one event loop only. */
  Request next() {
    if (next >= combos.pgbenchFirst()) {
      throw new IllegalStateException("The server run used up its " + (combos.pgbenchFirst() - combos.serverFirst())
          + " unused (employee, item, network) combinations; seed fewer shares or run shorter");
    }
    long k = next++;
    int employee = combos.employeeIndex(k);
    int item = combos.itemIndex(k);
    int network = combos.networkIndex(k);
    JsonObject body = new JsonObject()
        .put("contentId", firstContent + item)
        .put("network", (network == 0 ? Network.LINKEDIN : Network.X).wireName())
        .put("postUrl", postUrl(k, employee, network))
        .put("postedText", suggestions[item][network])
        .put("postedAt", System.currentTimeMillis());
    return new Request(k, "Bearer " + tokens[employee], UUID.randomUUID().toString(), body.toBuffer());
  }

  /** The same shapes the seed uses (seed.sql), so post URLs stay unique across seed and bench. */
  static String postUrl(long k, int employee, int network) {
    return network == 0
        ? LINKEDIN_POST_PREFIX + (7_000_000_000_000_000_000L + k) + "/"
        : "https://x.com/person" + employee + "/status/" + (1_800_000_000_000_000_000L + k);
  }
}
