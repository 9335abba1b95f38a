package io.chorus.shared.wire;

/**
 * A person's one-time link to set their password ({@code /welcome#<token>}), as the liaison gets it
 * when inviting: shown once, to copy, and {@code emailed} when the server could send it by email too.
 */
@SuppressWarnings("unusable-by-js")
public record InviteLink(long employeeId, String name, String email, String url, long expiresAt, boolean emailed) {
  public static InviteLink read(WireReader r) {
    return new InviteLink(r.integer("employeeId"), r.string("name"), r.string("email"), r.string("url"),
        r.integer("expiresAt"), r.has("emailed") && r.bool("emailed"));
  }

  public void write(WireWriter w) {
    w.put("employeeId", employeeId).put("name", name).put("email", email).put("url", url).put("expiresAt", expiresAt)
        .put("emailed", emailed);
  }
}
