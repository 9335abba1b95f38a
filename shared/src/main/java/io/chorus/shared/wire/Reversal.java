package io.chorus.shared.wire;

/**
 * One reversal a liaison's void wrote: its own ledger sequence, the entry it cancels, whose points
 * they were, and the points it moved (negative).
 */
@SuppressWarnings("unusable-by-js")
public record Reversal(long seq, long reverses, long employeeId, long points) {
  public static Reversal read(WireReader r) {
    return new Reversal(r.integer("seq"), r.integer("reverses"), r.integer("employeeId"), r.integer("points"));
  }

  public void write(WireWriter w) {
    w.put("seq", seq).put("reverses", reverses).put("employeeId", employeeId).put("points", points);
  }
}
