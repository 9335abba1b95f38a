package io.chorus.extension.console;

import io.chorus.shared.wire.DigestSettings;
import io.chorus.shared.wire.DigestTestResult;

/** Words of the Reminders page for the server's numbers and codes. DOM-free: a JVM test pins them. */
public final class ReminderTexts {
  static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private ReminderTexts() {}

  /** 1 → "Monday" … 7 → "Sunday". */
  public static String day(int isoDay) {
    return isoDay >= 1 && isoDay <= 7 ? DAYS[isoDay - 1] : "";
  }

  /** "24 of 24 emails sent", "20 of 24 emails sent · 3 waiting to retry · 1 failed · 2 unsubscribed since". */
  public static String emails(DigestSettings.Week w) {
    if (w.emails() == 0) {
      return "No emails (nobody had anything new, or email is not configured)";
    }
    StringBuilder b = new StringBuilder().append(w.sent()).append(" of ").append(w.emails())
        .append(w.emails() == 1 ? " email sent" : " emails sent");
    if (w.waiting() > 0) {
      b.append(" \u00B7 ").append(w.waiting()).append(" waiting to retry");
    }
    if (w.failed() > 0) {
      b.append(" \u00B7 ").append(w.failed()).append(" failed");
    }
    if (w.skipped() > 0) {
      b.append(" \u00B7 ").append(w.skipped()).append(" skipped (unsubscribed, left or nothing left to tell)");
    }
    return b.toString();
  }

  /** The webhook message's state as a liaison reads it, or null when the week had none. */
  public static String webhook(String state) {
    if (state == null) {
      return null;
    }
    switch (state) {
      case "sent":
        return "Webhook: posted";
      case "pending":
      case "sending":
        return "Webhook: waiting to retry";
      case "failed":
        return "Webhook: failed";
      case "skipped":
        return "Webhook: not posted (removed before it went out)";
      default:
        return "Webhook: " + state;
    }
  }

  /** "Email: sent to liga@acme.example." */
  public static String check(String channel, DigestTestResult.Check check) {
    String detail = check.detail() == null ? "" : " " + check.detail();
    switch (check.outcome()) {
      case DigestTestResult.SENT:
        return channel + ": sent." + detail;
      case DigestTestResult.NOT_CONFIGURED:
        return channel + ": not sent." + detail;
      default:
        return channel + ": failed." + detail;
    }
  }

  /** "HH:MM" from what a time input gives ("09:00", or "09:00:00" with seconds). */
  public static String hhmm(String value) {
    return value != null && value.length() >= 5 ? value.substring(0, 5) : value;
  }
}
