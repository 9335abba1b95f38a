package io.chorus.shared.wire;

/** What a test send did, per channel. */
@SuppressWarnings("unusable-by-js")
public record DigestTestResult(Check email, Check webhook) {
  /** Outcomes of one channel. */
  public static final String SENT = "sent";
  public static final String FAILED = "failed";
  public static final String NOT_CONFIGURED = "not_configured";

  /**
   * One channel's outcome ({@link #SENT}, {@link #FAILED} or {@link #NOT_CONFIGURED}) and what to tell the
   * liaison (the address it went to, or why it did not).
   */
  public record Check(String outcome, String detail) {
    public static Check read(WireReader r) {
      return new Check(r.string("outcome"), r.optString("detail"));
    }

    public void write(WireWriter w) {
      w.put("outcome", outcome).put("detail", detail);
    }
  }

  public static DigestTestResult read(WireReader r) {
    return new DigestTestResult(Check.read(r.object("email")), Check.read(r.object("webhook")));
  }

  public void write(WireWriter w) {
    email.write(w.object("email"));
    webhook.write(w.object("webhook"));
  }
}
