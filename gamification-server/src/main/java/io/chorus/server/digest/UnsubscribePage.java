package io.chorus.server.digest;

import static io.chorus.server.digest.DigestMessages.escape;

/**
 * The small pages behind an email's unsubscribe link. Opening the link (GET) only asks: mail scanners
 * and link previews open links on their own, and must not unsubscribe anyone. The button POSTs to the
 * same address, which is also what a mail client's one-click unsubscribe (RFC 8058) sends.
 */
final class UnsubscribePage {
  /** No script, nothing loaded from elsewhere; the form may post only here. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";

  private UnsubscribePage() {}

  static String ask(String company, String email, String token) {
    return page("Weekly digest",
        "<h1>Stop the weekly digest?</h1>\n"
            + "<p>The weekly email of new posts to share from <bdi>" + escape(company) + "</bdi> goes to <bdi>"
            + escape(masked(email)) + "</bdi>.</p>\n"
            + form(UnsubscribeLinks.PATH + token, "Unsubscribe"));
  }

  static String unsubscribed(String company, String email, String token) {
    return page("Unsubscribed",
        "<h1>You are unsubscribed</h1>\n"
            + "<p>No more weekly digests from <bdi>" + escape(company) + "</bdi> to <bdi>" + escape(masked(email))
            + "</bdi>. The Chorus panel on LinkedIn and X still shows what is new.</p>\n"
            + form(UnsubscribeLinks.RESUBSCRIBE_PATH + token, "Subscribe again"));
  }

  static String subscribed(String company, String email, String token) {
    return page("Subscribed",
        "<h1>You will get the weekly digest</h1>\n"
            + "<p>New posts to share from <bdi>" + escape(company) + "</bdi> come to <bdi>" + escape(masked(email))
            + "</bdi> once a week.</p>\n"
            + form(UnsubscribeLinks.PATH + token, "Unsubscribe"));
  }

  static String notKnown() {
    return page("Link not known",
        "<h1>This link is not known</h1>\n"
            + "<p>Check that the address was copied whole. The unsubscribe link at the end of any digest email works.</p>\n");
  }

  private static String form(String action, String label) {
    return "<form method=\"post\" action=\"" + escape(action) + "\"><button type=\"submit\">" + escape(label)
        + "</button></form>\n";
  }

  private static String page(String title, String body) {
    return "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\">"
        + "<title>" + escape(title) + " — Chorus</title>\n"
        + "<style>body{font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;max-width:32em;"
        + "margin:4em auto;padding:0 1em;color:#1f2933;line-height:1.5}"
        + "button{font:inherit;padding:.5em 1.2em;border-radius:6px;border:1px solid #0b57d0;background:#0b57d0;"
        + "color:#fff;cursor:pointer}</style></head>\n<body>\n" + body + "</body>\n</html>\n";
  }

  /** "j•••@acme.example": the page may be reached by anyone the email was forwarded to. */
  static String masked(String email) {
    int at = email.indexOf('@');
    if (at <= 0) {
      return "•••";
    }
    return email.substring(0, Character.charCount(email.codePointAt(0))) + "•••" + email.substring(at);
  }
}
