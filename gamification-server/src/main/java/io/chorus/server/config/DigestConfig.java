package io.chorus.server.config;

/**
 * The weekly digest's settings: the SMTP server digests are mailed through (none: no email, only the
 * webhook), and, for tests only, whether a webhook may point at this machine.
 *
 * @param smtp the SMTP server, or null when {@code CHORUS_SMTP_HOST} is unset
 * @param webhookAllowLoopback tests only: a webhook URL may name 127.0.0.0/8, ::1 or localhost, over
 *     http or https (every other private, link-local or local address stays refused)
 * @param tickSeconds how often this node looks for due digests and deliveries; 0: never by itself (a node
 *     that should not send, or a test that runs the job by hand)
 */
public record DigestConfig(Smtp smtp, boolean webhookAllowLoopback, int tickSeconds) {

  /** How the connection to the SMTP server is secured. */
  public enum Tls {
    /** STARTTLS, and refuse to send when the server does not offer it (the default). */
    REQUIRED,
    /** STARTTLS when the server offers it, else in the clear. */
    OPTIONAL,
    /** Never (a relay on this machine, a test server). */
    DISABLED,
    /** TLS from the first byte ("SMTPS", usually port 465). */
    IMPLICIT
  }

  /**
   * One SMTP server.
   *
   * @param from the sender, {@code chorus@acme.example} or {@code Chorus <chorus@acme.example>}
   */
  public record Smtp(String host, int port, String user, String password, Tls tls, String from) {
    /** Where mail goes, for the log (never the password). */
    public String describe() {
      return host + ":" + port + " (" + tls.name().toLowerCase() + (user == null ? "" : ", as " + user) + ")";
    }

    @Override
    public String toString() {
      return "Smtp[" + describe() + ", from " + from + "]";
    }
  }

  public boolean emailConfigured() {
    return smtp != null;
  }
}
