package io.chorus.server.digest;

import io.chorus.server.config.DigestConfig;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.SMTPException;
import io.vertx.ext.mail.StartTLSOptions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Digest emails through Vert.x's mail client to the configured SMTP server. Each message carries its
 * delivery's fixed Message-ID (a resend after a crash is the same message, which receivers can tell),
 * the RFC 8058 one-click unsubscribe headers, and {@code Auto-Submitted} so auto-replies stay away.
 */
final class MailSender {
  static final int CONNECT_TIMEOUT_MS = 10_000;
  // No answer from the server for this long fails the attempt (it is retried later).
  static final int IDLE_TIMEOUT_S = 60;

  private final MailClient client;
  private final DigestConfig.Smtp smtp;

  MailSender(Vertx vertx, DigestConfig.Smtp smtp) {
    this.smtp = smtp;
    MailConfig config = new MailConfig()
        .setHostname(smtp.host())
        .setPort(smtp.port())
        .setStarttls(switch (smtp.tls()) {
          case REQUIRED -> StartTLSOptions.REQUIRED;
          case OPTIONAL -> StartTLSOptions.OPTIONAL;
          case DISABLED, IMPLICIT -> StartTLSOptions.DISABLED;
        })
        .setSsl(smtp.tls() == DigestConfig.Tls.IMPLICIT)
        .setLogin(smtp.user() == null ? LoginOption.DISABLED : LoginOption.REQUIRED)
        .setUsername(smtp.user())
        .setPassword(smtp.password())
        .setKeepAlive(true)
        .setMaxPoolSize(4)
        .setUserAgent("Chorus digest")
        .setConnectTimeout(CONNECT_TIMEOUT_MS)
        .setIdleTimeout(IDLE_TIMEOUT_S)
        .setIdleTimeoutUnit(TimeUnit.SECONDS);
    this.client = MailClient.create(vertx, config);
  }

  /** The domain of the sender's address, for Message-IDs ({@code <digest.…@acme.example>}). */
  static String domainOf(String from) {
    String address = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.lastIndexOf('>')) : from;
    return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
  }

  String messageIdDomain() {
    return domainOf(smtp.from());
  }

  String describe() {
    return smtp.describe() + ", from " + smtp.from();
  }

  /**
   * Sends one message. {@code unsubscribeUrl} null: no list headers (a test send to the liaison).
   * Answers once the server accepted it (its reply to the message's end).
   */
  Future<Void> send(String to, DigestMessages.Email email, String messageId, String unsubscribeUrl) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap()
        .add("Message-ID", messageId)
        .add("Auto-Submitted", "auto-generated");
    if (unsubscribeUrl != null) {
      headers.add("List-Unsubscribe", "<" + unsubscribeUrl + ">")
          .add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    MailMessage message = new MailMessage()
        .setFrom(smtp.from())
        .setTo(List.of(to))
        .setSubject(email.subject())
        .setText(email.text())
        .setHtml(email.html())
        .setHeaders(headers);
    return client.sendMail(message).mapEmpty();
  }

  /**
   * Whether the server refused this message for good (a 5xx reply: an unknown mailbox, a policy), so no
   * retry helps. A refused sign-in (530, 534, 535, 538) is the node's settings, not the message: it is
   * retried, so a week's digests survive a password being fixed within the retries.
   */
  static boolean permanent(Throwable failure) {
    if (!(failure instanceof SMTPException e) || !e.isPermanent()) {
      return false;
    }
    int code = e.getReplyCode();
    return code != 530 && code != 534 && code != 535 && code != 538;
  }

  Future<Void> close() {
    return client.close();
  }
}
