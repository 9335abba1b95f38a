package io.chorus.shared.wire;

/**
 * {@code POST /api/welcome}: an invitee's one-time token (from their link's fragment) and the password
 * they choose. {@code POST /api/welcome/check} takes the token alone (password null) to say whose link
 * it is. A new password follows the sign-in's rules for a password (any characters but controls, at
 * most {@link #MAX_PASSWORD}) and is at least {@link #MIN_PASSWORD} characters long.
 */
@SuppressWarnings("unusable-by-js")
public record WelcomeRequest(String token, String password) {
  public static final int MIN_PASSWORD = 10;
  public static final int MAX_PASSWORD = 200;
  /** A token is 32 random bytes in unpadded base64url. */
  public static final int TOKEN_LENGTH = 43;

  public static WelcomeRequest read(WireReader r, boolean withPassword) {
    if (withPassword) {
      Fields.allowOnly(r, "token", "password");
    } else {
      Fields.allowOnly(r, "token");
    }
    String token = token(r.string("token"));
    return new WelcomeRequest(token, withPassword ? password("password", r.string("password")) : null);
  }

  /** A token as links carry it; anything else is no token of ours. */
  public static String token(String value) {
    boolean ok = value != null && value.length() == TOKEN_LENGTH;
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
    if (!ok) {
      throw new WireException("token", "This is not an invitation link's token.");
    }
    return value;
  }

  /** A new password: the sign-in's rules (no control characters, at most 200) and at least 10 long. */
  public static String password(String field, String value) {
    if (value == null) {
      throw new WireException(field, "'" + field + "' is required.");
    }
    WireText.check(field, value, WireText.Kind.TEXT);
    if (value.length() > MAX_PASSWORD) {
      throw new WireException(field, "'" + field + "' is longer than " + MAX_PASSWORD + " characters.");
    }
    if (value.trim().length() < MIN_PASSWORD) {
      throw new WireException(field, "'" + field + "' must be at least " + MIN_PASSWORD + " characters.");
    }
    return value;
  }

  public void write(WireWriter w) {
    w.put("token", token);
    if (password != null) {
      w.put("password", password);
    }
  }
}
