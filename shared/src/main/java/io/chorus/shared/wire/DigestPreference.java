package io.chorus.shared.wire;

/**
 * {@code GET|PUT /api/digest/me}: whether the signed-in person gets the weekly digest by email (everyone
 * does until they say otherwise, here or through the email's unsubscribe link).
 */
@SuppressWarnings("unusable-by-js")
public record DigestPreference(boolean email) {
  public static DigestPreference read(WireReader r) {
    Fields.allowOnly(r, "email");
    return new DigestPreference(r.bool("email"));
  }

  public void write(WireWriter w) {
    w.put("email", email);
  }
}
