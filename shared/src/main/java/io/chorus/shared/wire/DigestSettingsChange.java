package io.chorus.shared.wire;

/**
 * {@code PUT /api/digest/settings} (liaison): the digest on or off, its day and time (company time
 * zone), and the webhook: {@code webhookUrl} absent or empty keeps the saved one, a value replaces it
 * (the server checks it: https, a public host), {@code removeWebhook: true} removes it.
 */
@SuppressWarnings("unusable-by-js")
public record DigestSettingsChange(boolean enabled, int day, String time, String webhookUrl, boolean removeWebhook) {
  /** Longest webhook address taken. */
  public static final int MAX_URL = 2048;

  public static DigestSettingsChange read(WireReader r) {
    Fields.allowOnly(r, "enabled", "day", "time", "webhookUrl", "removeWebhook");
    long day = r.integer("day");
    if (day < 1 || day > 7) {
      throw new WireException("day", "'day' must be 1 (Monday) to 7 (Sunday).");
    }
    String time = Fields.text("time", r.string("time"), WireText.Kind.LINE, 5, 5);
    if (minutesOf(time) < 0) {
      throw new WireException("time", "'time' must be a time of day as HH:MM (00:00 to 23:59).");
    }
    String url = Fields.optionalText("webhookUrl", r.optString("webhookUrl"), WireText.Kind.LINE, 0, MAX_URL);
    boolean remove = r.has("removeWebhook") && r.bool("removeWebhook");
    if (remove && url != null && !url.isEmpty()) {
      throw new WireException("webhookUrl", "Give a new webhook address or remove it, not both.");
    }
    return new DigestSettingsChange(r.bool("enabled"), (int) day, time, url == null || url.isEmpty() ? null : url,
        remove);
  }

  public void write(WireWriter w) {
    w.put("enabled", enabled).put("day", day).put("time", time).put("webhookUrl", webhookUrl);
    if (removeWebhook) {
      w.put("removeWebhook", true);
    }
  }

  /** Minutes after midnight of an "HH:MM" time, or -1 when it is not one. */
  public static int minutesOf(String time) {
    if (time == null || time.length() != 5 || time.charAt(2) != ':') {
      return -1;
    }
    int h = digits(time.charAt(0), time.charAt(1));
    int m = digits(time.charAt(3), time.charAt(4));
    return h < 0 || m < 0 || h > 23 || m > 59 ? -1 : h * 60 + m;
  }

  private static int digits(char a, char b) {
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      return -1;
    }
    return (a - '0') * 10 + (b - '0');
  }
}
