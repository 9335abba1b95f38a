package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/digest/settings} (liaison): the weekly digest as the console's Reminders page shows
 * it: on or off, the day and time in the company's time zone, the webhook (masked: it is a secret),
 * whether this server can send email, when the next digest goes out, and how the last weeks went.
 *
 * @param day 1 = Monday … 7 = Sunday
 * @param time "HH:MM", 24-hour, in {@code timeZone}
 * @param webhook the saved webhook address masked ({@code https://hooks.slack.com/services/…/a1b2}), or null
 * @param nextSendAt epoch milliseconds of the next digest, or 0 when the digest is off
 */
@SuppressWarnings("unusable-by-js")
public record DigestSettings(boolean enabled, int day, String time, String timeZone, String webhook,
    boolean emailConfigured, long nextSendAt, List<Week> weeks) {

  /**
   * One week's digest: its Monday ({@code YYYY-MM-DD}), when it went out, its emails by state, and the
   * webhook message's state (null when there was none).
   */
  public record Week(String week, long sentAt, int emails, int sent, int waiting, int failed, int skipped,
      String webhook) {
    public static Week read(WireReader r) {
      return new Week(r.string("week"), r.integer("sentAt"), (int) r.integer("emails"), (int) r.integer("sent"),
          (int) r.integer("waiting"), (int) r.integer("failed"), (int) r.integer("skipped"), r.optString("webhook"));
    }

    public void write(WireWriter w) {
      w.put("week", week).put("sentAt", sentAt).put("emails", emails).put("sent", sent).put("waiting", waiting)
          .put("failed", failed).put("skipped", skipped).put("webhook", webhook);
    }
  }

  public static DigestSettings read(WireReader r) {
    List<Week> weeks = new ArrayList<>();
    for (WireReader w : r.objects("weeks")) {
      weeks.add(Week.read(w));
    }
    return new DigestSettings(r.bool("enabled"), (int) r.integer("day"), r.string("time"), r.string("timeZone"),
        r.optString("webhook"), r.bool("emailConfigured"), r.optInteger("nextSendAt", 0), weeks);
  }

  public void write(WireWriter w) {
    w.put("enabled", enabled).put("day", day).put("time", time).put("timeZone", timeZone).put("webhook", webhook)
        .put("emailConfigured", emailConfigured).put("nextSendAt", nextSendAt);
    w.emptyArray("weeks");
    for (Week week : weeks) {
      week.write(w.addObject("weeks"));
    }
  }
}
