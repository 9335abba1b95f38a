package io.chorus.extension.options;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.ui.Elements;

/**
 * The options page (options.js, loaded by options.html). A placeholder that proves the page script
 * runs and reads chrome.storage; the real settings page (server address, sign-in) replaces it.
 */
public final class OptionsMain implements EntryPoint {
  @Override
  public void onModuleLoad() {
    HTMLElement body = DomGlobal.document.body;
    body.appendChild(Elements.text("h1", "Chorus settings"));
    HTMLElement server = Elements.text("p", "Reading settings…");
    body.appendChild(server);

    Chrome.storage.getLocal().get("serverUrl").then(items -> {
      Object url = items.get("serverUrl");
      server.textContent = url == null ? "Server: not set" : "Server: " + url;
      return null;
    });
  }
}
