package io.chorus.shared.wire;

import io.chorus.shared.Network;

/**
 * {@code POST /api/shares} (with an {@code Idempotency-Key} header): an employee really posted a
 * suggested item. The post URL is optional (a site may not show it) but when present it must be on the
 * network's own host; the posted text is kept for the "own words" rule.
 */
@SuppressWarnings("unusable-by-js")
public record ShareReport(long contentId, Network network, String postUrl, String postedText) {
  public static final int MAX_POST_URL = 500;
  public static final int MAX_POSTED_TEXT = 6000;

  public static ShareReport read(WireReader r) {
    Fields.allowOnly(r, "contentId", "network", "postUrl", "postedText");
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
    return new ShareReport(contentId, network, postUrl, postedText);
  }

  public void write(WireWriter w) {
    w.put("contentId", contentId).put("network", network.wireName()).put("postUrl", postUrl)
        .put("postedText", postedText);
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
