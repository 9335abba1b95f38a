package io.chorus.shared.wire;

import io.chorus.shared.Network;

/** A share as the office screen's "recent shares" line shows it. {@code at} is epoch milliseconds. */
@SuppressWarnings("unusable-by-js")
public record ShareEvent(long seq, String employeeName, String office, String contentTitle,
    Network network, long points, long at) {
  public static ShareEvent read(WireReader r) {
    return new ShareEvent(r.integer("seq"), r.string("employeeName"), r.optString("office"),
        r.string("contentTitle"), Network.fromWire(r.string("network")), r.integer("points"),
        r.integer("at"));
  }

  public void write(WireWriter w) {
    w.put("seq", seq).put("employeeName", employeeName).put("office", office)
        .put("contentTitle", contentTitle).put("network", network.wireName()).put("points", points)
        .put("at", at);
  }
}
