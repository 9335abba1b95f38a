package io.chorus.shared.wire;

import io.chorus.shared.Network;
import io.chorus.shared.text.ShareText;

/**
 * {@code POST /api/shares} (with an {@code Idempotency-Key} header): an employee really posted a
 * suggested item. The post URL is optional (a site may not show it) but when present it must be on the
 * network's own host; the posted text is kept for the "own words" rule. {@code postedAt} is when the
 * extension saw the post succeed (a report can wait in its outbox for days): streaks and the 24-hour
 * bonus follow it, within limits the server sets. {@code disclosed} says whether the post carried the
 * company's disclosure tag when the company requires one (null: none required, or not said); the server
 * stores it with the share, so an undisclosed post is known as such.
 */
@SuppressWarnings("unusable-by-js")
public record ShareReport(long contentId, Network network, String postUrl, String postedText, long postedAt,
    Boolean disclosed) {
  /** {@code postedAt} when the client did not say: the server takes the time it receives the report. */
  public static final long POSTED_AT_UNKNOWN = 0;
  public static final int MAX_POST_URL = PostUrl.MAX_LENGTH;
  /** A first bound before the network's own count (X's weighted length is dearer to compute). */
  public static final int MAX_POSTED_TEXT = 6000;

  public static ShareReport read(WireReader r) {
    Fields.allowOnly(r, "contentId", "network", "postUrl", "postedText", "postedAt", "disclosed");
    long contentId = Fields.requirePositive("contentId", r.integer("contentId"));
    Network network = Network.fromWire(r.string("network"));
    if (network == null) {
      throw new WireException("network", "'network' must be one of: linkedin, x.");
    }
    String postUrl = r.optString("postUrl");
    if (postUrl != null) {
      PostUrl.check("postUrl", network, postUrl);
    }
    String postedText = postedText(network, r.optString("postedText"));
    long postedAt = r.optInteger("postedAt", POSTED_AT_UNKNOWN);
    if (postedAt < 0) {
      throw new WireException("postedAt", "'postedAt' must be epoch milliseconds.");
    }
    Boolean disclosed = r.has("disclosed") ? Boolean.valueOf(r.bool("disclosed")) : null;
    return new ShareReport(contentId, network, postUrl, postedText, postedAt, disclosed);
  }

  /**
   * The posted text, when given: well-formed, no control characters but line breaks and tabs, not
   * blank, and no longer than the network allows as the network counts ({@link ShareText}: X's
   * weighted length, LinkedIn's characters) — a post the network itself would have refused.
   */
  private static String postedText(Network network, String text) {
    if (text == null) {
      return null;
    }
    WireText.check("postedText", text, WireText.Kind.TEXT);
    if (text.trim().isEmpty()) {
      throw new WireException("postedText", "'postedText' is blank: leave it out when the post's text is not known.");
    }
    String t = Fields.text("postedText", text, WireText.Kind.TEXT, 1, MAX_POSTED_TEXT);
    int length = ShareText.length(network, t);
    if (length > network.maxLength()) {
      throw new WireException("postedText", "'postedText' is " + length + " characters as "
          + network.displayName() + " counts them; " + network.displayName() + " allows "
          + network.maxLength() + ".");
    }
    return t;
  }

  public void write(WireWriter w) {
    w.put("contentId", contentId).put("network", network.wireName()).put("postUrl", postUrl)
        .put("postedText", postedText);
    if (postedAt != POSTED_AT_UNKNOWN) {
      w.put("postedAt", postedAt);
    }
    if (disclosed != null) {
      w.put("disclosed", disclosed.booleanValue());
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
