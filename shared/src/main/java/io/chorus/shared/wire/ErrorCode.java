package io.chorus.shared.wire;

/**
 * Every error the API can answer, as {@code {"error":{"code":…,"message":…}}}. The code is the stable
 * contract (the extension branches on it); the message is for people. Shared so the extension can
 * explain an error even when the server's message is not at hand.
 */
public enum ErrorCode {
  MALFORMED_JSON(400, "malformed_json", "The request body is not valid JSON."),
  INVALID_FIELD(400, "invalid_field", "A field of the request is missing or not valid."),
  UNKNOWN_FIELD(400, "unknown_field", "The request has a field this endpoint does not take."),
  // h-input: input validation
  DUPLICATE_FIELD(400, "duplicate_field", "The request body names a field twice."),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type", "Send the request body as application/json."),
  BODY_TOO_LARGE(413, "body_too_large", "The request body is larger than this endpoint accepts."),
  TOKEN_MISSING(401, "token_missing", "Sign in first: this request carries no token."),
  TOKEN_EXPIRED(401, "token_expired", "Your session has expired. Sign in again."),
  TOKEN_INVALID(401, "token_invalid", "The token is not valid for this service."),
  TOKEN_REVOKED(401, "token_revoked", "This session was signed out. Sign in again."),
  FORBIDDEN(403, "forbidden", "Your role does not allow this."),
  BAD_CREDENTIALS(401, "bad_credentials", "That email and password do not match an account."),
  TOO_MANY_ATTEMPTS(429, "too_many_attempts", "Too many failed sign-ins. Wait a minute and try again."),
  CONTENT_NOT_FOUND(404, "content_not_found", "There is no such content in your company's library."),
  CONTENT_NOT_LIVE(422, "content_not_live", "This content is not approved for sharing right now."),
  NETWORK_NOT_OFFERED(422, "network_not_offered", "This content is not offered for that network."),
  ALREADY_SHARED(409, "already_shared", "You have already shared this item on this network."),
  POST_ALREADY_REPORTED(409, "post_already_reported", "This post has already been reported."),
  IDEMPOTENCY_KEY_REUSED(422, "idempotency_key_reused",
      "This idempotency key was already used for a different request."),
  KUDOS_TO_SELF(422, "kudos_to_self", "Kudos are for colleagues: you cannot give them to yourself."),
  UNKNOWN_COLLEAGUE(404, "unknown_colleague", "There is no such colleague in your company."),
  UNKNOWN_VALUE(422, "unknown_value", "That is not one of your company's values."),
  KUDOS_BUDGET_SPENT(429, "kudos_budget_spent", "You have given all your kudos for this week. More on Monday."),
  SHARE_NOT_FOUND(404, "share_not_found", "There is no such share in your company."),
  ENTRY_NOT_FOUND(404, "entry_not_found", "There is no such ledger entry in your company."),
  ALREADY_VOIDED(409, "already_voided", "This has already been voided."),
  NOT_VOIDABLE(422, "not_voidable", "A reversal cannot itself be voided."),
  ALREADY_AWARDED(409, "already_awarded", "This person already holds that badge."),
  // The liaison's console (issue 12): its cookie session and who may use it.
  CSRF_TOKEN_INVALID(403, "csrf_token_invalid",
      "This change lacks the console's anti-forgery token. Reload the console and try again."),
  CROSS_SITE_REQUEST(403, "cross_site_request", "The console takes changes only from its own pages."),
  LIAISONS_ONLY(403, "liaisons_only", "This console is for liaisons."),
  NOT_FOUND(404, "not_found", "There is nothing at this address."),
  METHOD_NOT_ALLOWED(405, "method_not_allowed", "This address does not take that method."),
  BUSY(503, "busy", "The server is busy. Try again in a moment."),
  INTERNAL(500, "internal", "Something went wrong on the server. It has been logged."),
  // Hardening of the web surface (issue 13, h-auth).
  ORIGIN_NOT_ALLOWED(403, "origin_not_allowed", "Requests from this web origin are not allowed."),
  URI_TOO_LONG(414, "uri_too_long", "The request's address is longer than this server accepts."),
  HEADERS_TOO_LARGE(431, "headers_too_large", "The request's headers are larger than this server accepts."),
  BAD_REQUEST(400, "bad_request", "The request is not well-formed HTTP."),
  SIGN_IN_BUSY(503, "sign_in_busy", "Too many sign-ins are being checked right now. Try again in a moment."),
  // Reminders: the weekly digest (issue 16, digest).
  WEBHOOK_URL_REFUSED(422, "webhook_url_refused",
      "The webhook's address must be https:// and reach a public host."),
  // The content library (issue 16, library): items, their states, filling one from a link.
  ITEM_NOT_FOUND(404, "item_not_found", "There is no such item in your company's library."),
  ITEM_ARCHIVED(409, "item_archived", "This item is archived: it can no longer be changed or approved."),
  LINK_REFUSED(422, "link_refused",
      "Chorus reads only public web pages: that address is not one (or redirects to one that is not)."),
  LINK_UNREADABLE(422, "link_unreadable", "The page at that address could not be read in time."),
  // People (issue 16): invitations, the people page, offices and teams.
  INVITATION_INVALID(404, "invitation_invalid",
      "This invitation link is not valid. Ask your liaison for a new one."),
  INVITATION_EXPIRED(410, "invitation_expired",
      "This invitation link has expired. Ask your liaison for a new one."),
  INVITATION_USED(410, "invitation_used",
      "This invitation link was already used. Sign in with the password you set, or ask your liaison for a new link."),
  INVITATION_WITHDRAWN(410, "invitation_withdrawn",
      "This invitation link was replaced by a newer one or withdrawn. Use the newest link you got."),
  PERSON_NOT_FOUND(404, "person_not_found", "There is no such person in your company."),
  OFFICE_NOT_FOUND(404, "office_not_found", "Your company has no such office."),
  TEAM_NOT_FOUND(404, "team_not_found", "Your company has no such team."),
  NAME_TAKEN(409, "name_taken", "Your company already has one of that name."),
  NOT_EMPTY(409, "not_empty", "People are still in it: move them elsewhere first."),
  NOT_YOURSELF(422, "not_yourself", "You cannot do this to your own account."),
  ALREADY_JOINED(409, "already_joined", "This person has already set a password: they sign in with it."),
  PERSON_DEACTIVATED(409, "person_deactivated", "This person is deactivated. Reactivate them first."),
  CSV_UNREADABLE(400, "csv_unreadable", "The file is not a CSV file the import can read."),
  // Hashtag contests (issue 12, contests).
  CONTEST_NOT_FOUND(404, "contest_not_found", "There is no such contest in your company."),
  CONTEST_LOCKED(409, "contest_locked",
      "The contest is live: its hashtag, start and scoring can no longer change."),
  CONTEST_STATE(409, "contest_state", "The contest is not in a state that allows this."),
  HASHTAG_TAKEN(409, "hashtag_taken",
      "Another scheduled or live contest uses this hashtag in an overlapping window."),
  NO_LIVE_CONTEST(422, "no_live_contest",
      "The post carries no hashtag of a live contest you may enter, or was not posted inside its window."),
  CONTEST_DAILY_CAP(422, "contest_daily_cap", "You have made today's most entries in this contest. More tomorrow."),
  RESULTS_NOT_FINAL(409, "results_not_final", "The entrant list is frozen when the results are final.");

  private final int status;
  private final String code;
  private final String message;

  ErrorCode(int status, String code, String message) {
    this.status = status;
    this.code = code;
    this.message = message;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The default human message. */
  public String message() {
    return message;
  }

  /** The error with this wire code, or null for a code this build does not know. */
  public static ErrorCode fromCode(String code) {
    for (ErrorCode e : values()) {
      if (e.code.equals(code)) {
        return e;
      }
    }
    return null;
  }
}
