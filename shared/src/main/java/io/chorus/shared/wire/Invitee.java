package io.chorus.shared.wire;

/** Whose invitation link this is ({@code POST /api/welcome/check}), so the page can greet them. */
@SuppressWarnings("unusable-by-js")
public record Invitee(String name, String email, String company, long expiresAt) {
  public static Invitee read(WireReader r) {
    return new Invitee(r.string("name"), r.string("email"), r.string("company"), r.integer("expiresAt"));
  }

  public void write(WireWriter w) {
    w.put("name", name).put("email", email).put("company", company).put("expiresAt", expiresAt);
  }
}
