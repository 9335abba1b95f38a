package io.chorus.shared.wire;

/**
 * One office screen as the liaison's console lists it ({@code GET /api/liaison/screens}): its id and
 * name, when and by whom its link was made, when it last asked for data, and when it was revoked.
 * Times are epoch ms, 0 for never. The link itself is shown once, when it is made, and never again.
 */
@SuppressWarnings("unusable-by-js")
public record ScreenLine(String id, String name, long createdAt, String createdBy, long lastSeenAt, long revokedAt) {
  public boolean revoked() {
    return revokedAt != 0;
  }

  public static ScreenLine read(WireReader r) {
    return new ScreenLine(r.string("id"), r.string("name"), r.integer("createdAt"), r.optString("createdBy"),
        r.optInteger("lastSeenAt", 0), r.optInteger("revokedAt", 0));
  }

  public void write(WireWriter w) {
    w.put("id", id).put("name", name).put("createdAt", createdAt).put("createdBy", createdBy);
    if (lastSeenAt != 0) {
      w.put("lastSeenAt", lastSeenAt);
    }
    if (revokedAt != 0) {
      w.put("revokedAt", revokedAt);
    }
  }
}
