package io.chorus.extension.worker;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.chrome.ChromeRuntime.MessageSender;
import io.chorus.extension.chrome.ChromeRuntime.SendResponse;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The extension's service worker (worker.js). A placeholder that proves the worker starts and
 * answers {@code {type: "ping"}} with {@code {type: "pong"}}; the real worker replaces the body.
 *
 * <p>Listeners are added synchronously in {@code onModuleLoad} (the linker calls it in the
 * script's first turn), and nothing is kept in statics: Chrome stops an idle worker after ~30 s.
 */
public final class WorkerMain implements EntryPoint {
  @Override
  public void onModuleLoad() {
    Chrome.runtime.getOnMessage().addListener(WorkerMain::onMessage);
    DomGlobal.console.log("chorus: worker ready");
  }

  private static boolean onMessage(Object message, MessageSender sender, SendResponse reply) {
    if (message != null && "ping".equals(Js.asPropertyMap(message).get("type"))) {
      reply.send(JsPropertyMap.of("type", "pong"));
    }
    return false;
  }
}
