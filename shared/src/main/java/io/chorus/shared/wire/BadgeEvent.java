package io.chorus.shared.wire;

/**
 * A badge just awarded, as the office screen's feed shows it. {@code at} is epoch milliseconds;
 * {@code seq} is the award's place in the stream's order (the ledger's sequence, which awards share),
 * 0 when not known.
 */
@SuppressWarnings("unusable-by-js")
public record BadgeEvent(long employeeId, String employeeName, String badgeId, long at, long seq) {
  public static BadgeEvent read(WireReader r) {
    return new BadgeEvent(r.integer("employeeId"), r.string("employeeName"), r.string("badgeId"), r.integer("at"),
        r.optInteger("seq", 0));
  }

  public void write(WireWriter w) {
    w.put("employeeId", employeeId).put("employeeName", employeeName).put("badgeId", badgeId).put("at", at)
        .put("seq", seq);
  }
}
