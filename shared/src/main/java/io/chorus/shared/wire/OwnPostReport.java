package io.chorus.shared.wire;

import io.chorus.shared.Network;
import io.chorus.shared.text.ShareText;

/**
 * {@code POST /api/contest-entries} (with an {@code Idempotency-Key} header, like a share): the employee
 * posted their own words on LinkedIn or X and the text carries the hashtag of a live contest they may
 * enter. Only the post's URL (optional: a site may not show it; on the network's own host) and its text;
 * {@code postedAt} (epoch ms, optional) is when the extension saw the post succeed, which decides whether
 * it was inside the contest's window. The server finds the contest from the text itself.
 */
@SuppressWarnings("unusable-by-js")
public record OwnPostReport(Network network, String postUrl, String text, long postedAt) {
  public static final long POSTED_AT_UNKNOWN = 0;

  public static OwnPostReport read(WireReader r) {
    Fields.allowOnly(r, "network", "postUrl", "text", "postedAt");
    Network network = Network.fromWire(r.string("network"));
    if (network == null) {
      throw new WireException("network", "'network' must be one of: linkedin, x.");
    }
    String postUrl = r.optString("postUrl");
    if (postUrl != null) {
      PostUrl.check("postUrl", network, postUrl);
    }
    String text = Fields.text("text", r.optString("text"), WireText.Kind.TEXT, 1, ShareReport.MAX_POSTED_TEXT);
    int length = ShareText.length(network, text);
    if (length > network.maxLength()) {
      throw new WireException("text", "'text' is " + length + " characters as " + network.displayName()
          + " counts them; " + network.displayName() + " allows " + network.maxLength() + ".");
    }
    long postedAt = r.optInteger("postedAt", POSTED_AT_UNKNOWN);
    if (postedAt < 0) {
      throw new WireException("postedAt", "'postedAt' must be epoch milliseconds.");
    }
    return new OwnPostReport(network, postUrl, text, postedAt);
  }

  public void write(WireWriter w) {
    w.put("network", network.wireName()).put("postUrl", postUrl).put("text", text);
    if (postedAt != POSTED_AT_UNKNOWN) {
      w.put("postedAt", postedAt);
    }
  }
}
