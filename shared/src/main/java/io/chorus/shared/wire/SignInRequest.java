package io.chorus.shared.wire;

/** {@code POST /api/auth/sign-in}: an employee's or liaison's email and password. */
public record SignInRequest(String email, String password) {
  public static SignInRequest read(WireReader r) {
    Fields.allowOnly(r, "email", "password");
    String email = Fields.text("email", r.string("email"), WireText.Kind.LINE, 3, 254);
    if (email.indexOf('@') < 1) {
      throw new WireException("email", "'email' is not an email address.");
    }
    String password = r.string("password");
    WireText.check("password", password, WireText.Kind.TEXT);
    return new SignInRequest(email, Fields.requireLength("password", password, 1, 200));
  }

  public void write(WireWriter w) {
    w.put("email", email).put("password", password);
  }
}
