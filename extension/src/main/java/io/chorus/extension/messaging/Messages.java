package io.chorus.extension.messaging;

/**
 * The messages content scripts, the popup and the options page send the worker (the only part of the
 * extension that talks to the server). Each is a plain object {@code {type, …}}; each answer has a
 * {@code status}.
 */
public final class Messages {
  /**
   * {network} → {status: ok, suggestions: […], maxLength, sharePoints, ownWordsBonus, minOwnWords} |
   * {status: signed-out} | {status: error, message}; the rule numbers come from the company's rules (the
   * defaults when the server gave none). Each suggestion also carries its shareText and shareLength
   * (see {@link PanelItem}), so the content scripts need none of the shared text rules.
   */
  public static final String SUGGESTIONS = "suggestions";
  /**
   * {network, text, suggested} → {status: ok, length, maxLength, newWords, minNewWords}: a draft measured
   * by the shared rules (see {@link MeasureReply}), for the panel's live count while the employee edits.
   */
  public static final String MEASURE = "measure";
  /**
   * A ShareReport → {status: sent, receipt, badgeLabels: ["First share", …], badgeIcons: ["&lt;svg…", …]}
   * (each badge's title and its picture as SVG markup, "" when unreadable) | {status: queued, message} |
   * {status: refused, code, message}.
   */
  public static final String REPORT_SHARE = "report-share";
  /** → {status: signed-in, profile, serverUrl} | {status: signed-out, serverUrl}. */
  public static final String SESSION = "session";
  /** {email, password} → {status: signed-in, profile} | {status: error, message}. */
  public static final String SIGN_IN = "sign-in";
  /** → {status: signed-out}. */
  public static final String SIGN_OUT = "sign-out";
  /** → {status: ok, me} | {status: signed-out} | {status: error, message}. */
  public static final String ME = "me";
  /** → {status: ok, options: KudosOptions} | {status: signed-out} | {status: error, message}. */
  public static final String KUDOS_OPTIONS = "kudos-options";
  /**
   * {kudos: KudosRequest} → {status: sent, kudos: KudosEvent, kudosLeft} | {status: refused, code, message}
   * (final: change something first) | {status: error, code, message} (not settled: sending the same
   * kudos again is safe, it keeps its idempotency key) | {status: signed-out}.
   */
  public static final String GIVE_KUDOS = "give-kudos";

  /** → {status: ok, audience: Audience} | {status: signed-out} | {status: error, message}. */
  public static final String AUDIENCE = "audience";
  /** {audience: Audience} → {status: ok, audience} | {status: signed-out} | {status: error, message}. */
  public static final String SAVE_AUDIENCE = "save-audience";

  /**
   * {contentId, until} (until: epoch ms, 0 for ever) → {status: ok, server: true|false}: the item leaves
   * every list here at once, and the server is asked to leave it out too (server false: it could not).
   */
  public static final String DISMISS = "dismiss";
  /** {ids: [contentId…]} → {status: ok}: the popup or side panel showed these; the toolbar badge recounts. */
  public static final String SEEN = "seen";
  /**
   * → {status: ok, contests: [MyContest…]} (fresh from the server; the worker keeps them a minute for the
   * panel and own posts) | {status: signed-out}.
   */
  public static final String MY_CONTESTS = "my-contests";
  /**
   * A content script saw the employee post their own words with what looks like one of the
   * {@code contestTags} the suggestions gave it: {post: {network, postUrl, text, postedAt}} → {status: sent,
   * message} | {status: queued, message} | {status: refused, code, message} | {status: ignored} (it carries
   * no hashtag of a live contest they may enter: nothing was kept or sent).
   */
  public static final String REPORT_OWN_POST = "report-own-post";

  /** The server address until the options page sets another (the run command's default). */
  public static final String DEFAULT_SERVER_URL = "http://localhost:8080";

  public static final String OK = "ok";
  public static final String SENT = "sent";
  public static final String QUEUED = "queued";
  public static final String REFUSED = "refused";
  public static final String SIGNED_IN = "signed-in";
  public static final String SIGNED_OUT = "signed-out";
  public static final String ERROR = "error";
  /** The employee paused Chorus: nothing is read or reported (with a message saying so). */
  public static final String PAUSED = "paused";
  public static final String IGNORED = "ignored";

  private Messages() {}
}
