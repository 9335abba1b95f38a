package io.chorus.shared.wire;

/**
 * One points-ledger entry as the liaison's console lists it ({@code GET /api/liaison/ledger}): its
 * sequence, time (epoch ms), kind ({@code share}, {@code fresh_bonus}, {@code click}, {@code kudos},
 * {@code reversal}, …), points, whose they are, the share it belongs to (0: none) and that share's
 * title. A reversal names the entry it cancels ({@code reverses}), its reason and the liaison who
 * wrote it ({@code by}); an entry that was cancelled names its reversal ({@code reversedBy}, else 0).
 */
@SuppressWarnings("unusable-by-js")
public record LedgerLine(long seq, long at, String kind, long points, long employeeId, String employeeName,
    long shareId, String contentTitle, long reverses, long reversedBy, String reason, String by) {

  public static final String REVERSAL = "reversal";

  public boolean isReversal() {
    return REVERSAL.equals(kind);
  }

  /** Whether a liaison may still void this entry: not a reversal, and not reversed already. */
  public boolean voidable() {
    return !isReversal() && reversedBy == 0;
  }

  public static LedgerLine read(WireReader r) {
    return new LedgerLine(r.integer("seq"), r.integer("at"), r.string("kind"), r.integer("points"),
        r.integer("employeeId"), r.string("employeeName"), r.optInteger("shareId", 0), r.optString("contentTitle"),
        r.optInteger("reverses", 0), r.optInteger("reversedBy", 0), r.optString("reason"), r.optString("by"));
  }

  public void write(WireWriter w) {
    w.put("seq", seq).put("at", at).put("kind", kind).put("points", points).put("employeeId", employeeId)
        .put("employeeName", employeeName).put("contentTitle", contentTitle).put("reason", reason).put("by", by);
    if (shareId != 0) {
      w.put("shareId", shareId);
    }
    if (reverses != 0) {
      w.put("reverses", reverses);
    }
    if (reversedBy != 0) {
      w.put("reversedBy", reversedBy);
    }
  }
}
