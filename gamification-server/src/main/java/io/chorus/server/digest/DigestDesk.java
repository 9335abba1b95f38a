package io.chorus.server.digest;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.DigestPreview;
import io.chorus.shared.wire.DigestSettings;
import io.chorus.shared.wire.DigestSettingsChange;
import io.chorus.shared.wire.DigestTestResult;
import io.chorus.shared.wire.ErrorCode;
import io.vertx.core.Future;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The liaison's side of the digest: its settings (the webhook checked when saved and shown masked), a
 * preview of this week's digest as it stands, and a test send to the liaison and the webhook.
 */
final class DigestDesk {
  private static final int WEEKS_SHOWN = 6;

  private final Digests digests;
  private final DigestStore store;

  DigestDesk(Digests digests) {
    this.digests = digests;
    this.store = digests.store();
  }

  Future<DigestSettings> settings(long companyId) {
    Instant now = digests.clock().instant();
    return store.settings(companyId).compose(s -> store.weeks(companyId, WEEKS_SHOWN).map(weeks -> {
      List<DigestSettings.Week> shown = new ArrayList<>();
      for (DigestStore.WeekSummary w : weeks) {
        shown.add(new DigestSettings.Week(w.weekStart().toString(), w.cut().toEpochMilli(), w.emails(), w.sent(),
            w.waiting(), w.failed(), w.skipped(), w.webhook()));
      }
      Instant next = s.schedule().next(now, s.zone());
      return new DigestSettings(s.schedule().enabled(), s.schedule().day(), s.schedule().timeText(), s.zone().getId(),
          mask(s.webhookUrl()), digests.emailConfigured(), next == null ? 0 : next.toEpochMilli(), shown);
    }));
  }

  /** Saves a change; a new webhook address is checked first (422 {@code webhook_url_refused}, field named). */
  Future<DigestSettings> change(long companyId, long liaisonId, DigestSettingsChange change) {
    String url = change.webhookUrl();
    if (url != null) {
      url = checked(url);
    }
    String[] hm = change.time().split(":");
    DigestSchedule schedule = new DigestSchedule(change.enabled(), change.day(),
        LocalTime.of(Integer.parseInt(hm[0]), Integer.parseInt(hm[1])));
    boolean changeWebhook = url != null || change.removeWebhook();
    return store.saveSettings(companyId, schedule, changeWebhook, url, liaisonId, digests.clock().instant())
        .compose(v -> settings(companyId));
  }

  /** The address, checked for form and literal addresses (names are checked again at every send). */
  private String checked(String url) {
    try {
      return WebhookTargets.parse(url, digests.config().webhookAllowLoopback()).uri().toString();
    } catch (WebhookTargets.Refused e) {
      throw new ApiException(ErrorCode.WEBHOOK_URL_REFUSED, e.getMessage(), "webhookUrl");
    }
  }

  Future<DigestPreview> preview(long companyId, long liaisonId, String publicUrl) {
    Instant now = digests.clock().instant();
    return store.settings(companyId).compose(s -> store.preview(companyId, now)
        .compose(p -> store.person(liaisonId).map(me -> {
          List<DigestMessages.Item> shown = Digests.shown(p.items(), publicUrl, false);
          int more = p.items().size() - shown.size();
          DigestMessages.Email email = DigestMessages.email(s.companyName(), me.name(), shown, more,
              publicUrl + UnsubscribeLinks.PATH + "…", false);
          List<DigestPreview.Item> items = new ArrayList<>();
          for (DigestStore.Item i : p.items()) {
            items.add(new DigestPreview.Item(i.contentId(), i.title(), i.url()));
          }
          Instant next = s.schedule().next(now, s.zone());
          return new DigestPreview(p.windowStart().toEpochMilli(), next == null ? 0 : next.toEpochMilli(),
              p.subscribers(), digests.emailConfigured(), s.webhookUrl() != null, items, email.subject(), email.text(),
              DigestMessages.webhookText(s.companyName(), shown, more, false));
        })));
  }

  /** Sends this week's digest as it stands to the liaison's email and to the webhook, now, outside the outbox. */
  Future<DigestTestResult> test(long companyId, long liaisonId, String webhookOverride) {
    String override = webhookOverride == null ? null : checked(webhookOverride);
    Instant now = digests.clock().instant();
    return store.settings(companyId).compose(s -> store.preview(companyId, now).compose(p -> {
      List<DigestMessages.Item> shown = Digests.shown(p.items(), null, false);
      int more = p.items().size() - shown.size();
      Future<DigestTestResult.Check> email = testEmail(liaisonId, s.companyName(), shown, more);
      String url = override != null ? override : s.webhookUrl();
      Future<DigestTestResult.Check> webhook = url == null
          ? Future.succeededFuture(new DigestTestResult.Check(DigestTestResult.NOT_CONFIGURED,
              "No webhook is set: give its address above."))
          : digests.webhooks().post(url, DigestMessages.webhookBody(
                  DigestMessages.webhookText(s.companyName(), shown, more, true)), "digest-test." + UUID.randomUUID())
              .map(o -> new DigestTestResult.Check(
                  o.kind() == WebhookSender.Outcome.Kind.SENT ? DigestTestResult.SENT : DigestTestResult.FAILED,
                  o.kind() == WebhookSender.Outcome.Kind.SENT ? "Posted to " + mask(url) + " (" + o.detail() + ")."
                      : o.detail()));
      return Future.all(email, webhook).map(v -> new DigestTestResult(email.result(), webhook.result()));
    }));
  }

  private Future<DigestTestResult.Check> testEmail(long liaisonId, String company, List<DigestMessages.Item> items,
      int more) {
    MailSender mail = digests.mail();
    if (mail == null) {
      return Future.succeededFuture(new DigestTestResult.Check(DigestTestResult.NOT_CONFIGURED,
          "This server has no SMTP server configured (CHORUS_SMTP_HOST), so it sends no digest emails."));
    }
    return store.person(liaisonId).compose(me -> {
      DigestMessages.Email email = DigestMessages.email(company, me.name(), items, more, null, true);
      String messageId = "<digest-test." + UUID.randomUUID() + "@" + mail.messageIdDomain() + ">";
      return mail.send(me.email(), email, messageId, null)
          .map(v -> new DigestTestResult.Check(DigestTestResult.SENT, "Sent to " + me.email() + "."))
          .recover(e -> Future.succeededFuture(new DigestTestResult.Check(DigestTestResult.FAILED,
              "The SMTP server did not take it: " + e.getMessage())));
    });
  }

  /**
   * A webhook address as the console shows it: scheme, host and first path segment, then only its last
   * four characters ({@code https://hooks.slack.com/services/…a1b2}). The rest is the secret.
   */
  static String mask(String url) {
    if (url == null) {
      return null;
    }
    String tail = url.length() > 12 ? url.substring(url.length() - 4) : "";
    try {
      URI uri = new URI(url);
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      String first = "";
      int second = path.indexOf('/', 1);
      if (path.length() > 1 && second > 0 && second < path.length() - 1) {
        first = path.substring(0, second);
      }
      return uri.getScheme() + "://" + uri.getRawAuthority() + first + "/…" + tail;
    } catch (Exception e) {
      return "…" + tail;
    }
  }
}
