package io.chorus.shared.wire;

/**
 * One active person of the company as the liaison's console lists them ({@code GET /api/liaison/people}):
 * enough to pick them (name, email, office, team, role) and to see whether they already hold the
 * liaison's spotlight ({@code spotlightAt}, epoch ms, 0 for not yet).
 */
@SuppressWarnings("unusable-by-js")
public record PersonLine(long id, String name, String email, String office, String team, Role role,
    long spotlightAt) {

  public static PersonLine read(WireReader r) {
    Role role = Role.fromWire(r.string("role"));
    if (role == null) {
      throw new WireException("role", "Unknown role.");
    }
    return new PersonLine(r.integer("id"), r.string("name"), r.string("email"), r.optString("office"),
        r.optString("team"), role, r.optInteger("spotlightAt", 0));
  }

  public void write(WireWriter w) {
    w.put("id", id).put("name", name).put("email", email).put("office", office).put("team", team)
        .put("role", role.wireName());
    if (spotlightAt != 0) {
      w.put("spotlightAt", spotlightAt);
    }
  }
}
