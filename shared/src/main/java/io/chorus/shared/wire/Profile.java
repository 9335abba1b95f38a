package io.chorus.shared.wire;

/** Who is signed in, as the popup shows it. */
@SuppressWarnings("unusable-by-js")
public record Profile(long employeeId, String name, String email, Role role, String company,
    String office, String team) {
  public static Profile read(WireReader r) {
    Role role = Role.fromWire(r.string("role"));
    if (role == null) {
      throw new WireException("role", "Unknown role.");
    }
    return new Profile(r.integer("employeeId"), r.string("name"), r.string("email"), role,
        r.string("company"), r.optString("office"), r.optString("team"));
  }

  public void write(WireWriter w) {
    w.put("employeeId", employeeId).put("name", name).put("email", email).put("role", role.wireName())
        .put("company", company).put("office", office).put("team", team);
  }
}
