package io.chorus.shared.wire;

/** Someone a kudos can go to, as the popup's picker lists them. */
@SuppressWarnings("unusable-by-js")
public record Colleague(long employeeId, String name, String office) {
  public static Colleague read(WireReader r) {
    return new Colleague(r.integer("employeeId"), r.string("name"), r.optString("office"));
  }

  public void write(WireWriter w) {
    w.put("employeeId", employeeId).put("name", name).put("office", office);
  }
}
