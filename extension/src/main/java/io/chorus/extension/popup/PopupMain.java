package io.chorus.extension.popup;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.ui.Elements;
import jsinterop.base.JsPropertyMap;

/**
 * The toolbar popup (popup.js, loaded by popup.html). A placeholder that proves the page script
 * runs and reaches the worker; the real popup replaces the body.
 */
public final class PopupMain implements EntryPoint {
  @Override
  public void onModuleLoad() {
    HTMLElement body = DomGlobal.document.body;
    body.appendChild(Elements.text("h1", "Chorus"));
    HTMLElement status = Elements.text("p", "Asking the worker…");
    body.appendChild(status);

    Chrome.runtime.<JsPropertyMap<Object>>sendMessage(JsPropertyMap.of("type", "ping"))
        .then(reply -> {
          status.textContent = "Worker: " + (reply == null ? "no answer" : reply.get("type"));
          return null;
        })
        .catch_(error -> {
          status.textContent = "Worker unreachable: " + error;
          return null;
        });
  }
}
