package io.chorus.shared.wire;

/**
 * One share as the liaison's console lists it ({@code GET /api/liaison/shares}): who shared what,
 * where and when, the points it earned and what is left of them after voids, and the void if any.
 * {@code contentTitle} is null for a post that is not a library item (a contest's own post).
 * Times are epoch ms; {@code voidedAt} is 0 for a share that stands.
 */
@SuppressWarnings("unusable-by-js")
public record ShareLine(long id, long employeeId, String employeeName, String office, String contentTitle,
    String network, String postUrl, long sharedAt, long earned, long points, long voidedAt, String voidedBy,
    String voidReason) {

  public boolean voided() {
    return voidedAt != 0;
  }

  public static ShareLine read(WireReader r) {
    return new ShareLine(r.integer("id"), r.integer("employeeId"), r.string("employeeName"), r.optString("office"),
        r.optString("contentTitle"), r.string("network"), r.optString("postUrl"), r.integer("sharedAt"),
        r.integer("earned"), r.integer("points"), r.optInteger("voidedAt", 0), r.optString("voidedBy"),
        r.optString("voidReason"));
  }

  public void write(WireWriter w) {
    w.put("id", id).put("employeeId", employeeId).put("employeeName", employeeName).put("office", office)
        .put("contentTitle", contentTitle).put("network", network).put("postUrl", postUrl).put("sharedAt", sharedAt)
        .put("earned", earned).put("points", points);
    if (voided()) {
      w.put("voidedAt", voidedAt).put("voidedBy", voidedBy).put("voidReason", voidReason);
    }
  }
}
