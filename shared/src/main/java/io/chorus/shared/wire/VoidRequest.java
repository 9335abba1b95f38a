package io.chorus.shared.wire;

/**
 * A liaison's void of a share ({@code POST /api/shares/{id}/void}) or of one ledger entry
 * ({@code POST /api/ledger/{seq}/void}): a reversal entry with this reason, never a delete.
 */
public record VoidRequest(String reason) {
  public static final int MAX_REASON = 500;

  public static VoidRequest read(WireReader r) {
    Fields.allowOnly(r, "reason");
    return new VoidRequest(Fields.text("reason", r.string("reason"), WireText.Kind.MESSAGE, 3, MAX_REASON));
  }

  public void write(WireWriter w) {
    w.put("reason", reason);
  }
}
