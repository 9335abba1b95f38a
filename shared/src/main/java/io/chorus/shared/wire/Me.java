package io.chorus.shared.wire;

/** {@code GET /api/me}: the popup's view of the signed-in person. */
public record Me(Profile profile, Standing standing) {
  public static Me read(WireReader r) {
    return new Me(Profile.read(r.object("profile")), Standing.read(r.object("standing")));
  }

  public void write(WireWriter w) {
    profile.write(w.object("profile"));
    standing.write(w.object("standing"));
  }
}
