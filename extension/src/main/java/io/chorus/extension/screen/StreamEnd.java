package io.chorus.extension.screen;

/**
 * Why a connection to the live stream ended, and so what the screen does next: a dead link (the
 * display token is missing, expired, invalid or revoked, or not allowed to read the board) or a bad
 * address (the server refused the link's period, office or team: 400, or 404 for an office or team it
 * does not have — the stream's own route always exists, since this script is served by the same
 * server) stops it for good —
 * retrying would never help and would only fill the server's log; anything else (a restart, the
 * network, a busy server) is retried with backoff. A link revoked by the liaison (401
 * {@code token_revoked}, or a {@code revoked} event on an open stream) is a dead link that says so.
 * DOM-free.
 */
public record StreamEnd(boolean deadLink, boolean badAddress, boolean revoked, String reason) {
  /** The stream finished or the network failed: try again. */
  public static StreamEnd retry(String reason) {
    return new StreamEnd(false, false, false, reason);
  }

  /** An HTTP refusal, by status and the error body's stable code (null when there was none). */
  public static StreamEnd refused(int status, String code) {
    boolean dead = status == 401 || status == 403 || (code != null && code.startsWith("token_"));
    return new StreamEnd(dead, !dead && (status == 400 || status == 404), dead && "token_revoked".equals(code),
        "HTTP " + status + (code == null ? "" : " " + code));
  }

  /**
   * The server said, on the open stream, that this screen's link was revoked (a {@code revoked} event):
   * a dead link, never retried.
   */
  public static StreamEnd revokedWhileOpen() {
    return new StreamEnd(true, false, true, "revoked while open");
  }

  /** True when the screen should stop asking. */
  public boolean stops() {
    return deadLink || badAddress;
  }
}
