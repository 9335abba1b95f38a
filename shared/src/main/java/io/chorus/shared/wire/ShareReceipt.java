package io.chorus.shared.wire;

import io.chorus.shared.Network;
import java.util.List;

/**
 * The answer to a share report: the share, the points it earned (after bonuses and the daily cap), its
 * tracked link, the badges this share earned, and the sharer's new standing.
 */
@SuppressWarnings("unusable-by-js")
public record ShareReceipt(long shareId, long contentId, Network network, long points, String trackedUrl,
    List<String> newBadges, Standing standing) {
  public static ShareReceipt read(WireReader r) {
    return new ShareReceipt(r.integer("shareId"), r.integer("contentId"),
        Network.fromWire(r.string("network")), r.integer("points"), r.optString("trackedUrl"),
        r.strings("newBadges"), Standing.read(r.object("standing")));
  }

  public void write(WireWriter w) {
    w.put("shareId", shareId).put("contentId", contentId).put("network", network.wireName())
        .put("points", points).put("trackedUrl", trackedUrl).putStrings("newBadges", newBadges);
    standing.write(w.object("standing"));
  }
}
