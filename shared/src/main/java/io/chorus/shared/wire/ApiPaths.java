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
  public static final String RULES = "/api/rules";
  public static final String KUDOS = "/api/kudos";
  public static final String KUDOS_OPTIONS = "/api/kudos/options";
  /** {@code POST /api/shares/:shareId/void} (liaison). */
  public static final String SHARE_VOID = "/api/shares/:shareId/void";
  /** {@code POST /api/ledger/:seq/void} (liaison). */
  public static final String LEDGER_VOID = "/api/ledger/:seq/void";
  public static final String SPOTLIGHT = "/api/badges/spotlight";
  /** A share's tracked link: {@code GET /r/:code} redirects to the content and counts unique human clicks. */
  public static final String TRACKED_LINK = "/r/:code";
  public static final String TRACKED_LINK_PREFIX = "/r/";
  public static final String HEALTH = "/health";
  public static final String SCREEN_PAGE = "/screen";
  // The weekly digest (issue 16, digest): the liaison's settings, preview and test send; a person's choice.
  public static final String DIGEST_SETTINGS = "/api/digest/settings";
  public static final String DIGEST_PREVIEW = "/api/digest/preview";
  public static final String DIGEST_TEST = "/api/digest/test";
  public static final String DIGEST_ME = "/api/digest/me";
  /** The email's unsubscribe link (a page; {@code POST} unsubscribes, RFC 8058 one-click). */
  public static final String DIGEST_UNSUBSCRIBE = "/digest/unsubscribe/:token";
  public static final String DIGEST_RESUBSCRIBE = "/digest/subscribe/:token";

  /** The header that carries the client's idempotency key for a share report (required). */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
  /** Set on a response that replays the first answer to an idempotent request. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private ApiPaths() {}
}
