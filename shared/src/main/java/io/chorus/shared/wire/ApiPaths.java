package io.chorus.shared.wire;

/** The server's addresses, in one place for the route table and for the extension and screen clients. */
public final class ApiPaths {
  public static final String SIGN_IN = "/api/auth/sign-in";
  public static final String SIGN_OUT_EVERYWHERE = "/api/auth/sign-out-everywhere";
  public static final String ME = "/api/me";
  public static final String SUGGESTIONS = "/api/suggestions";
  /** The company's extension settings ({@link ExtensionSettings}): anyone signed in reads, liaisons write. */
  public static final String EXTENSION_SETTINGS = "/api/extension/settings";
  public static final String SHARES = "/api/shares";
  public static final String LEADERBOARD = "/api/leaderboard";
  public static final String LEADERBOARD_STREAM = "/api/leaderboard/stream";
  /**
   * {@code patches=1} on the stream's address: once the stream has sent a board, send what changed as a
   * {@link BoardPatch} event rather than the whole board. Older clients leave it out and get whole boards.
   */
  public static final String STREAM_PATCHES = "patches";
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
  /** Readiness, kept for clients that know only this one: the same answer as {@link #HEALTH_READY}. */
  public static final String HEALTH = "/health";
  /** Liveness: 200 while the process serves requests at all. */
  public static final String HEALTH_LIVE = "/health/live";
  /** Readiness: 200 when the node should get traffic (database answers, boards follow the ledger), else 503. */
  public static final String HEALTH_READY = "/health/ready";
  /** Prometheus metrics, on the node's metrics listener only (CHORUS_METRICS_PORT), never the public port. */
  public static final String METRICS = "/metrics";
  public static final String SCREEN_PAGE = "/screen";
  /** {@code POST /api/screens} (liaison): a new office-screen link. */
  public static final String SCREENS = "/api/screens";
  /** {@code POST /api/screens/:id/revoke} (liaison). */
  public static final String SCREEN_REVOKE = "/api/screens/:id/revoke";

  /** The liaison's console page (GWT, served by the server) and its cookie session. */
  public static final String CONSOLE_PAGE = "/console";
  public static final String CONSOLE_SIGN_IN = "/api/console/sign-in";
  public static final String CONSOLE_SESSION = "/api/console/session";
  public static final String CONSOLE_SIGN_OUT = "/api/console/sign-out";
  /** Carries the console session's anti-forgery token on every unsafe request the console makes. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  /**
   * Liaison-only reads, all under one guarded prefix; each list is keyset-paged: {@code limit}, and the
   * {@code next} of the previous page as {@code before} (newest first) or {@code after} (by name).
   */
  public static final String LIAISON = "/api/liaison";
  /** {@code GET /api/liaison/shares?before=<shareId>&limit=}: the company's shares, newest first. */
  public static final String LIAISON_SHARES = LIAISON + "/shares";
  /** {@code GET /api/liaison/ledger?before=<seq>&share=<shareId>&limit=}: ledger entries, newest first. */
  public static final String LIAISON_LEDGER = LIAISON + "/ledger";
  /** {@code GET /api/liaison/screens?before=<cursor>&limit=}: office screens, newest first. */
  public static final String LIAISON_SCREENS = LIAISON + "/screens";
  /** {@code GET /api/liaison/people?q=<name or email>&after=<employeeId>&limit=}: active people by name. */
  public static final String LIAISON_PEOPLE = LIAISON + "/people";
  // The weekly digest (issue 16, digest): the liaison's settings, preview and test send; a person's choice.
  public static final String DIGEST_SETTINGS = "/api/digest/settings";
  public static final String DIGEST_PREVIEW = "/api/digest/preview";
  public static final String DIGEST_TEST = "/api/digest/test";
  public static final String DIGEST_ME = "/api/digest/me";
  /** The email's unsubscribe link (a page; {@code POST} unsubscribes, RFC 8058 one-click). */
  public static final String DIGEST_UNSUBSCRIBE = "/digest/unsubscribe/:token";
  public static final String DIGEST_RESUBSCRIBE = "/digest/subscribe/:token";

  /** {@code GET /api/liaison/offices}, {@code /teams}: every office or team with how many people are in it. */
  public static final String LIAISON_OFFICES = LIAISON + "/offices";
  public static final String LIAISON_TEAMS = LIAISON + "/teams";

  /**
   * The content library (liaison): {@code POST} a draft, {@code PUT .../:id} the whole item again,
   * {@code POST .../:id/approve}, {@code /schedule} ({@code {from, until}}), {@code /archive};
   * {@code GET .../:id/preview} the suggestions as employees would get them; {@code POST /preview-link}
   * reads a page's title, description and picture. The list is {@link #LIAISON_LIBRARY}.
   */
  public static final String LIBRARY_ITEMS = "/api/library/items";
  public static final String LIBRARY_ITEM = "/api/library/items/:id";
  public static final String LIBRARY_APPROVE = "/api/library/items/:id/approve";
  public static final String LIBRARY_SCHEDULE = "/api/library/items/:id/schedule";
  public static final String LIBRARY_ARCHIVE = "/api/library/items/:id/archive";
  public static final String LIBRARY_PREVIEW = "/api/library/items/:id/preview";
  public static final String LIBRARY_PREVIEW_LINK = "/api/library/preview-link";
  /** {@code GET /api/liaison/library?status=draft|approved|archived|all&cursor=&limit=}: newest first. */
  public static final String LIAISON_LIBRARY = LIAISON + "/library";
  /**
   * {@code POST /api/suggestions/:id/dismiss} (employee), body {@code {"until": ISO instant}} (a snooze)
   * or {@code {"until": null}} (for good): 204, and the item is not suggested to them until then.
   */
  public static final String SUGGESTION_DISMISS = "/api/suggestions/:id/dismiss";

  /** People (liaison): a CSV of people to invite ({@code text/csv}, at most 1 MB), one person, their link. */
  public static final String PEOPLE_IMPORT = "/api/people/import";
  public static final String PERSON = "/api/people/:id";
  public static final String PERSON_DEACTIVATE = "/api/people/:id/deactivate";
  public static final String PERSON_REACTIVATE = "/api/people/:id/reactivate";
  public static final String PERSON_INVITE = "/api/people/:id/invite";
  /** Offices and teams (liaison): create ({@code POST}), rename ({@code PUT .../:id}), delete when empty. */
  public static final String OFFICES = "/api/offices";
  public static final String OFFICE = "/api/offices/:id";
  public static final String TEAMS = "/api/teams";
  public static final String TEAM = "/api/teams/:id";
  /** The employee's stated audience (followers on LinkedIn and X): {@code GET}, {@code PUT}. */
  public static final String MY_AUDIENCE = "/api/me/audience";
  /** The invitee's page ({@code /welcome#<token>}) and what it calls (no sign-in: the token is the key). */
  public static final String WELCOME_PAGE = "/welcome";
  public static final String WELCOME_CHECK = "/api/welcome/check";
  public static final String WELCOME = "/api/welcome";

  // Hashtag contests (issue 12): liaisons write with their session (console cookie + CSRF, or a bearer
  // token); a contest and its board and results are read by its company's employees and screens too.
  /** {@code POST} (liaison): a new draft contest, body ContestDraft; answers 201 ContestView. */
  public static final String CONTESTS = "/api/contests";
  /** {@code GET} (company): one ContestView; {@code PUT} (liaison): the whole ContestDraft again. */
  public static final String CONTEST = "/api/contests/:id";
  /** {@code POST} (liaison): draft → scheduled (starts by itself at its start). */
  public static final String CONTEST_SCHEDULE = "/api/contests/:id/schedule";
  /** {@code POST} (liaison): draft or scheduled → live now (the start moves to now). */
  public static final String CONTEST_LAUNCH = "/api/contests/:id/launch";
  /** {@code POST} (liaison): live → ended now (the end moves to now; the grace period runs from it). */
  public static final String CONTEST_END = "/api/contests/:id/end";
  /** {@code GET} (company): the ContestBoard. */
  public static final String CONTEST_BOARD = "/api/contests/:id/board";
  /** {@code GET} (company): the ContestResults. */
  public static final String CONTEST_RESULTS = "/api/contests/:id/results";
  /** {@code GET} (company): the frozen entrant list, {@code text/csv}, once the results are final. */
  public static final String CONTEST_ENTRANTS = "/api/contests/:id/entrants.csv";
  /** {@code GET /api/liaison/contests?cursor=<next>&limit=}: Paged of ContestView, newest first. */
  public static final String LIAISON_CONTESTS = LIAISON + "/contests";
  /** {@code GET} (employee): {@code {"contests":[MyContest…]}}, the live contests of my company. */
  public static final String MY_CONTESTS = "/api/me/contests";
  /** {@code POST} (employee, Idempotency-Key): an own post, body OwnPostReport → 201 ContestEntryReceipt. */
  public static final String CONTEST_ENTRIES = "/api/contest-entries";
  /** The office screen's contest view: {@code /screen?contest=<id>#t=<token>}. */
  public static final String SCREEN_CONTEST_PARAM = "contest";

  /** The header that carries the client's idempotency key for a share report (required). */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
  /** Set on a response that replays the first answer to an idempotent request. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private ApiPaths() {}
}
