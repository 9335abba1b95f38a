package io.chorus.extension.worker;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.dom.NativeDom;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.badges.Badge;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ContestEntryReceipt;
import io.chorus.shared.wire.ShareReport;
import io.chorus.shared.wire.Session;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Sends share reports: every report goes into the {@link Outbox} first, then to the server. An
 * acknowledged or definitively refused report leaves the outbox; one that could not be delivered
 * (server down, signed out) stays for the next try.
 */
final class ShareReporter {
  private ShareReporter() {}

  /** Keeps the report, tries to send it now, and says what happened. */
  static Promise<JsPropertyMap<Object>> report(ShareReport report) {
    JsPropertyMap<Object> entry = Outbox.entry(NativeDom.randomUuid(), JsWriter.encode(report::write));
    return Outbox.add(entry).then(v -> send(entry));
  }

  /** Tries every waiting report once, oldest first (none while the employee has paused Chorus). */
  static Promise<Void> flush() {
    return Settings.paused().then(paused -> paused ? Promise.resolve(new JsArray<Object>()) : Outbox.entries())
        .then(list -> {
      Promise<Object> chain = Promise.resolve((Object) null);
      for (int i = 0; i < list.length; i++) {
        JsPropertyMap<Object> entry = Js.asPropertyMap(list.getAt(i));
        chain = chain.then(v -> send(entry).then(r -> Promise.resolve((Object) r)));
      }
      return chain.then(v -> Outbox.settleAlarm());
    });
  }

  /** Sends one outbox entry: a share, or (with {@code path}) an own post's contest entry. */
  static Promise<JsPropertyMap<Object>> send(JsPropertyMap<Object> entry) {
    String key = Js.asString(entry.get("key"));
    String body = elemental2.core.Global.JSON.stringify(entry.get("report"));
    String path = entry.has("path") ? Js.asString(entry.get("path")) : ApiPaths.SHARES;
    return Settings.session().then(session -> {
      if (session == null) {
        return Promise.resolve(JsPropertyMap.of("status", Messages.QUEUED,
            "message", BrowserWords.get().get("w_keptsignin")));
      }
      return post(session, path, key, body);
    });
  }

  private static Promise<JsPropertyMap<Object>> post(Session session, String path, String key, String body) {
    return ServerApi.post(path, body, session.token(), key).then(reply -> {
      if (reply.ok() && !ApiPaths.SHARES.equals(path)) {
        ContestEntryReceipt receipt = ContestEntryReceipt.read(reply.body());
        return Outbox.remove(key).then(v -> Promise.resolve(JsPropertyMap.of("status", Messages.SENT,
            "message", WorkerTexts.entered(receipt.hashtag(), receipt.points()))));
      }
      if (reply.ok()) {
        return Outbox.remove(key).then(v -> badges(reply.body().strings("newBadges")))
            .then(badges -> Notices.badges(badges.labels).then(v -> Promise.resolve(badges)))
            .then(badges -> {
              JsPropertyMap<Object> sent = JsPropertyMap.of("status", Messages.SENT, "receipt", reply.body().raw());
              sent.set("badgeLabels", badges.labels);
              sent.set("badgeIcons", badges.icons);
              return Promise.resolve(sent);
            });
      }
      if (reply.unauthenticated()) {
        return Settings.forgetSession().then(v -> Promise.resolve(JsPropertyMap.of("status", Messages.QUEUED,
            "message", BrowserWords.get().get("w_keptended"))));
      }
      if (reply.retryable()) {
        return Promise.resolve(JsPropertyMap.of("status", Messages.QUEUED,
            "message", BrowserWords.get().get("w_keptdown", reply.errorMessage())));
      }
      return Outbox.remove(key).then(v -> Promise.resolve(JsPropertyMap.of("status", Messages.REFUSED,
          "code", reply.errorCode(), "message", reply.errorMessage())));
    });
  }

  /** What the panel shows of the badges a share earned: their titles, and their pictures as SVG markup. */
  private static final class EarnedBadges {
    final JsArray<String> labels = new JsArray<>();
    final JsArray<String> icons = new JsArray<>();
  }

  /**
   * "First share" and the badge's SVG (read from the extension's own badges/ folder) for each badge the
   * share earned that this build knows. The panel draws the SVG inline: an image URL into the extension
   * would have to be web-accessible, and any page could then probe for Chorus; a picture that cannot be
   * read leaves just the title.
   */
  private static Promise<EarnedBadges> badges(List<String> ids) {
    EarnedBadges out = new EarnedBadges();
    Promise<Object> chain = Promise.resolve((Object) null);
    for (String id : ids) {
      Badge badge = Badge.fromId(id);
      if (badge != null) {
        out.labels.push(Notices.badgeTitle(badge));
        chain = chain
            .then(v -> DomGlobal.fetch(Chrome.runtime.getURL(badge.iconPath())))
            .then(response -> response.ok ? response.text() : Promise.resolve(""))
            .then(svg -> {
              out.icons.push(svg);
              return Promise.resolve((Object) null);
            }, failed -> {
              out.icons.push("");
              return Promise.resolve((Object) null);
            });
      }
    }
    return chain.then(v -> Promise.resolve(out));
  }
}
