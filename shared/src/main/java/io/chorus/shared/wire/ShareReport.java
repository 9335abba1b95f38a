package io.chorus.shared.wire;

import io.chorus.shared.Network;

/**
 * {@code POST /api/shares} (with an {@code Idempotency-Key} header): an employee really posted a
 * suggested item. The post URL is optional (a site may not show it) but when present it must be on the
 * network's own host; the posted text is kept for the "own words" rule. {@code postedAt} is when the
 * extension saw the post succeed (a report can wait in its outbox for days): streaks and the 24-hour
 * bonus follow it, within limits the server sets.
 */
@SuppressWarnings("unusable-by-js")
public record ShareReport(long contentId, Network network, String postUrl, String postedText, long postedAt) {
  /** {@code postedAt} when the client did not say: the server takes the time it receives the report. */
  public static final long POSTED_AT_UNKNOWN = 0;
  public static final int MAX_POST_URL = 500;
  public static final int MAX_POSTED_TEXT = 6000;

  public static ShareReport read(WireReader r) {
    Fields.allowOnly(r, "contentId", "network", "postUrl", "postedText", "postedAt");
    long contentId = Fields.requirePositive("contentId", r.integer("contentId"));
    Network network = Network.fromWire(r.string("network"));
    if (network == null) {
      throw new WireException("network", "'network' must be one of: linkedin, x.");
    }
    String postUrl = Fields.optionalMax("postUrl", r.optString("postUrl"), MAX_POST_URL);
    if (postUrl != null && Network.ofPostUrl(postUrl) != network) {
      throw new WireException("postUrl", "'postUrl' must be an https address on " + network.displayName() + ".");
    }
    String postedText = Fields.optionalMax("postedText", r.optString("postedText"), MAX_POSTED_TEXT);
    long postedAt = r.optInteger("postedAt", POSTED_AT_UNKNOWN);
    if (postedAt < 0) {
      throw new WireException("postedAt", "'postedAt' must be epoch milliseconds.");
    }
    return new ShareReport(contentId, network, postUrl, postedText, postedAt);
  }

  public void write(WireWriter w) {
    w.put("contentId", contentId).put("network", network.wireName()).put("postUrl", postUrl)
        .put("postedText", postedText);
    if (postedAt != POSTED_AT_UNKNOWN) {
      w.put("postedAt", postedAt);
    }
  }

  /** Idempotency keys: 8 to 100 characters of letters, digits, '-' and '_' (a UUID fits). */
  public static boolean isValidKey(String key) {
    if (key == null || key.length() < 8 || key.length() > 100) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
