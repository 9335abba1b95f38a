package io.chorus.shared.wire;

/**
 * One person of the company as the liaison's console lists them ({@code GET /api/liaison/people}):
 * enough to pick them (name, email, office, team, role), to see whether they already hold the liaison's
 * spotlight ({@code spotlightAt}), and, for the people page, their language, where they are in the
 * programme ({@link PersonStatus}) and when they were invited, joined and deactivated. Ids are 0 and
 * times (epoch ms) 0 for none.
 */
@SuppressWarnings("unusable-by-js")
public record PersonLine(long id, String name, String email, long officeId, String office, long teamId, String team,
    Role role, String language, PersonStatus status, long invitedAt, long joinedAt, long deactivatedAt,
    long spotlightAt) {

  public boolean deactivated() {
    return status == PersonStatus.DEACTIVATED;
  }

  public static PersonLine read(WireReader r) {
    Role role = Role.fromWire(r.string("role"));
    if (role == null) {
      throw new WireException("role", "Unknown role.");
    }
    PersonStatus status = PersonStatus.fromWire(r.optString("status"));
    return new PersonLine(r.integer("id"), r.string("name"), r.string("email"), r.optInteger("officeId", 0),
        r.optString("office"), r.optInteger("teamId", 0), r.optString("team"), role, r.optString("language"),
        status == null ? PersonStatus.JOINED : status, r.optInteger("invitedAt", 0), r.optInteger("joinedAt", 0),
        r.optInteger("deactivatedAt", 0), r.optInteger("spotlightAt", 0));
  }

  public void write(WireWriter w) {
    w.put("id", id).put("name", name).put("email", email).put("office", office).put("team", team)
        .put("role", role.wireName()).put("status", status.wireName()).put("language", language);
    putIf(w, "officeId", officeId);
    putIf(w, "teamId", teamId);
    putIf(w, "invitedAt", invitedAt);
    putIf(w, "joinedAt", joinedAt);
    putIf(w, "deactivatedAt", deactivatedAt);
    putIf(w, "spotlightAt", spotlightAt);
  }

  private static void putIf(WireWriter w, String field, long value) {
    if (value != 0) {
      w.put(field, value);
    }
  }
}
