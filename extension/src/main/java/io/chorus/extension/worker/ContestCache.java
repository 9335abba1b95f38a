package io.chorus.extension.worker;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.chrome.ChromeAlarms.AlarmInfo;
import io.chorus.extension.chrome.ChromeNotifications;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.text.Hashtags;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.MyContest;
import io.chorus.shared.wire.Session;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The live contests of the signed-in employee ({@code GET /api/me/contests}), kept in chrome.storage for
 * a minute so the panel and the own-post check do not ask the server on every page; and the one-time
 * notification when a contest they may enter starts (unless {@code notify.contests} in chrome.storage is
 * false). An alarm every few minutes looks for newly started contests while the browser is open.
 */
final class ContestCache {
  static final String KEY = "contests";
  static final String NOTIFIED = "contests.notified";
  /** The setting ext-daily's options page switches; absent means on. */
  static final String NOTIFY = "notify.contests";
  static final String ALARM = "chorus-contests";
  static final double FRESH_MILLIS = 60_000;
  private static final double CHECK_MINUTES = 5;

  private ContestCache() {}

  /** The contests, from storage when they are less than a minute old (or {@code fresh} is false and any are kept). */
  static Promise<List<MyContest>> live(Session session, boolean fresh) {
    return Chrome.storage.getLocal().get(KEY).then(items -> {
      JsPropertyMap<Object> kept = Js.asPropertyMap(items.get(KEY));
      if (!fresh && kept != null && JsDate.now() - Js.asDouble(kept.get("at")) < FRESH_MILLIS) {
        return Promise.resolve(read(kept.get("list")));
      }
      return ServerApi.get(ApiPaths.MY_CONTESTS, session.token()).then(reply -> {
        if (!reply.ok()) {
          // Unknown is "none": the panel and own posts simply work without contests.
          return Promise.resolve(kept == null ? new ArrayList<MyContest>() : read(kept.get("list")));
        }
        Object list = reply.body().raw().get("contests");
        List<MyContest> contests = MyContest.readList(reply.body());
        return Chrome.storage.getLocal().set(JsPropertyMap.of(KEY, JsPropertyMap.of("at", JsDate.now(), "list", list)))
            .then(v -> notifyNew(contests))
            .then(v -> Promise.resolve(contests));
      });
    });
  }

  /** The raw list for the popup, fresh from the server. */
  static Promise<Object> rawFresh(Session session) {
    return live(session, true).then(list -> Chrome.storage.getLocal().get(KEY)
        .then(items -> Promise.resolve(Js.asPropertyMap(items.get(KEY)).get("list"))));
  }

  /**
   * The lower-case forms of the eligible live contests' hashtags that a content script looks for in a post
   * before it tells the worker (as written and as compared, so "#Straße" is found as "#strasse" too).
   */
  static JsArray<String> tags(List<MyContest> contests) {
    JsArray<String> tags = new JsArray<>();
    for (MyContest c : contests) {
      if (c.eligible()) {
        for (String t : new String[] {Hashtags.strip(c.hashtag()).toLowerCase(), Hashtags.normalize(c.hashtag())}) {
          if (tags.indexOf(t) < 0) {
            tags.push(t);
          }
        }
      }
    }
    return tags;
  }

  /** The eligible live contest whose hashtag the text carries, as the server decides it; null when none. */
  static MyContest carriedBy(List<MyContest> contests, String text) {
    for (MyContest c : contests) {
      if (c.eligible() && Hashtags.carries(text, c.hashtag())) {
        return c;
      }
    }
    return null;
  }

  /** The eligible contest a suggestion's hashtag names, or null. */
  static MyContest named(List<MyContest> contests, String hashtag) {
    for (MyContest c : contests) {
      if (hashtag != null && c.eligible() && Hashtags.normalize(c.hashtag()).equals(Hashtags.normalize(hashtag))) {
        return c;
      }
    }
    return null;
  }

  /** Keeps the look-out alarm; called when the worker starts. */
  static Promise<Void> ensureAlarm() {
    return Chrome.alarms.get(ALARM).then(existing -> existing != null
        ? Promise.resolve((Void) null)
        : Chrome.alarms.create(ALARM, AlarmInfo.every(CHECK_MINUTES)));
  }

  /** On the alarm: look for newly started contests (signed in only). */
  static Promise<Void> check() {
    return Settings.session().then(session -> session == null ? Promise.resolve((Void) null)
        : live(session, true).then(list -> Promise.resolve((Void) null)));
  }

  private static Promise<Void> notifyNew(List<MyContest> contests) {
    return Chrome.storage.getLocal().get(new String[] {NOTIFIED, NOTIFY}).then(items -> {
      if (Js.isTruthy(items.get(NOTIFY)) || items.get(NOTIFY) == null) {
        JsArray<Object> done = items.get(NOTIFIED) == null ? new JsArray<>()
            : Js.<JsArray<Object>>uncheckedCast(items.get(NOTIFIED));
        boolean changed = false;
        for (MyContest c : contests) {
          String id = String.valueOf(c.contestId());
          if (c.eligible() && done.indexOf(id) < 0) {
            done.push(id);
            changed = true;
            Chrome.notifications.create("chorus-contest-" + id, ChromeNotifications.Options.basic(
                Chrome.runtime.getURL("icons/icon-128.png"), WorkerTexts.contestStarted(c.name(), c.hashtag()),
                WorkerTexts.contestStartedDetail(c.hashtag(), c.endsAt(), (long) JsDate.now())))
                // A browser that shows no notifications (headless, switched off by the user) is no error.
                .catch_(refused -> null);
          }
        }
        if (changed) {
          return Chrome.storage.getLocal().set(JsPropertyMap.of(NOTIFIED, done));
        }
      }
      return Promise.resolve((Void) null);
    });
  }

  private static List<MyContest> read(Object raw) {
    return raw == null ? new ArrayList<>() : MyContest.readList(new JsReader(JsPropertyMap.of("contests", raw)));
  }
}
