package io.chorus.shared.wire;

import io.chorus.shared.Network;

/** The answer to a share report: the share, the points it earned, and the sharer's new standing. */
public record ShareReceipt(long shareId, long contentId, Network network, long points, Standing standing) {
  public static ShareReceipt read(WireReader r) {
    return new ShareReceipt(r.integer("shareId"), r.integer("contentId"),
        Network.fromWire(r.string("network")), r.integer("points"), Standing.read(r.object("standing")));
  }

  public void write(WireWriter w) {
    w.put("shareId", shareId).put("contentId", contentId).put("network", network.wireName())
        .put("points", points);
    standing.write(w.object("standing"));
  }
}
