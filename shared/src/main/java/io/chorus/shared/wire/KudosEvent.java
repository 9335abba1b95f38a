package io.chorus.shared.wire;

/**
 * A kudos as the office screen's feed and the popup show it. {@code at} is epoch milliseconds;
 * {@code seq} is its place in the stream's order (the ledger's sequence, which kudos share), 0 when not
 * known.
 */
@SuppressWarnings("unusable-by-js")
public record KudosEvent(long id, String fromName, String toName, String value, String message, long at, long seq) {
  public static KudosEvent read(WireReader r) {
    return new KudosEvent(r.integer("id"), r.string("fromName"), r.string("toName"), r.string("value"),
        r.string("message"), r.integer("at"), r.optInteger("seq", 0));
  }

  public void write(WireWriter w) {
    w.put("id", id).put("fromName", fromName).put("toName", toName).put("value", value)
        .put("message", message).put("at", at).put("seq", seq);
  }
}
