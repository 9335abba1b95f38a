package io.chorus.shared.wire;

/** The answer to a sign-in: a bearer token, when it expires (epoch ms), and who it is for. */
@SuppressWarnings("unusable-by-js")
public record Session(String token, long expiresAt, Profile profile) {
  public static Session read(WireReader r) {
    return new Session(r.string("token"), r.integer("expiresAt"), Profile.read(r.object("profile")));
  }

  public void write(WireWriter w) {
    w.put("token", token).put("expiresAt", expiresAt);
    profile.write(w.object("profile"));
  }
}
