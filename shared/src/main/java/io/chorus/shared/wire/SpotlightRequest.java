package io.chorus.shared.wire;

/** {@code POST /api/badges/spotlight}: a liaison awards the spotlight badge to an employee, with a note. */
@SuppressWarnings("unusable-by-js")
public record SpotlightRequest(long employeeId, String note) {
  public static final int MAX_NOTE = 280;

  public static SpotlightRequest read(WireReader r) {
    Fields.allowOnly(r, "employeeId", "note");
    return new SpotlightRequest(Fields.requirePositive("employeeId", r.integer("employeeId")),
        Fields.text("note", r.string("note"), WireText.Kind.MESSAGE, 1, MAX_NOTE));
  }

  public void write(WireWriter w) {
    w.put("employeeId", employeeId).put("note", note);
  }
}
