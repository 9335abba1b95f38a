package io.chorus.shared.wire;

/** A badge just awarded, as the office screen's feed shows it. {@code at} is epoch milliseconds. */
@SuppressWarnings("unusable-by-js")
public record BadgeEvent(long employeeId, String employeeName, String badgeId, long at) {
  public static BadgeEvent read(WireReader r) {
    return new BadgeEvent(r.integer("employeeId"), r.string("employeeName"), r.string("badgeId"), r.integer("at"));
  }

  public void write(WireWriter w) {
    w.put("employeeId", employeeId).put("employeeName", employeeName).put("badgeId", badgeId).put("at", at);
  }
}
