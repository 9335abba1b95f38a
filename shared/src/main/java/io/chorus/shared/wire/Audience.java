package io.chorus.shared.wire;

/**
 * {@code PUT /api/me/audience} (and what {@code GET} answers): how many people follow the employee on
 * LinkedIn and on X, as they state it (not verified); the numbers add the sharers' audiences up as an
 * estimated reach. -1 (JSON null) is "not stated". {@code updatedAt} is epoch ms, 0 for never; the
 * server sets it.
 */
@SuppressWarnings("unusable-by-js")
public record Audience(long linkedin, long x, long updatedAt) {
  public static final long NOT_STATED = -1;
  /** More than any employee plausibly has; keeps a typo from swamping the company's estimated reach. */
  public static final long MAX = 10_000_000;

  public static Audience read(WireReader r) {
    Fields.allowOnly(r, "linkedin", "x", "updatedAt");
    return new Audience(count(r, "linkedin"), count(r, "x"), r.optInteger("updatedAt", 0));
  }

  private static long count(WireReader r, String field) {
    long n = r.optInteger(field, NOT_STATED);
    if (n != NOT_STATED && (n < 0 || n > MAX)) {
      throw new WireException(field, "'" + field + "' must be a whole number from 0 to " + MAX + ", or null.");
    }
    return n;
  }

  public void write(WireWriter w) {
    if (linkedin == NOT_STATED) {
      w.put("linkedin", (String) null);
    } else {
      w.put("linkedin", linkedin);
    }
    if (x == NOT_STATED) {
      w.put("x", (String) null);
    } else {
      w.put("x", x);
    }
    if (updatedAt != 0) {
      w.put("updatedAt", updatedAt);
    }
  }
}
