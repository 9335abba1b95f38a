package io.chorus.extension.worker;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;
import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.chrome.ChromeAlarms.Alarm;
import io.chorus.extension.chrome.ChromeAlarms.AlarmInfo;
import io.chorus.extension.chrome.ChromeRuntime.MessageSender;
import io.chorus.extension.chrome.ChromeRuntime.SendResponse;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.wire.WireException;

/**
 * The extension's service worker (worker.js): the only part that talks to the server. Listeners are
 * added synchronously here, in the script's first turn (Chrome delivers the event that woke the worker
 * only to listeners that exist by then); all state lives in chrome.storage.
 */
public final class WorkerMain implements EntryPoint {
  private static final double BADGE_MINUTES = 30;

  @Override
  public void onModuleLoad() {
    Chrome.runtime.getOnMessage().addListener(WorkerMain::onMessage);
    Chrome.alarms.getOnAlarm().addListener(WorkerMain::onAlarm);
    // Registered so Chrome wakes the worker when the browser starts: reports kept from before go out then.
    Chrome.runtime.getOnStartup().addListener(() -> {});
    // A worker that starts (browser start, update, wake-up) retries what is still waiting.
    ShareReporter.flush();
    // The toolbar badge is recounted every half hour (new items appear without any page open).
    Chrome.alarms.get(Items.ALARM).then(existing -> existing != null ? Promise.resolve((Void) null)
        : Chrome.alarms.create(Items.ALARM, AlarmInfo.every(BADGE_MINUTES)));
    ContestCache.ensureAlarm();
  }

  private static boolean onMessage(Object message, MessageSender sender, SendResponse reply) {
    // Only this extension's own content scripts and pages may ask (there is no externally_connectable).
    if (sender == null || !Chrome.runtime.getId().equals(sender.getId()) || message == null) {
      return false;
    }
    Promise<?> answer;
    try {
      answer = WorkerRouter.handle(new JsReader(message));
    } catch (WireException e) {
      reply.send(WorkerRouter.error(e.getMessage()));
      return false;
    }
    answer.then(result -> {
      reply.send(result);
      return null;
    }).catch_(failure -> {
      DomGlobal.console.error("chorus: worker failed to answer", failure);
      reply.send(WorkerRouter.error("Chorus hit an unexpected problem: " + failure));
      return null;
    });
    return true;
  }

  private static void onAlarm(Alarm alarm) {
    if (Outbox.ALARM.equals(alarm.getName())) {
      ShareReporter.flush();
    } else if (Items.ALARM.equals(alarm.getName())) {
      WorkerRouter.refreshBadge();
    } else if (ContestCache.ALARM.equals(alarm.getName())) {
      ContestCache.check();
    }
  }
}
