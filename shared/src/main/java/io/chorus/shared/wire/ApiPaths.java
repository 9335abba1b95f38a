package io.chorus.shared.wire;

/** The server's addresses, in one place for the route table and for the extension and screen clients. */
public final class ApiPaths {
  public static final String SIGN_IN = "/api/auth/sign-in";
  public static final String SIGN_OUT_EVERYWHERE = "/api/auth/sign-out-everywhere";
  public static final String ME = "/api/me";
  public static final String SUGGESTIONS = "/api/suggestions";
  public static final String SHARES = "/api/shares";
  public static final String LEADERBOARD = "/api/leaderboard";
  public static final String LEADERBOARD_STREAM = "/api/leaderboard/stream";
  public static final String HEALTH = "/health";
  public static final String SCREEN_PAGE = "/screen";

  /** The header that carries the client's idempotency key for a share report (required). */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
  /** Set on a response that replays the first answer to an idempotent request. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private ApiPaths() {}
}
