package io.chorus.shared.wire;

/**
 * The console's view of its cookie session ({@code POST /api/console/sign-in},
 * {@code GET /api/console/session}): the session token itself stays in an HttpOnly cookie, out of
 * reach of page scripts; the console gets only the anti-forgery token it must echo as
 * {@code X-CSRF-Token} on every change, when the session ends (epoch ms), and who is signed in.
 */
@SuppressWarnings("unusable-by-js")
public record ConsoleSession(String csrfToken, long expiresAt, Profile profile) {
  public static ConsoleSession read(WireReader r) {
    return new ConsoleSession(r.string("csrfToken"), r.integer("expiresAt"), Profile.read(r.object("profile")));
  }

  public void write(WireWriter w) {
    w.put("csrfToken", csrfToken).put("expiresAt", expiresAt);
    profile.write(w.object("profile"));
  }
}
