package io.chorus.extension.worker;

import elemental2.core.JsArray;
import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.chrome.ChromeNotifications;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.i18n.Words;
import io.chorus.extension.messaging.Prefs;
import io.chorus.shared.badges.Badge;

/**
 * The browser notifications Chorus shows, each switchable off on the options page: a badge earned (also
 * when the report went out later from the outbox, with no page open to say it).
 */
final class Notices {
  private Notices() {}

  /** A badge's title in the browser's language, when the extension has one, else the catalogue's. */
  static String badgeTitle(Badge badge) {
    String key = "b_" + badge.id().replace('-', '_');
    String t = BrowserWords.get().get(key);
    return t.equals(key) ? badge.title() : t;
  }

  /** One notification naming the badges just earned, unless switched off. */
  static Promise<Void> badges(JsArray<String> titles) {
    if (titles.length == 0 || Chrome.notifications == null) {
      return Promise.resolve((Void) null);
    }
    return Chrome.storage.getLocal().get(Prefs.NOTIFY_BADGES).then(items -> {
      if (Boolean.FALSE.equals(items.get(Prefs.NOTIFY_BADGES))) {
        return Promise.resolve((Void) null);
      }
      Words w = BrowserWords.get();
      ChromeNotifications.Options options = ChromeNotifications.Options.basic(
          "icons/icon-128.png", w.count("n_badge", titles.length), titles.join(" \u00B7 "));
      return Chrome.notifications.create("chorus-badge-" + elemental2.core.JsDate.now(), options)
          .then(id -> Promise.resolve((Void) null), failed -> Promise.resolve((Void) null));
    });
  }
}
